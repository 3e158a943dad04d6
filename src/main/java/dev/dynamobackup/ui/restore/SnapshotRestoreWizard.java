package dev.dynamobackup.ui.restore;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.snapshot.ImportOptions;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.Converters;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.controlsfx.dialog.Wizard;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * "Restore snapshot": the restore wizard's target page (name validated and checked free) and a page for
 * the billing override and the settings replay; Restore hands the name and the options to {@code start}.
 */
public final class SnapshotRestoreWizard {
    private SnapshotRestoreWizard() {
    }

    public static Wizard open(UiContext ctx, ConnectionTarget target, String sourceTable,
                              BiConsumer<String, ImportOptions> start) {
        TargetNameModel name = new TargetNameModel(ctx, target);
        name.suggest(sourceTable);
        OptionsPage options = new OptionsPage();
        List<RestorePage> pages = List.of(new TargetPage(name), options);
        for (int i = 0; i < pages.size(); i++) pages.get(i).numbered(i + 1, pages.size());
        Wizard wizard = ctx.dialogs().wizard(I18n.t("snapshots.restore.wizardTitle"), pages);
        wizard.resultProperty().addListener((obs, old, result) -> {
            if (result == ButtonType.FINISH) start.accept(name.name(), options.options());
        });
        wizard.getDialog().setResizable(true);
        wizard.getDialog().show();
        return wizard;
    }

    /** Billing: the snapshot's, or on-demand; and whether TTL, tags, stream and PITR are re-applied. */
    private static final class OptionsPage extends RestorePage {
        private final ChoiceBox<String> billing = new ChoiceBox<>();
        private final CheckBox replay = new CheckBox(I18n.t("snapshots.restore.replay"));

        OptionsPage() {
            super(I18n.t("snapshots.restore.optionsHeader"), Bindings.createBooleanBinding(() -> false));
            billing.setId("snapshotBilling");
            billing.getItems().setAll("", "PAY_PER_REQUEST");
            billing.setValue("");
            billing.setConverter(Converters.showing(mode -> mode == null || mode.isEmpty()
                    ? I18n.t("snapshots.restore.billingKeep") : I18n.t("snapshots.restore.billingOnDemand")));
            replay.setId("snapshotReplay");
            replay.setSelected(true);
            GridPane grid = form();
            row(grid, I18n.t("snapshots.restore.billing"), billing);
            setContent(new VBox(12, hint(I18n.t("snapshots.restore.hint")), grid, replay));
        }

        ImportOptions options() {
            ImportOptions o = ImportOptions.DEFAULTS.withReplaySettings(replay.isSelected());
            return billing.getValue() == null || billing.getValue().isEmpty() ? o : o.withBilling(billing.getValue(), 0, 0);
        }
    }
}
