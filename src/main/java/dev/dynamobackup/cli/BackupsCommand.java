package dev.dynamobackup.cli;

import dev.dynamobackup.model.BackupSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code dbm backups list|create|describe|delete}: DynamoDB's on-demand backups. */
@Command(name = "backups", mixinStandardHelpOptions = true,
        description = "List, create, describe and delete DynamoDB backups.",
        subcommands = {BackupsListCommand.class, BackupsCreateCommand.class, BackupsDescribeCommand.class,
                BackupsDeleteCommand.class})
final class BackupsCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: list, create, describe or delete");
    }

    static final List<String> HEADER = List.of("NAME", "TABLE", "STATUS", "TYPE", "SIZE_BYTES", "CREATED", "ARN");

    static List<List<String>> rows(List<BackupSummary> backups) {
        List<List<String>> rows = new ArrayList<>();
        for (BackupSummary b : backups) {
            rows.add(List.of(b.name(), nz(b.tableName()), nz(b.status()), b.type().name(), Long.toString(b.sizeBytes()),
                    b.created() == null ? "" : b.created().toString(), b.arn()));
        }
        return rows;
    }

    static Map<String, Object> json(BackupSummary b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", b.name());
        m.put("arn", b.arn());
        m.put("tableName", b.tableName());
        m.put("tableArn", b.tableArn());
        m.put("status", b.status());
        m.put("type", b.type().name());
        m.put("sizeBytes", b.sizeBytes());
        m.put("created", b.created() == null ? null : b.created().toString());
        m.put("expiry", b.expiry() == null ? null : b.expiry().toString());
        return m;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
