package dev.dynamobackup.cli;

import dev.dynamobackup.aws.CallTrace;
import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.service.ConnectionService;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.service.InventoryService;
import dev.dynamobackup.service.RegionTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/** {@code dbm tables (--region R | --all-regions)}: the tables of one region, or of every region at once. */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = "List DynamoDB tables with status, items, size, capacity mode, PITR and deletion protection.")
final class TablesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;

    @Option(names = "--all-regions", description = "List every region where DynamoDB exists, in parallel.")
    boolean allRegions;

    @Override
    public Integer call() throws Exception {
        CallTrace.milestone("command-parsed");
        if (allRegions && connection.region != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--region and --all-regions cannot be used together");
        }
        PrintWriter out = spec.commandLine().getOut();
        Connection c = connection.connection();
        try (AppServices services = CliRuntime.services()) {
            InventoryService inventory = services.inventory();
            if (!allRegions) {
                ConnectionTarget target = new ConnectionTarget(c, connection.region(c));
                List<TableSummary> tables = inventory.listTables(target, t -> { });
                if (output.json()) OutputOptions.writeJson(out, Map.of("region", target.region(), "tables", tables.stream().map(TablesCommand::json).toList()));
                else OutputOptions.writeTable(out, header(false), rows(tables, null));
                return 0;
            }
            // the first client's class loading (~1,000 SDK classes) overlaps the region metadata's
            CompletableFuture.runAsync(() -> services.clients().dynamoDb(new ConnectionTarget(c, ConnectionService.FALLBACK_REGION)));
            List<String> regions = services.regions().dynamoDbRegions();
            CallTrace.milestone("regions-known");
            Map<String, RegionTables> all = inventory.listRegions(c, regions);
            CallTrace.milestone("regions-listed");
            int code = printAll(out, c, all);
            CallTrace.milestone("printed");
            return code;
        }
    }

    private int printAll(PrintWriter out, Connection c, Map<String, RegionTables> all) {
        int failures = 0;
        PrintWriter err = spec.commandLine().getErr();
        if (output.json()) {
            Map<String, Object> byRegion = new LinkedHashMap<>();
            for (RegionTables r : all.values()) {
                byRegion.put(r.region(), r.succeeded() ? r.tables().stream().map(TablesCommand::json).toList()
                        : Map.of("error", ErrorMessages.of(r.error(), new ConnectionTarget(c, r.region())).sentence()));
                if (!r.succeeded()) failures++;
            }
            OutputOptions.writeJson(out, Map.of("regions", byRegion));
        } else {
            List<TableSummary> tables = new ArrayList<>();
            List<String> regions = new ArrayList<>();
            for (RegionTables r : all.values()) {
                if (!r.succeeded()) {
                    failures++;
                    err.println("warning: " + r.region() + ": " + ErrorMessages.of(r.error(), new ConnectionTarget(c, r.region())).sentence());
                }
                for (TableSummary t : r.tables()) {
                    tables.add(t);
                    regions.add(r.region());
                }
            }
            OutputOptions.writeTable(out, header(true), rows(tables, regions));
        }
        err.flush();
        if (failures == all.size()) throw new CliFailure("no region could be listed (see the warnings above or use --output json)");
        return 0;
    }

    static Map<String, Object> json(TableSummary t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("arn", t.arn());
        m.put("status", t.status());
        m.put("itemCount", t.itemCount());
        m.put("sizeBytes", t.sizeBytes());
        m.put("billingMode", t.billingMode());
        m.put("pitr", t.pitr().name());
        m.put("deletionProtection", t.deletionProtection());
        m.put("created", t.creationTime() == null ? null : t.creationTime().toString());
        m.put("keySchema", t.keySchema());
        m.put("indexes", t.indexes().stream().map(i -> Map.of("name", i.name(), "type", i.global() ? "GSI" : "LSI", "keys", i.keyText())).toList());
        return m;
    }

    private static List<String> header(boolean withRegion) {
        List<String> h = new ArrayList<>();
        if (withRegion) h.add("REGION");
        h.addAll(List.of("NAME", "STATUS", "ITEMS", "SIZE_BYTES", "BILLING", "PITR", "DELETION_PROTECTION"));
        return h;
    }

    private static List<List<String>> rows(List<TableSummary> tables, List<String> regions) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            TableSummary t = tables.get(i);
            List<String> row = new ArrayList<>();
            if (regions != null) row.add(regions.get(i));
            row.addAll(List.of(t.name(), t.status(), Long.toString(t.itemCount()), Long.toString(t.sizeBytes()),
                    t.billingMode(), t.pitr().name(), t.deletionProtection() ? "on" : "off"));
            rows.add(row);
        }
        return rows;
    }
}
