package dev.dynamobackup.cli;

import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.Job;
import dev.dynamobackup.model.awsbackup.JobKind;
import dev.dynamobackup.model.awsbackup.JobStarted;
import dev.dynamobackup.model.awsbackup.Lifecycle;
import dev.dynamobackup.model.RestoreRecord;
import dev.dynamobackup.service.RestoreValidator;
import dev.dynamobackup.service.awsbackup.AwsBackupRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import static dev.dynamobackup.cli.AwsBackupCli.text;

/** {@code dbm jobs list|backup|restore|copy}: AWS Backup jobs, optionally followed to the end with --wait. */
@Command(name = "jobs", mixinStandardHelpOptions = true, description = "AWS Backup jobs: list; start a backup, a restore or a copy.",
        subcommands = {JobsCommand.ListJobs.class, JobsCommand.Backup.class, JobsCommand.Restore.class, JobsCommand.Copy.class})
final class JobsCommand implements Runnable {
    /** How often --wait asks; tests make it short. */
    static Duration pollInterval = Duration.ofSeconds(5);
    static Duration waitTimeout = Duration.ofHours(6);

    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: list, backup, restore or copy");
    }

    /** --wait and --role, shared by the starting commands. */
    static final class StartOptions {
        @Option(names = "--wait", description = "Follow the job until it ends; exit 1 if it did not complete.")
        boolean await;
        @Option(names = "--role", paramLabel = "ROLE_ARN",
                description = "The role AWS Backup uses (default: service-role/AWSBackupDefaultServiceRole of the account).")
        String role;

        Optional<String> check() {
            return role == null ? Optional.empty() : AwsBackupRules.roleArn(role);
        }
    }

    static int report(CommandSpec spec, OutputOptions output, ConnectionTarget target, AppServices s, JobStarted started,
                      boolean await) throws InterruptedException {
        Job job = await ? s.awsBackup().jobs().await(target, started, pollInterval, waitTimeout)
                : s.awsBackup().jobs().describe(target, started.kind(), started.id());
        print(spec, output, target, List.of(job));
        if (!await || job.succeeded()) return 0;
        spec.commandLine().getErr().println("error: the " + job.kind().name().toLowerCase() + " job " + job.id() + " ended "
                + job.state() + (job.statusMessage() == null ? "" : ": " + job.statusMessage()));
        spec.commandLine().getErr().flush();
        return 1;
    }

    static void print(CommandSpec spec, OutputOptions output, ConnectionTarget target, List<Job> jobs) {
        if (output.json()) {
            AwsBackupCli.json(spec, target.region(), "jobs", jobs);
            return;
        }
        OutputOptions.writeTable(spec.commandLine().getOut(),
                List.of("KIND", "ID", "STATE", "PERCENT", "RECOVERY_POINT", "CREATED_RESOURCE", "CREATED", "MESSAGE"),
                jobs.stream().map(j -> List.of(j.kind().name(), j.id(), text(j.state()), text(j.percentDone()),
                        text(j.recoveryPointArn()), text(j.createdResourceArn()), text(j.created()), text(j.statusMessage()))).toList());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the region's jobs.")
    static final class ListJobs implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ConnectionOptions connection;
        @Mixin OutputOptions output;
        @Option(names = "--kind", paramLabel = "KIND", description = "BACKUP, RESTORE or COPY (default: all three).")
        JobKind kind;

        @Override
        public Integer call() {
            ConnectionTarget target = connection.target();
            try (AppServices s = CliRuntime.services()) {
                List<Job> jobs = new ArrayList<>();
                for (JobKind k : kind == null ? List.of(JobKind.values()) : List.of(kind)) jobs.addAll(s.awsBackup().jobs().list(target, k));
                print(spec, output, target, jobs);
                return 0;
            }
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true, description = "Back up a table with AWS Backup (StartBackupJob).")
    static final class Backup implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ConnectionOptions connection;
        @Mixin OutputOptions output;
        @Mixin StartOptions start;
        @Option(names = "--table", required = true, paramLabel = "TABLE", description = "A table name or ARN.")
        String table;
        @Option(names = "--vault", required = true, paramLabel = "VAULT")
        String vault;
        @Option(names = "--cold-after", paramLabel = "DAYS")
        Integer coldAfter;
        @Option(names = "--delete-after", paramLabel = "DAYS")
        Integer deleteAfter;

        @Override
        public Integer call() throws Exception {
            Lifecycle lifecycle = new Lifecycle(coldAfter, deleteAfter);
            AwsBackupCli.check(spec, AwsBackupRules.vaultName(vault).or(() -> AwsBackupRules.lifecycle(lifecycle)).or(start::check)
                    .or(() -> table.startsWith("arn:") ? AwsBackupRules.tableArn(table) : RestoreValidator.tableName(table).map(ProblemText::of)));
            ConnectionTarget target = connection.target();
            try (AppServices s = CliRuntime.services()) {
                String arn = s.awsBackup().selections().tableArn(target, table);
                JobStarted started = s.awsBackup().jobs().startBackup(target, arn, vault, start.role, lifecycle);
                return report(spec, output, target, s, started, start.await);
            }
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true, description = "Restore a recovery point to a new table (StartRestoreJob).")
    static final class Restore implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ConnectionOptions connection;
        @Mixin OutputOptions output;
        @Mixin StartOptions start;
        @Option(names = "--arn", required = true, paramLabel = "RECOVERY_POINT_ARN")
        String arn;
        @Option(names = "--target", required = true, paramLabel = "TABLE", description = "The name of the new table.")
        String table;
        @Option(names = "--kms-key", paramLabel = "KEY_ARN", description = "Encrypt the new table with this KMS key (default: AWS owned key).")
        String kmsKey;

        @Override
        public Integer call() throws Exception {
            AwsBackupCli.check(spec, AwsBackupRules.recoveryPointArn(arn).or(() -> RestoreValidator.tableName(table).map(ProblemText::of)).or(start::check)
                    .or(() -> kmsKey == null ? Optional.empty() : RestoreValidator.kmsKeyArn(kmsKey).map(ProblemText::of)));
            ConnectionTarget target = connection.target();
            try (AppServices s = CliRuntime.services()) {
                JobStarted started = s.awsBackup().jobs().startRestore(target, arn, table, start.role, kmsKey);
                int code = report(spec, output, target, s, started, start.await);
                if (start.await && code == 0) record(s, target, started);
                return code;
            }
        }

        /** AWS Backup restores count in the same recovery-time history as native ones. */
        private void record(AppServices s, ConnectionTarget target, JobStarted started) {
            Job job = s.awsBackup().jobs().describe(target, started.kind(), started.id());
            String source = s.awsBackup().recoveryPoints().find(target, arn).resourceName();
            s.recovery().history().record(new RestoreRecord(target.region(), source == null ? "" : source, table, "AWS_BACKUP",
                    job.created(), job.completed() == null ? java.time.Instant.now() : job.completed()));
        }
    }

    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = "Copy a recovery point to a vault in another region (StartCopyJob); restore it there with 'jobs restore --region'.")
    static final class Copy implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ConnectionOptions connection;
        @Mixin OutputOptions output;
        @Mixin StartOptions start;
        @Option(names = "--arn", required = true, paramLabel = "RECOVERY_POINT_ARN")
        String arn;
        @Option(names = "--source-vault", required = true, paramLabel = "VAULT")
        String sourceVault;
        @Option(names = "--to-region", required = true, paramLabel = "REGION")
        String toRegion;
        @Option(names = "--to-vault", required = true, paramLabel = "VAULT")
        String toVault;
        @Option(names = "--delete-after", paramLabel = "DAYS", description = "The copy's retention.")
        Integer deleteAfter;

        @Override
        public Integer call() throws Exception {
            Lifecycle lifecycle = deleteAfter == null ? Lifecycle.KEEP_FOREVER : Lifecycle.deleteAfter(deleteAfter);
            AwsBackupCli.check(spec, AwsBackupRules.recoveryPointArn(arn).or(() -> AwsBackupRules.vaultName(sourceVault))
                    .or(() -> AwsBackupRules.region(toRegion)).or(() -> AwsBackupRules.vaultName(toVault))
                    .or(() -> AwsBackupRules.lifecycle(lifecycle)).or(start::check));
            ConnectionTarget target = connection.target();
            try (AppServices s = CliRuntime.services()) {
                String destination = s.awsBackup().vaults().describe(new ConnectionTarget(target.connection(), toRegion), toVault).arn();
                JobStarted started = s.awsBackup().jobs().startCopy(target, arn, sourceVault, destination, start.role, lifecycle);
                return report(spec, output, target, s, started, start.await);
            }
        }
    }
}
