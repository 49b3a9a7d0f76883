package org.parley.filter.rules.statement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The English word list (Debian's wamerican and wbritish, about 75,000 words), read once when the first STATEMENT
 * rule is built: the words that are never corrected or cut; and which of a word's forms English writes.
 */
final class EnglishWords {

    private EnglishWords() {
    }

    static final WordSet WORDS = load();

    /**
     * Words that are never corrected although the English list lacks them: the short words of the web and of
     * speech ("dont", "finna"), and words of other languages that comments use ("dans").
     */
    static final Set<String> UNLISTED = Set.of("u", "r", "ur", "ya", "im", "id", "ill", "ive", "dont", "doesnt",
            "didnt", "isnt", "arent", "wasnt", "werent", "cant", "couldnt", "shouldnt", "wouldnt", "wont", "aint",
            "youre", "theyre", "thats", "whats", "hes", "shes", "theres", "lets", "youve", "weve", "theyve", "youll",
            "theyll", "gonna", "wanna", "gotta", "dunno", "kinda", "sorta", "finna", "thas", "lol", "lmao", "omg",
            "smh", "tbh", "imo", "idk", "bro", "bruh", "yall", "shite", "innit", "cuz", "coz", "pls", "plz", "thx",
            "dans");

    /**
     * The forms a writer may have meant: the word as written, its plural in "s" ("Kurds", which the English list
     * lacks), and the other forms English has. Lexicon.forms also makes forms no one writes ("firsted", "deaves",
     * "mening"), and a name cut into one ("meningsuiting") would be a word the writer never meant.
     */
    static List<String> plausible(Set<String> forms) {
        List<String> plausible = new ArrayList<>(written(forms));
        String plural = forms.iterator().next() + "s";
        if (forms.contains(plural) && !plausible.contains(plural)) {
            plausible.add(plural);
        }
        return plausible;
    }

    /**
     * The forms a slip is read back into: the word as written and the forms English has, and not the plural in
     * "s" where English lacks it ("trahs" is "trash", not "trashs"; "fisted" and "daves" are no "firsted" and
     * "deaves").
     */
    static List<String> written(Set<String> forms) {
        String asWritten = forms.iterator().next();
        return forms.stream().filter(f -> f.equals(asWritten) || WORDS.contains(f)).toList();
    }

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
