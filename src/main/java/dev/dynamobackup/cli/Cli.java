package dev.dynamobackup.cli;

import dev.dynamobackup.service.validation.InputRefusedException;
import dev.dynamobackup.aws.CallTrace;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The command-line entry point, over the same services as the GUI. Every command takes
 * {@code --region}/{@code --profile}/{@code --endpoint} and {@code --output table|json}. Exit code 0 on
 * success; otherwise one line on stderr and a non-zero code (2 for bad usage, 1 for a failed call).
 */
@Command(name = "dbm", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "DynamoDB Backup Manager: tables, backups, point-in-time recovery, file snapshots and AWS Backup from the command line.",
        subcommands = {TablesCommand.class, BackupsCommand.class, RestoreCommand.class, PitrCommand.class,
                SnapshotCommand.class, VaultsCommand.class, PlansCommand.class, RecoveryPointsCommand.class, JobsCommand.class,
                IamCommand.class,
                CommandLine.HelpCommand.class})
public final class Cli {

    public static void main(String[] args) {
        CallTrace.milestone("main");
        CliRuntime.initLogging();
        CliRuntime.configureLoggingInBackground();
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(args, new PrintWriter(System.out, true), err);
        CallTrace.milestone("exit");
        CallTrace.print(err);
        System.exit(code);
    }

    /** Runs a command line with the given output streams; returns the exit code. Tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CliRuntime.initLogging();
        CommandLine cmd = new CommandLine(new Cli());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((ex, argv) -> {
            // the full command path, e.g. 'dbm backups create --help'
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            err.println("error: " + ex.getMessage() + " (see '" + command + " --help')");
            err.flush();
            return 2;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("error: " + CliErrors.sentence(ex, commandLine));
            err.flush();
            // input a service refused before sending anything is bad usage too
            return ex instanceof InputRefusedException ? 2 : 1;
        });
        return cmd.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[]{"dbm " + (v == null ? "(development build)" : v)};
        }
    }
}
