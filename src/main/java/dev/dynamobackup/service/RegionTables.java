package dev.dynamobackup.service;

import dev.dynamobackup.model.TableSummary;

import java.util.List;

/** The tables of one region, or why they could not be listed. */
public record RegionTables(String region, List<TableSummary> tables, Throwable error) {
    public static RegionTables ok(String region, List<TableSummary> tables) {
        return new RegionTables(region, List.copyOf(tables), null);
    }

    public static RegionTables failed(String region, Throwable error) {
        return new RegionTables(region, List.of(), error);
    }

    public boolean succeeded() {
        return error == null;
    }
}
