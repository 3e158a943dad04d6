package dev.dynamobackup.ui.restore;

import dev.dynamobackup.model.BackupDetails;
import dev.dynamobackup.model.IndexInfo;
import dev.dynamobackup.model.KeyAttribute;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.stream.Collectors;

/** Page 1 of the restore-from-backup wizard: what DescribeBackup says about the backup and its table. */
final class BackupSourcePage extends RestorePage {
    private final Label name = value("sourceBackupName");
    private final Label arn = value("sourceBackupArn");
    private final Label table = value("sourceTable");
    private final Label status = value("sourceStatus");
    private final Label size = value("sourceSize");
    private final Label created = value("sourceCreated");
    private final Label keys = value("sourceKeys");
    private final Label indexes = value("sourceIndexes");

    BackupSourcePage(RestoreWizardModel model) {
        super(I18n.t("restore.source.header"), Bindings.isNull(model.backupProperty()));
        GridPane grid = form();
        row(grid, I18n.t("restore.source.backupName"), name);
        row(grid, I18n.t("restore.source.backupArn"), arn);
        row(grid, I18n.t("restore.source.table"), table);
        row(grid, I18n.t("restore.source.status"), status);
        row(grid, I18n.t("restore.source.size"), size);
        row(grid, I18n.t("restore.source.created"), created);
        row(grid, I18n.t("restore.source.keys"), keys);
        row(grid, I18n.t("restore.source.indexes"), indexes);
        arn.getStyleClass().add("mono");
        VBox body = new VBox(12, hint(I18n.t("restore.source.hint")), grid, problemLabel(model.sourceProblemProperty()));
        setContent(body);
        model.backupProperty().addListener((obs, old, now) -> show(now));
        show(model.backupProperty().get());
    }

    private void show(BackupDetails b) {
        if (b == null) return;
        name.setText(b.backupName() + "  (" + b.type() + ")");
        arn.setText(b.backupArn());
        table.setText(b.tableName());
        status.setText(b.status());
        size.setText(I18n.t("restore.source.sizeValue", Formats.bytes(b.sizeBytes()), Formats.count(b.itemCount())));
        created.setText(Formats.local(b.created()) + (b.expires() == null ? ""
                : "  " + I18n.t("restore.source.expires", Formats.local(b.expires()))));
        keys.setText(b.keySchema().stream().map(k -> (k.isPartitionKey() ? I18n.t("restore.source.pk") : I18n.t("restore.source.sk"))
                + " " + k.describe()).collect(Collectors.joining(", ")));
        indexes.setText(b.indexes().isEmpty() ? I18n.t("details.indexes.none") : b.indexes().stream()
                .map(BackupSourcePage::index).collect(Collectors.joining("\n")));
    }

    static String index(IndexInfo i) {
        return (i.global() ? "GSI " : "LSI ") + i.name() + " (" + i.keySchema().stream().map(KeyAttribute::describe)
                .collect(Collectors.joining(", ")) + "; " + i.projectionType() + ")";
    }
}
