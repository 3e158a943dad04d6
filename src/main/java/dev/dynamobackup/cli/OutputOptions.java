package dev.dynamobackup.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** {@code --output table|json}, shared by every command, and the writers for both. */
public final class OutputOptions {
    public enum Format { table, json }

    /** Built on the first JSON output only: Jackson is ~470 classes a table output does not need. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default) or json.")
    Format output = Format.table;

    public boolean json() {
        return output == Format.json;
    }

    public static void writeJson(PrintWriter out, Object value) {
        try {
            out.println(Json.MAPPER.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    /** A plain aligned text table: a header row, then one row per record. */
    public static void writeTable(PrintWriter out, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) widths[i] = header.get(i).length();
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], row.get(i) == null ? 0 : row.get(i).length());
        }
        out.println(line(header, widths));
        for (List<String> row : rows) out.println(line(row, widths));
        out.flush();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i);
            sb.append(cell);
            if (i < widths.length - 1) sb.append(" ".repeat(widths[i] - cell.length() + 2));
        }
        return sb.toString().stripTrailing();
    }
}
