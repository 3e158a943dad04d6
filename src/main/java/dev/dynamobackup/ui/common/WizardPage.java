package dev.dynamobackup.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;

import java.util.Optional;

/**
 * A page of any of the app's wizards (create backup, restore, and those to come): a header and the
 * condition that keeps Next (or Finish) disabled while the page is not valid. Wizards open through
 * {@link DialogService#wizard}.
 */
public class WizardPage extends WizardPane {
    private final ObservableBooleanValue invalid;

    public WizardPage(String header, ObservableBooleanValue invalid) {
        this.invalid = invalid;
        setHeaderText(header);
    }

    /** Next (or Finish) stays disabled while the page has a {@code problem} (an empty Optional: none). */
    public WizardPage(String header, ObservableValue<? extends Optional<?>> problem) {
        this(header, Problems.present(problem));
    }

    @Override
    public final void onEnteringPage(Wizard wizard) {
        wizard.invalidProperty().unbind();
        wizard.invalidProperty().bind(invalid);
        entering();
    }

    @Override
    public final void onExitingPage(Wizard wizard) {
        wizard.invalidProperty().unbind();
    }

    /** Called when the page is shown (e.g. to refresh a review). */
    protected void entering() {
    }
}
