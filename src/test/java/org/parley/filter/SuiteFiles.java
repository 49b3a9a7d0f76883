package org.parley.filter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The files the filter's suites read from the test class path: tables of cases and the floors that hold each
 * suite's results from going back (a name, a tab, the number of right answers, one header line, {@code #}
 * comments).
 */
final class SuiteFiles {

    private SuiteFiles() {
    }

    static List<String> read(String resource) throws IOException {
        try (InputStream in = Objects.requireNonNull(SuiteFiles.class.getResourceAsStream(resource),
                resource + " is not on the test class path")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    static boolean isCommentOrBlank(String line) {
        return line.isBlank() || line.startsWith("#");
    }

    /** What a suite checks of each row of its cases table beyond the shape all tables share. */
    interface RowCheck {
        /** Adds a problem, starting with {@code at} ("line 12"), for each thing wrong with the row. */
        void check(String[] cols, String at, List<String> problems);
    }

    /**
     * The problems of a cases table: its header, each row's number of columns, an empty text or one with spaces
     * around it, a text given twice (case and spacing are not a new case: the filter lower-cases and squeezes
     * them anyway), and what {@code rows} finds in each well-shaped row.
     */
    static List<String> problemsOf(String resource, String header, int columns, int textColumn, RowCheck rows)
            throws IOException {
        List<String> lines = read(resource);
        List<String> problems = new ArrayList<>();
        if (lines.isEmpty() || !lines.get(0).equals(header)) {
            problems.add("the first line must be the header '" + header.replace("\t", "<TAB>") + "'");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isCommentOrBlank(line)) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            int at = i + 1;
            if (cols.length != columns) {
                problems.add("line " + at + ": " + cols.length + " columns, not " + columns);
                continue;
            }
            rows.check(cols, "line " + at, problems);
            String text = cols[textColumn];
            if (text.isBlank() || !text.equals(text.strip())) {
                problems.add("line " + at + ": an empty text, or a text with spaces around it");
            }
            Integer first = seen.putIfAbsent(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), at);
            if (first != null) {
                problems.add("line " + at + ": the same text as line " + first);
            }
        }
        return problems;
    }

    /**
     * Holds each result to its recorded floor: fails naming every one below it, and says which floors to raise,
     * since the ratchet only holds if gains are written down. {@code rights} maps each name to its right answers,
     * in the order to report them.
     */
    static void holdToFloors(Map<String, Integer> rights, String floorsResource, String keyName) throws IOException {
        Map<String, Integer> floors = floors(floorsResource, keyName);
        String file = floorsResource.substring(floorsResource.lastIndexOf('/') + 1);
        List<String> worse = new ArrayList<>();
        List<String> better = new ArrayList<>();
        rights.forEach((name, right) -> {
            int floor = floors.getOrDefault(name, 0);
            if (right < floor) {
                worse.add(name + ": " + right + " right, floor " + floor);
            } else if (right > floor) {
                better.add(name + "\t" + right);
            }
        });
        if (!better.isEmpty()) {
            System.out.println("Better than the recorded floor; raise these in " + file + ":\n  "
                    + String.join("\n  ", better));
        }
        assertTrue(worse.isEmpty(), () -> "below the recorded floor (a regression, or a floor that was raised "
                + "too far):\n  " + String.join("\n  ", worse));
    }

    /** The recorded floors by name; {@code keyName} says in a message what the first column names. */
    static Map<String, Integer> floors(String resource, String keyName) throws IOException {
        List<String> lines = read(resource);
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        Map<String, Integer> floors = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!isCommentOrBlank(lines.get(i))) {
                String[] cols = lines.get(i).split("\t", -1);
                assertTrue(cols.length == 2 && cols[1].matches("\\d+"), file + " line " + (i + 1)
                        + ": not " + keyName + "<TAB>min_right");
                assertTrue(floors.put(cols[0], Integer.parseInt(cols[1])) == null, file + " line " + (i + 1)
                        + ": " + cols[0] + " twice");
            }
        }
        return floors;
    }
}
