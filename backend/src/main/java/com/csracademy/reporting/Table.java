package com.csracademy.reporting;

import java.util.List;

/**
 * One report table as it is exported: columns with their Chinese and English headers, and the rows' cell
 * values (strings, numbers, booleans, dates; {@code null} for an empty cell).
 *
 * @param name  the table's name, used for the file and sheet name
 * @param total how many rows there are in all (more than {@code rows} when the export was capped)
 */
public record Table(String name, List<Column> columns, List<List<Object>> rows, long total) {

    public record Column(String key, String zh, String en) {

        public String header(boolean english) {
            return english ? en : zh;
        }
    }

    public boolean truncated() {
        return total > rows.size();
    }
}
