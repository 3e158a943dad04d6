package dev.dynamobackup.ui.restore;

import dev.dynamobackup.model.BackupDetails;
import dev.dynamobackup.model.RestoreSettings;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The review page's "what will be sent" rows, in words, from the wizard's model. */
final class ReviewRows {
    private ReviewRows() {
    }

    static List<Map.Entry<String, String>> of(RestoreWizardModel m) {
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        RestoreSettings s = m.settings().settings();
        if (m.kind() == RestoreWizardModel.Kind.BACKUP) {
            rows.add(Map.entry(I18n.t("restore.review.operation"), "RestoreTableFromBackup"));
            BackupDetails b = m.backupProperty().get();
            rows.add(Map.entry(I18n.t("restore.review.backup"), b == null ? m.backupArn()
                    : b.backupName() + " (" + b.tableName() + ", " + Formats.local(b.created()) + ")\n" + b.backupArn()));
        } else {
            PointInTimeModel p = m.pointInTime();
            rows.add(Map.entry(I18n.t("restore.review.operation"), "RestoreTableToPointInTime"));
            rows.add(Map.entry(I18n.t("restore.review.source"), p.deletedProperty().get() && p.deletedSourceProperty().get() != null
                    ? I18n.t("restore.review.deletedSource", p.deletedSourceProperty().get().tableArn())
                    : String.valueOf(p.sourceTableProperty().get())));
            rows.add(Map.entry(I18n.t("restore.review.point"), p.latestProperty().get() ? I18n.t("restore.review.latest")
                    : p.chosenInstant().map(i -> Formats.utc(i) + "  (" + Formats.local(i) + " "
                    + I18n.t("restore.review.localTime") + ")").orElse("")));
        }
        rows.add(Map.entry(I18n.t("restore.review.target"), m.targetName().name() + "  (" + m.target().region() + ")"));
        if (s.isEntireTable()) {
            rows.add(Map.entry(I18n.t("restore.review.settings"), I18n.t("restore.review.entire")));
            return rows;
        }
        rows.add(Map.entry(I18n.t("restore.review.gsis"), s.keepGlobalIndexes() == null ? I18n.t("restore.review.allGsis")
                : s.keepGlobalIndexes().isEmpty() ? I18n.t("restore.review.noGsis")
                : I18n.t("restore.review.keptGsis", String.join(", ", s.keepGlobalIndexes()))));
        rows.add(Map.entry(I18n.t("restore.review.lsis"), s.dropLocalIndexes() ? I18n.t("restore.review.dropLsis")
                : I18n.t("restore.review.keepLsis")));
        rows.add(Map.entry(I18n.t("restore.review.billing"), s.billingMode() == null ? I18n.t("restore.review.sameBilling")
                : s.provisioned() ? I18n.t("restore.review.provisioned", s.readCapacity(), s.writeCapacity())
                : I18n.t("restore.review.onDemand")));
        rows.add(Map.entry(I18n.t("restore.review.encryption"), switch (s.encryption()) {
            case SAME_AS_SOURCE -> I18n.t("restore.review.sameSse");
            case AWS_OWNED -> I18n.t("restore.settings.sseOwned");
            case AWS_MANAGED -> I18n.t("restore.settings.sseManaged");
            case CUSTOMER_MANAGED -> I18n.t("restore.review.customerKey", s.kmsKeyArn());
        }));
        return rows;
    }
}
