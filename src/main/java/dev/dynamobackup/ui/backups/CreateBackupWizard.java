package dev.dynamobackup.ui.backups;

import javafx.beans.value.ObservableValue;
import dev.dynamobackup.ui.common.Banners;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import dev.dynamobackup.ui.common.DialogService;
import dev.dynamobackup.ui.common.InvalidField;
import dev.dynamobackup.ui.common.Problems;
import dev.dynamobackup.ui.common.WizardPage;
import org.controlsfx.dialog.Wizard;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The create-backup wizard (ControlsFX Wizard), as the console has it: source table(s) → settings
 * (a name per table, the backup method) → review → Create. Binds {@link CreateBackupModel}; Next and
 * Create stay disabled while the page's problem is shown.
 */
public final class CreateBackupWizard extends StackPane {
    @FXML private VBox sourcePage;
    @FXML private ListView<CreateBackupModel.TableChoice> tableChoices;
    @FXML private Label sourceProblem;
    @FXML private VBox settingsPage;
    @FXML private GridPane nameGrid;
    @FXML private RadioButton methodDynamoDb;
    @FXML private RadioButton methodAwsBackup;
    @FXML private RadioButton methodSnapshot;
    @FXML private Label awsBackupUnavailable;
    @FXML private GridPane snapshotOptions;
    @FXML private TextField snapshotFolder;
    @FXML private javafx.scene.control.CheckBox snapshotZip;
    @FXML private TextField snapshotSegments;
    @FXML private javafx.scene.control.CheckBox snapshotConsistent;
    @FXML private TextField snapshotMaxRcu;
    @FXML private Label snapshotProblem;
    @FXML private GridPane awsBackupOptions;
    @FXML private TextField awsVault;
    @FXML private TextField awsRole;
    @FXML private TextField awsColdAfter;
    @FXML private TextField awsDeleteAfter;
    @FXML private Label awsProblem;
    @FXML private VBox reviewPage;
    @FXML private ListView<String> reviewList;
    @FXML private Label reviewMethod;
    @FXML private Label reviewProblem;

    private final CreateBackupModel model;
    private final Wizard wizard;
    private final DialogService dialogs;

    public CreateBackupWizard(DialogService dialogs, CreateBackupModel model) {
        this.model = model;
        FXMLLoader loader = new FXMLLoader(CreateBackupWizard.class.getResource("/dev/dynamobackup/ui/backups/CreateBackupWizard.fxml"), I18n.BUNDLE);
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bind();
        this.dialogs = dialogs;
        wizard = dialogs.wizard(I18n.t("wizard.title"), List.of(
                page(I18n.t("wizard.source.header"), sourcePage, model.sourceProblemProperty(), false),
                page(I18n.t("wizard.settings.header"), settingsPage, model.methodProblem(), false),
                page(I18n.t("wizard.review.header"), reviewPage, model.methodProblem(), true)));
    }

    /** Shows the wizard and waits; true when the user chose Create. */
    public boolean showAndWait() {
        return dialogs.finished(wizard);
    }

    public Wizard wizard() {
        return wizard;
    }

    private void bind() {
        tableChoices.setItems(model.choices());
        tableChoices.setCellFactory(CheckBoxListCell.forListView(CreateBackupModel.TableChoice::selectedProperty));
        sourceProblem.textProperty().bind(Problems.text(model.sourceProblemProperty()));
        ToggleGroup method = new ToggleGroup();
        methodDynamoDb.setToggleGroup(method);
        methodAwsBackup.setToggleGroup(method);
        bindSnapshotMethod(method);
        method.selectedToggleProperty().addListener((o, a, now) ->
                model.methodProperty().set(now == methodAwsBackup ? BackupMethod.AWS_BACKUP : BackupMethod.DYNAMODB));
        bindAwsBackupOptions();
        model.rows().addListener((ListChangeListener<CreateBackupModel.NameRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    buildNameGrid();
                    break;
                }
            }
        });
        buildNameGrid();
        reviewList.setItems(javafx.collections.FXCollections.observableArrayList());
        reviewMethod.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("wizard.review.method",
                model.snapshotMethodProperty().get() ? I18n.t("snapshots.method")
                        : model.methodProperty().get() == BackupMethod.AWS_BACKUP ? I18n.t("wizard.method.awsBackup")
                        : I18n.t("wizard.method.dynamodb")), model.methodProperty(), model.snapshotMethodProperty()));
        reviewProblem.textProperty().bind(Problems.text(model.methodProblem()));
    }

    /** "Snapshot to file": its radio and its options, shown while it is the chosen method. */
    private void bindSnapshotMethod(ToggleGroup method) {
        methodSnapshot.setToggleGroup(method);
        methodDynamoDb.setDisable(!model.nativeBackups());
        method.selectToggle(model.snapshotMethodProperty().get() ? methodSnapshot : methodDynamoDb);
        model.snapshotMethodProperty().bind(methodSnapshot.selectedProperty());
        snapshotOptions.visibleProperty().bind(methodSnapshot.selectedProperty());
        snapshotOptions.managedProperty().bind(methodSnapshot.selectedProperty());
        var options = model.snapshotSettings();
        snapshotFolder.textProperty().bindBidirectional(options.folderProperty());
        snapshotZip.selectedProperty().bindBidirectional(options.zipProperty());
        snapshotSegments.textProperty().bindBidirectional(options.segmentsProperty());
        snapshotConsistent.selectedProperty().bindBidirectional(options.consistentProperty());
        snapshotMaxRcu.textProperty().bindBidirectional(options.maxReadUnitsProperty());
        snapshotProblem.textProperty().bind(Problems.text(options.problem()));
    }

    /** The vault, role and lifecycle fields, shown while "Backup with AWS Backup" is chosen; off, with the reason, where it is missing. */
    private void bindAwsBackupOptions() {
        Optional<String> unavailable = model.awsBackupUnavailable();
        methodAwsBackup.setDisable(unavailable.isPresent());
        awsBackupUnavailable.setText(unavailable.orElse(""));
        awsBackupUnavailable.setVisible(unavailable.isPresent());
        awsBackupUnavailable.setManaged(unavailable.isPresent());
        AwsBackupOptions o = model.awsBackup();
        awsVault.textProperty().bindBidirectional(o.vaultProperty());
        awsRole.textProperty().bindBidirectional(o.roleProperty());
        awsColdAfter.textProperty().bindBidirectional(o.coldAfterProperty());
        awsDeleteAfter.textProperty().bindBidirectional(o.deleteAfterProperty());
        awsBackupOptions.visibleProperty().bind(model.methodProperty().isEqualTo(BackupMethod.AWS_BACKUP));
        awsBackupOptions.managedProperty().bind(awsBackupOptions.visibleProperty());
        awsProblem.textProperty().bind(Problems.text(model.createProblemProperty()));
    }

    /** One row per chosen table: its name, the backup name field, and what is wrong with it. */
    private void buildNameGrid() {
        nameGrid.getChildren().clear();
        int row = 0;
        for (CreateBackupModel.NameRow r : model.rows()) {
            Label table = new Label(r.table());
            TextField name = new TextField();
            name.setId("backupName-" + r.table());
            name.textProperty().bindBidirectional(r.nameProperty());
            InvalidField.follow(name, r.problemProperty());
            Label problem = new Label();
            problem.getStyleClass().add("field-error");
            problem.setWrapText(true);
            Banners.show(problem, problem, r.problemProperty());
            nameGrid.addRow(row++, table, name);
            nameGrid.add(problem, 1, row++);
        }
    }

    private WizardPage page(String header, Node content, ObservableValue<Optional<String>> problem, boolean last) {
        WizardPage pane = new WizardPage(header, problem) {
            @Override
            protected void entering() {
                if (last) {
                    reviewList.getItems().setAll(model.methodProperty().get() == BackupMethod.AWS_BACKUP
                            ? model.tables().stream().map(t -> I18n.t("wizard.review.row", t, model.awsBackup().vaultName())).toList()
                            : model.requests().stream().map(r -> I18n.t("wizard.review.row", r.tableName(), r.backupName())).toList());
                    Node finish = lookupButton(ButtonType.FINISH);
                    if (finish instanceof Button b) b.setText(I18n.t("wizard.create"));
                }
            }
        };
        // one icon on every page: ControlsFX's wizard.css sets its own image with -fx-graphic, which
        // overrides setGraphic once CSS is applied, so that sheet is dropped
        pane.getStylesheets().removeIf(sheet -> sheet.endsWith("wizard.css"));
        FontIcon icon = new FontIcon("fas-archive");
        icon.setIconSize(28);
        icon.getStyleClass().add("wizard-icon");
        pane.setGraphic(icon);
        pane.setContent(content);
        return pane;
    }
}
