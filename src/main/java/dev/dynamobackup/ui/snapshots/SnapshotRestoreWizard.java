package dev.dynamobackup.ui.snapshots;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.snapshot.InterruptedImport;
import dev.dynamobackup.service.snapshot.SnapshotManifest;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.restore.RestorePage;
import dev.dynamobackup.ui.restore.TargetNameModel;
import dev.dynamobackup.ui.restore.TargetPage;
import javafx.scene.control.ButtonType;
import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Restore snapshot": the restore wizard's target page (name validated and checked free), then billing,
 * write rate and the settings replay. When the snapshot has interrupted imports on this connection and
 * region, a first page offers to resume one instead, which skips the target page; Finish starts the import
 * into the new or the interrupted table in a {@link SnapshotJobDialog}.
 */
public final class SnapshotRestoreWizard {
    private SnapshotRestoreWizard() {
    }

    /** What the wizard is opened with, read from files in a task. */
    private record Start(SnapshotManifest manifest, List<InterruptedImport> interrupted) {
    }

    /** Reads the snapshot's manifest and its interrupted imports (files only, off the FX thread), then opens the wizard. */
    public static void open(UiContext ctx, ConnectionTarget target, Path snapshot) {
        ctx.tasks().run(I18n.t("snapshots.restore.opening", snapshot.getFileName()),
                p -> new Start(ctx.services().snapshots().manifest(snapshot),
                        ctx.services().snapshots().interruptedImports(target, snapshot)),
                start -> show(ctx, target, snapshot, start),
                error -> ctx.dialogs().notifyError(I18n.t("snapshots.restore.failedTitle"), SnapshotJobs.sentence(error, target)));
    }

    private static void show(UiContext ctx, ConnectionTarget target, Path snapshot, Start start) {
        TargetNameModel name = new TargetNameModel(ctx, target);
        name.suggest(start.manifest().tableName());
        SnapshotImportSettings settings = new SnapshotImportSettings(start.manifest());
        ResumeChoice resume = start.interrupted().isEmpty() ? null
                : new ResumeChoice(ctx, target, snapshot, start.interrupted());
        if (resume != null) settings.resumingProperty().bind(resume.resuming());

        RestorePage targetPage = new TargetPage(name);
        RestorePage options = new ImportOptionsPage(settings, start.manifest());
        List<RestorePage> steps = List.of(targetPage, options);
        for (int i = 0; i < steps.size(); i++) steps.get(i).numbered(i + 1, steps.size());
        List<RestorePage> pages = new ArrayList<>();
        RestorePage first = resume == null ? targetPage : new ResumePage(resume);
        if (resume != null) pages.add(first);
        pages.addAll(steps);

        Wizard wizard = ctx.dialogs().wizard(I18n.t("snapshots.restore.wizardTitle"), pages);
        wizard.setFlow(new Wizard.Flow() {
            @Override
            public Optional<WizardPane> advance(WizardPane current) {
                if (current == null) return Optional.of(first);
                if (current == first && resume != null) {
                    return Optional.of(resume.resuming().get() ? options : targetPage);
                }
                return Optional.ofNullable(current == targetPage ? options : null);
            }

            @Override
            public boolean canAdvance(WizardPane current) {
                return current != options;
            }
        });
        wizard.resultProperty().addListener((obs, old, result) -> {
            if (result != ButtonType.FINISH) return;
            boolean resuming = resume != null && resume.resuming().get();
            String table = resuming ? resume.chosenProperty().get().targetTable() : name.name();
            ctx.dialogs().show(new SnapshotJobDialog(SnapshotJobs.restore(ctx, target, snapshot, table, settings.options())));
        });
        wizard.getDialog().setResizable(true);
        wizard.getDialog().show();
    }
}
