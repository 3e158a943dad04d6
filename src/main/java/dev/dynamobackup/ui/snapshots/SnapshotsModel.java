package dev.dynamobackup.ui.snapshots;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.snapshot.CancelSignal;
import dev.dynamobackup.service.snapshot.SnapshotSummary;
import dev.dynamobackup.tasks.LatestTask;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.session.UiEvent;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Snapshots view's state: the folders it lists (the app's own, then those the user added, kept in
 * settings), the snapshots found in them, verification on demand and delete. Files are read in tasks. No nodes.
 */
public final class SnapshotsModel {
    private final UiContext ctx;
    private final ObservableList<String> folders = FXCollections.observableArrayList();
    private final ObservableList<SnapshotRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final LatestTask listing;

    public SnapshotsModel(UiContext ctx) {
        this.ctx = ctx;
        this.listing = new LatestTask(ctx.tasks());
        folders.add(ctx.services().snapshots().defaultFolder().toString());
        for (String f : ctx.settings().snapshotFolders) if (!folders.contains(f)) folders.add(f);
        ctx.events().subscribe(UiEvent.SnapshotsChanged.class, e -> refresh());
        // the interrupted imports shown are those of the current connection and region
        ctx.session().connectionProperty().addListener((o, was, now) -> refresh());
        ctx.session().regionProperty().addListener((o, was, now) -> refresh());
    }

    /** Lists every folder again (a folder that does not exist yet lists nothing). */
    public void refresh() {
        List<Path> paths = folders.stream().map(Path::of).toList();
        ConnectionTarget target = ctx.session().target();
        status.set(I18n.t("snapshots.loading"));
        listing.run(I18n.t("snapshots.loading"), p -> {
            Set<SnapshotSummary> found = new LinkedHashSet<>();
            List<String> unreadable = new ArrayList<>();
            for (Path folder : paths) {
                if (!Files.isDirectory(folder)) continue;
                try {
                    found.addAll(ctx.services().snapshots().list(folder));
                } catch (IOException e) {
                    unreadable.add(folder.toString());
                }
            }
            List<SnapshotSummary> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparing(SnapshotSummary::created, Comparator.nullsLast(Comparator.reverseOrder())));
            List<SnapshotRow> listed = new ArrayList<>();
            for (SnapshotSummary s : sorted) {
                listed.add(new SnapshotRow(s, I18n.t("snapshots.verified.unknown"), interrupted(target, s.path())));
            }
            return new Listing(listed, unreadable);
        }, listing -> {
            rows.setAll(listing.snapshots());
            status.set(listing.unreadable().isEmpty() ? I18n.t("snapshots.count", rows.size())
                    : I18n.t("snapshots.unreadable", rows.size(), String.join(", ", listing.unreadable())));
        }, error -> status.set(I18n.t("snapshots.listFailed", String.valueOf(error.getMessage()))));
    }

    private record Listing(List<SnapshotRow> snapshots, List<String> unreadable) {
    }

    /** The snapshot's interrupted imports on the current connection and region, in words ("" when none). */
    private String interrupted(ConnectionTarget target, Path snapshot) {
        if (target == null) return "";
        try {
            return String.join("; ", ctx.services().snapshots().interruptedImports(target, snapshot).stream()
                    .map(i -> I18n.t("snapshots.interrupted.one", i.targetTable(), i.partsDone(), i.partsTotal())).toList());
        } catch (IOException e) {
            return ""; // an unreadable snapshot shows as such when verified or restored
        }
    }

    /** Adds a folder to the list and to settings (a path only); false when it is listed already. */
    public boolean addFolder(Path folder) {
        String f = folder.toAbsolutePath().normalize().toString();
        if (folders.contains(f)) return false;
        folders.add(f);
        ctx.settings().snapshotFolders.add(f);
        ctx.saveSettings().run();
        refresh();
        return true;
    }

    /** Reads every part of the snapshot and checks its checksums; the row says what was found. */
    public void verify(SnapshotRow row) {
        row.setVerified(I18n.t("snapshots.verified.running"));
        ctx.tasks().run(I18n.t("snapshots.verify.task", row.summary().tableName()),
                p -> ctx.services().snapshots().verify(row.summary().path(), new CancelSignal()),
                result -> row.setVerified(result.intact() ? I18n.t("snapshots.verified.ok")
                        : I18n.t("snapshots.verified.bad", String.join("; ", result.problems()))),
                error -> row.setVerified(I18n.t("snapshots.verified.bad", String.valueOf(error.getMessage()))));
    }

    /** Deletes the snapshot's folder or .zip (the caller has asked for the typed confirmation). */
    public void delete(SnapshotRow row) {
        Path path = row.summary().path();
        ctx.tasks().run(I18n.t("snapshots.delete.task", path.getFileName()), p -> {
            deleteTree(path);
            return path;
        }, deleted -> {
            rows.remove(row);
            status.set(I18n.t("snapshots.deleted", deleted));
        }, error -> ctx.dialogs().notifyError(I18n.t("snapshots.delete.failedTitle"),
                I18n.t("snapshots.delete.failed", path, String.valueOf(error.getMessage()))));
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            Files.deleteIfExists(path);
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    public ObservableList<String> folders() {
        return folders;
    }

    public ObservableList<SnapshotRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
