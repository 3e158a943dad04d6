package dev.dynamobackup.ui.common;

import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;

import java.util.List;

/** Makes a dialog or wizard belong to the main window and take its stylesheets (theme and app styles). */
final class DialogWindows {
    private DialogWindows() {
    }

    static <D extends Dialog<?>> D owned(Window owner, D dialog) {
        if (owner != null) {
            if (dialog.getOwner() == null && !dialog.isShowing()) dialog.initOwner(owner);
            styled(owner, dialog.getDialogPane());
        }
        return dialog;
    }

    static Wizard wizard(Window owner, String title, List<? extends WizardPane> pages) {
        Wizard wizard = new Wizard(owner, title);
        wizard.setReadSettings(false);
        pages.forEach(p -> styled(owner, p));
        styled(owner, wizard.getDialog().getDialogPane());
        wizard.setFlow(new Wizard.LinearFlow(List.<WizardPane>copyOf(pages)));
        return wizard;
    }

    private static void styled(Window owner, DialogPane pane) {
        if (owner != null && owner.getScene() != null) pane.getStylesheets().setAll(owner.getScene().getStylesheets());
    }
}
