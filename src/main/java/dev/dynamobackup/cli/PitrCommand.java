package dev.dynamobackup.cli;

import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.PitrWindow;
import dev.dynamobackup.service.validation.ArnRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dbm pitr status|enable|disable --table T [--days N]}: point-in-time recovery of one table. */
@Command(name = "pitr", mixinStandardHelpOptions = true,
        description = "Show, enable (with a recovery period of 1 to 35 days) or disable point-in-time recovery.",
        subcommands = {PitrCommand.Status.class, PitrCommand.Enable.class, PitrCommand.Disable.class})
final class PitrCommand {

    /** What every pitr subcommand shares: the connection, the output and the table. */
    abstract static class Base implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ConnectionOptions connection;
        @Mixin OutputOptions output;

        @Option(names = "--table", required = true, paramLabel = "TABLE", description = "The table.")
        String table;

        @Override
        public Integer call() {
            ConnectionTarget t = connection.target();
            InputChecks.require(spec, "--table", ArnRules.tableNameOrArn(table, t.region()));
            try (AppServices s = CliRuntime.services()) {
                print(run(s, t));
                return 0;
            }
        }

        abstract PitrWindow run(AppServices s, ConnectionTarget target);

        private void print(PitrWindow w) {
            PrintWriter out = spec.commandLine().getOut();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", table);
            m.put("status", w.enabled() ? "ENABLED" : "DISABLED");
            m.put("recoveryPeriodDays", w.enabled() ? w.recoveryPeriodDays() : null);
            m.put("earliestRestorable", w.earliest() == null ? null : w.earliest().toString());
            m.put("latestRestorable", w.latest() == null ? null : w.latest().toString());
            if (output.json()) {
                OutputOptions.writeJson(out, m);
            } else {
                OutputOptions.writeTable(out, List.of("TABLE", "PITR", "DAYS", "EARLIEST_RESTORABLE", "LATEST_RESTORABLE"),
                        List.of(List.of(table, (String) m.get("status"), w.enabled() ? Integer.toString(w.recoveryPeriodDays()) : "",
                                w.earliest() == null ? "" : w.earliest().toString(), w.latest() == null ? "" : w.latest().toString())));
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Status, recovery period and restorable window.")
    static final class Status extends Base {
        @Override
        PitrWindow run(AppServices s, ConnectionTarget target) {
            return s.recovery().pitr().describe(target, table);
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true,
            description = "Enable PITR (charges apply: about $0.20 per GB-month of table size), or change its period.")
    static final class Enable extends Base {
        @Option(names = "--days", defaultValue = "35", paramLabel = "N", description = "Recovery period, 1 to 35 days (default 35).")
        int days;

        @Override
        PitrWindow run(AppServices s, ConnectionTarget target) {
            return s.recovery().pitr().enable(target, table, days);
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = {"Disable PITR: the table's restore points are lost, and enabling it again later starts a new,"
                    + " empty recovery window.", "Asks you to type the table name or Disable unless --yes is given."})
    static final class Disable extends Base {
        @Mixin ConfirmOption confirm;

        @Override
        PitrWindow run(AppServices s, ConnectionTarget target) {
            if (confirm.yes) return s.recovery().pitr().disable(target, table);
            ConfirmOption.Pending confirmation = confirm.prepare(spec, "disable point-in-time recovery of " + table);
            PitrWindow now = s.recovery().pitr().describe(target, table);
            // already off: nothing to lose, nothing to ask, nothing to send
            if (!now.enabled()) return now;
            confirmation.ask(List.of(lossOf(now)), List.of(table, "Disable"), "point-in-time recovery is still on");
            return s.recovery().pitr().disable(target, table);
        }

        private String lossOf(PitrWindow w) {
            String since = w.earliest() == null ? "" : ", from " + w.earliest();
            return "This turns off point-in-time recovery of " + table + ": its restore points (up to "
                    + w.recoveryPeriodDays() + " days" + since + ") are lost, and enabling it again later starts a new,"
                    + " empty recovery window.";
        }
    }
}
