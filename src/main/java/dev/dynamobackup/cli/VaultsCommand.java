package dev.dynamobackup.cli;

import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.Vault;
import dev.dynamobackup.model.awsbackup.VaultLock;
import dev.dynamobackup.service.awsbackup.AwsBackupRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

import static dev.dynamobackup.cli.AwsBackupCli.text;

/** {@code dbm vaults list|create|delete|lock}: AWS Backup vaults of a region. */
@Command(name = "vaults", mixinStandardHelpOptions = true, description = "List, create, delete and lock AWS Backup vaults.",
        subcommands = {VaultsCommand.List.class, VaultsCommand.Create.class, VaultsCommand.Delete.class, VaultsCommand.Lock.class})
final class VaultsCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: list, create, delete or lock");
    }

    static void print(CommandSpec spec, OutputOptions output, ConnectionTarget target, java.util.List<Vault> vaults) {
        if (output.json()) {
            AwsBackupCli.json(spec, target.region(), "vaults", vaults);
            return;
        }
        OutputOptions.writeTable(spec.commandLine().getOut(),
                java.util.List.of("NAME", "RECOVERY_POINTS", "LOCKED", "MIN_DAYS", "MAX_DAYS", "CHANGEABLE_UNTIL", "CREATED", "KMS_KEY"),
                vaults.stream().map(v -> java.util.List.of(v.name(), Long.toString(v.recoveryPoints()), v.locked() ? "yes" : "no",
                        text(v.minRetentionDays()), text(v.maxRetentionDays()), text(v.lockChangeableUntil()), text(v.created()),
                        text(v.encryptionKeyArn()))).toList());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the vaults of a region.")
    static final class List implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ConnectionOptions connection;
        @Mixin OutputOptions output;

        @Override
        public Integer call() {
            ConnectionTarget target = connection.target();
            try (AppServices s = CliRuntime.services()) {
                print(spec, output, target, s.awsBackup().vaults().list(target));
                return 0;
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a vault.")
    static final class Create implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ConnectionOptions connection;
        @Mixin OutputOptions output;
        @Option(names = "--name", required = true, paramLabel = "VAULT", description = "2-50 letters, digits, hyphens, underscores.")
        String name;
        @Option(names = "--kms-key", paramLabel = "KEY_ARN", description = "A KMS key to encrypt the vault (default: AWS Backup's key).")
        String kmsKey;

        @Override
        public Integer call() {
            AwsBackupCli.check(spec, AwsBackupRules.vaultName(name));
            ConnectionTarget target = connection.target();
            try (AppServices s = CliRuntime.services()) {
                print(spec, output, target, java.util.List.of(s.awsBackup().vaults().create(target, name, kmsKey)));
                return 0;
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete an empty vault (asks you to type Delete unless --yes is given).")
    static final class Delete implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ConnectionOptions connection;
        @Mixin OutputOptions output;
        @Option(names = "--name", required = true, paramLabel = "VAULT")
        String name;
        @Mixin ConfirmOption confirm;

        @Override
        public Integer call() {
            AwsBackupCli.check(spec, AwsBackupRules.vaultName(name));
            ConnectionTarget target = connection.target();
            confirm.ask(spec, "delete the vault " + name, java.util.List.of("This permanently deletes the vault " + name
                    + " in " + target.region() + "."), java.util.List.of("Delete"), "nothing was deleted");
            try (AppServices s = CliRuntime.services()) {
                s.awsBackup().vaults().delete(target, name);
                AwsBackupCli.deleted(spec, output, target.region(), "vault", name);
                return 0;
            }
        }
    }

    @Command(name = "lock", mixinStandardHelpOptions = true,
            description = "Put a Vault Lock. With --changeable-days it is compliance mode: after those days NOBODY, not even "
                    + "the root user, can remove it or delete points before their retention ends.")
    static final class Lock implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ConnectionOptions connection;
        @Mixin OutputOptions output;
        @Option(names = "--name", required = true, paramLabel = "VAULT")
        String name;
        @Option(names = "--min-days", paramLabel = "DAYS", description = "Shortest retention a point may have.")
        Integer minDays;
        @Option(names = "--max-days", paramLabel = "DAYS", description = "Longest retention a point may have.")
        Integer maxDays;
        @Option(names = "--changeable-days", paramLabel = "DAYS", description = "Compliance mode: grace time (at least 3) before the lock is final.")
        Integer changeableDays;
        @Option(names = "--remove", description = "Remove the lock (governance mode, or compliance mode still in its grace time).")
        boolean remove;

        @Override
        public Integer call() {
            AwsBackupCli.check(spec, AwsBackupRules.vaultName(name));
            VaultLock lock = new VaultLock(minDays, maxDays, changeableDays);
            if (!remove) AwsBackupCli.check(spec, AwsBackupRules.vaultLock(lock));
            ConnectionTarget target = connection.target();
            try (AppServices s = CliRuntime.services()) {
                Vault v = remove ? s.awsBackup().vaults().unlock(target, name) : s.awsBackup().vaults().lock(target, name, lock);
                if (lock.complianceMode() && !remove && !output.json()) {
                    spec.commandLine().getErr().println("warning: compliance mode: after " + changeableDays
                            + " days this lock cannot be undone by anyone.");
                }
                print(spec, output, target, java.util.List.of(v));
                return 0;
            }
        }
    }
}
