package org.parley.filter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
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
