package dev.dynamobackup.cli;

import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.BulkQueue;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.service.validation.ArnRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dbm backups delete --arn A [--arn A2 ...] [--yes]}. Like the console, asks the user to type
 * {@code Delete} first; without a terminal it refuses (exit 2) unless {@code --yes} is given.
 */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Delete backups (asks you to type Delete unless --yes is given).")
final class BackupsDeleteCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;

    @Option(names = "--arn", paramLabel = "ARN", required = true, description = "A backup's ARN; repeat for several.")
    List<String> arns;

    @Mixin ConfirmOption confirm;

    @Override
    public Integer call() throws Exception {
        ConnectionTarget target = connection.target();
        for (String arn : arns) InputChecks.require(spec, "--arn", ArnRules.backup(arn, target.region()));
        confirm();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppServices services = CliRuntime.services()) {
            var outcomes = services.backups().deleteAll(target, arns, new BulkQueue.Listener<>() {
                @Override
                public void succeeded(String item, BackupSummary result) {
                }

                @Override
                public void failed(String item, Throwable error) {
                }
            });
            List<BackupSummary> deleted = new ArrayList<>();
            List<Map<String, Object>> json = new ArrayList<>();
            for (var o : outcomes) {
                if (o.succeeded()) {
                    deleted.add(o.result());
                    json.add(BackupsCommand.json(o.result()));
                } else {
                    String sentence = ErrorMessages.of(o.error(), target).sentence().replace('\n', ' ');
                    if (arns.size() == 1 && !output.json()) throw new CliFailure(sentence);
                    err.println("error: " + o.item() + ": " + sentence);
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("arn", o.item());
                    m.put("error", sentence);
                    json.add(m);
                }
            }
            err.flush();
            if (output.json()) OutputOptions.writeJson(out, Map.of("region", target.region(), "deleted", json));
            else if (!deleted.isEmpty()) OutputOptions.writeTable(out, BackupsCommand.HEADER, BackupsCommand.rows(deleted));
            return deleted.size() == arns.size() ? 0 : 1;
        }
    }

    private void confirm() {
        String count = arns.size() + (arns.size() == 1 ? " backup" : " backups");
        List<String> explanation = new ArrayList<>();
        explanation.add("This permanently deletes " + count + ":");
        arns.forEach(a -> explanation.add("  " + a));
        confirm.ask(spec, "delete " + count, explanation, List.of("Delete"), "nothing was deleted");
    }
}
