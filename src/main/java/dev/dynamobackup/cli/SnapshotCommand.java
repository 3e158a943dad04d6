package dev.dynamobackup.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dbm snapshot export|import|verify|list}: portable, checksummed file snapshots of a table. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Export a table to a file snapshot, import one into a new table, verify and list snapshots.",
        subcommands = {SnapshotExportCommand.class, SnapshotImportCommand.class, SnapshotVerifyCommand.class,
                SnapshotListCommand.class})
final class SnapshotCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: export, import, verify or list");
    }
}
