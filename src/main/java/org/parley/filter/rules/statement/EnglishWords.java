package org.parley.filter.rules.statement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The English word list (Debian's wamerican and wbritish, about 75,000 words), read once when the first STATEMENT
 * rule is built: the words that are never corrected or cut.
 */
final class EnglishWords {

    private EnglishWords() {
    }

    static final WordSet WORDS = load();

    private static WordSet load() {
        List<String> words = new ArrayList<>(80_000);
        try (InputStream in = EnglishWords.class.getResourceAsStream("/filter/english-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("filter/english-words.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    words.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordSet(words);
    }
}
