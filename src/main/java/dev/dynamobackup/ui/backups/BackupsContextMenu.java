package dev.dynamobackup.ui.backups;

import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.common.Problems;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The backups list's context menu. No accelerators on these items: a control's context menu installs
 * them on the whole scene, where they would take F5 and Delete from the table list (and two backups
 * views would fight over them). The keys are handled on the view's root instead; the labels name them.
 */
final class BackupsContextMenu {
    private BackupsContextMenu() {
    }

    static ContextMenu of(BackupsController view, BackupsModel model) {
        MenuItem create = new MenuItem(I18n.t("backups.menu.create"));
        create.setOnAction(e -> view.onCreate());
        MenuItem restore = new MenuItem(I18n.t("backups.menu.restore"));
        restore.setOnAction(e -> view.onRestore());
        restore.disableProperty().bind(model.restorableBinding().not());
        MenuItem delete = new MenuItem(I18n.t("backups.menu.delete"));
        delete.setOnAction(e -> view.onDelete());
        delete.disableProperty().bind(Problems.present(model.deleteBlockedProperty()));
        MenuItem details = new MenuItem(I18n.t("points.menu.details"));
        details.setOnAction(e -> view.onPointDetails());
        details.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedPoint() == null, model.selection()));
        MenuItem copyPoint = new MenuItem(I18n.t("points.menu.copy"));
        copyPoint.setOnAction(e -> view.onCopyPoint());
        copyPoint.disableProperty().bind(details.disableProperty());
        MenuItem copy = new MenuItem(I18n.t("backups.copyArn"));
        copy.setOnAction(e -> view.copyArns());
        copy.disableProperty().bind(Bindings.isEmpty(model.selection()));
        MenuItem refresh = new MenuItem(I18n.t("backups.menu.refresh"));
        refresh.setOnAction(e -> view.onRefresh());
        return new ContextMenu(create, restore, delete, details, copyPoint, copy, new SeparatorMenuItem(), refresh);
    }
}
