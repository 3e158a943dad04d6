package dev.dynamobackup.ui.backups;

import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.BackupType;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Instant;
import java.util.function.Function;

/** Cell values and cells of the backups table: times in local time with UTC on hover, sizes, status colours, ARN copy. */
final class BackupColumns {
    private BackupColumns() {
    }

    static void text(TableColumn<BackupSummary, String> column, Function<BackupSummary, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    static void status(TableColumn<BackupSummary, String> column) {
        text(column, BackupSummary::status);
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("status-transient", "status-unavailable");
                setText(empty ? null : item);
                if (!empty && BackupSummary.CREATING.equals(item)) getStyleClass().add("status-transient");
                if (!empty && BackupSummary.DELETED.equals(item)) getStyleClass().add("status-unavailable");
            }
        });
    }

    static void type(TableColumn<BackupSummary, BackupType> column) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().type()));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(BackupType item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
                setTooltip(empty || item == null ? null : new Tooltip(explain(item)));
            }
        });
    }

    private static String explain(BackupType type) {
        return switch (type) {
            case USER -> I18n.t("backups.type.USER");
            case SYSTEM -> I18n.t("backups.type.SYSTEM");
            case AWS_BACKUP -> I18n.t("backups.type.AWS_BACKUP");
        };
    }

    static void size(TableColumn<BackupSummary, Long> column) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sizeBytes()));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.bytes(item));
            }
        });
    }

    /** Local time in the cell, UTC in the tooltip; sorts by the instant. */
    static void time(TableColumn<BackupSummary, Instant> column, Function<BackupSummary, Instant> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.local(item));
                setTooltip(empty || item == null ? null : new Tooltip(Formats.utc(item)));
            }
        });
    }

    /** The ARN, with a button that copies it. */
    static void arn(TableColumn<BackupSummary, String> column) {
        text(column, BackupSummary::arn);
        column.setCellFactory(col -> new TableCell<>() {
            private final Button copy = new Button(null, new FontIcon("fas-copy"));

            {
                copy.getStyleClass().add("small-button");
                copy.setTooltip(new Tooltip(I18n.t("backups.copyArn.tip")));
                copy.setOnAction(e -> copyToClipboard(getItem()));
                setContentDisplay(ContentDisplay.LEFT);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setGraphic(empty ? null : copy);
                getStyleClass().remove("mono");
                if (!empty) getStyleClass().add("mono");
            }
        });
    }

    static void copyToClipboard(String text) {
        if (text == null) return;
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
