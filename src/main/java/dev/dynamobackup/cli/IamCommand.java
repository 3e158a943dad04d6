package dev.dynamobackup.cli;

import dev.dynamobackup.model.awsbackup.IamFeature;
import dev.dynamobackup.service.awsbackup.AwsBackupRules;
import dev.dynamobackup.service.awsbackup.IamPolicyGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dbm iam policy}: the least-privilege policy for the chosen features, or seed 002's deny-delete policy. */
@Command(name = "iam", mixinStandardHelpOptions = true, description = "IAM policies for this app's features.",
        subcommands = {IamCommand.Policy.class})
final class IamCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: policy");
    }

    @Command(name = "policy", mixinStandardHelpOptions = true,
            description = "Print an IAM policy (JSON) for the features (all when none is given), or with --deny-delete a policy "
                    + "that denies deleting backups, recovery points, vaults and plans to everyone but --admin-role.")
    static final class Policy implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--feature", paramLabel = "FEATURE",
                description = "NATIVE_BACKUPS, RESTORE, PITR, AWS_BACKUP or FILE_SNAPSHOTS; repeat for several.")
        List<IamFeature> features = new ArrayList<>();
        @Option(names = "--deny-delete", description = "The deny-delete policy instead.")
        boolean denyDelete;
        @Option(names = "--admin-role", paramLabel = "ROLE_ARN", description = "The one role still allowed to delete.")
        String adminRole;
        @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "json", description = "json (the policy is JSON either way).")
        OutputOptions.Format output;

        @Override
        public Integer call() {
            if (denyDelete) {
                if (adminRole == null) throw new ParameterException(spec.commandLine(), "--deny-delete needs --admin-role ROLE_ARN");
                if (!features.isEmpty()) throw new ParameterException(spec.commandLine(), "--deny-delete takes no --feature");
                AwsBackupCli.check(spec, AwsBackupRules.roleArn(adminRole));
                spec.commandLine().getOut().println(IamPolicyGenerator.denyDeletePolicy(adminRole));
            } else {
                if (adminRole != null) throw new ParameterException(spec.commandLine(), "--admin-role goes with --deny-delete");
                spec.commandLine().getOut().println(IamPolicyGenerator.allowPolicy(features));
            }
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
