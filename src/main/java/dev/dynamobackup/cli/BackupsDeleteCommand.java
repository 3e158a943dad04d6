package dev.dynamobackup.cli;

import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.BulkQueue;
import dev.dynamobackup.service.ErrorMessages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.Console;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code dbm backups delete --arn A [--arn A2 ...] [--yes]}. Like the console, asks the user to type
 * {@code Delete} first; without a terminal it refuses unless {@code --yes} is given.
 */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Delete backups (asks you to type Delete unless --yes is given).")
final class BackupsDeleteCommand implements Callable<Integer> {
    /** Reads one line from the terminal after a prompt; null when there is no terminal. Tests replace it. */
    interface Prompt {
        String ask(String text);
    }

    static Supplier<Prompt> terminal = () -> {
        Console console = System.console();
        return console == null ? null : text -> console.readLine("%s", text);
    };

    @Spec CommandSpec spec;
    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;

    @Option(names = "--arn", paramLabel = "ARN", required = true, description = "A backup's ARN; repeat for several.")
    List<String> arns;

    @Option(names = "--yes", description = "Do not ask (for scripts).")
    boolean yes;

    @Override
    public Integer call() throws Exception {
        ConnectionTarget target = connection.target();
        if (!yes) confirm();
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
        Prompt prompt = terminal.get();
        if (prompt == null) {
            throw new CliFailure("no terminal to confirm on: run again with --yes to delete " + arns.size()
                    + (arns.size() == 1 ? " backup" : " backups") + " without asking");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("This permanently deletes " + arns.size() + (arns.size() == 1 ? " backup:" : " backups:"));
        arns.forEach(a -> out.println("  " + a));
        out.flush();
        String answer = prompt.ask("Type Delete to confirm: ");
        if (!"Delete".equals(answer == null ? null : answer.strip())) {
            throw new CliFailure("not confirmed (you must type Delete exactly); nothing was deleted");
        }
    }
}
