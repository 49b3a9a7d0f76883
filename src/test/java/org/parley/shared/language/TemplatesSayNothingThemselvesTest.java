package org.parley.shared.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No template says a word of its own: every text a reader or a moderator reads on a page or in a feed, and every
 * title, label and placeholder, comes from a message bundle, so the Chinese pages have nothing left in English. What a
 * template may still hold is markup, expressions, names that are the same in every language and the rule
 * syntax shown in {@code <code>}.
 */
class TemplatesSayNothingThemselvesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Names, in every language. */
    private static final Set<String> NAMES = Set.of("RSS", "Facebook", "LinkedIn", "English", "Parley");

    private static final Pattern QUTE_COMMENT = Pattern.compile("\\{!.*?!}", Pattern.DOTALL);
    private static final Pattern EXPRESSION = Pattern.compile("\\{[^{}]*}");
    private static final Pattern UNREAD = Pattern.compile("<(code|kbd|script|style)\\b[^>]*>.*?</\\1>",
            Pattern.DOTALL);
    private static final Pattern READ_ATTRIBUTE = Pattern.compile(
            "\\s(title|alt|placeholder|aria-label|content)=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");
    /** What a layout's insert section adds to a tag (the menu's current page), and addresses shown as such. */
    private static final Pattern NOT_WORDS = Pattern.compile(" aria-current=\"page\"|(?<![\\w\"])/[\\w/.-]+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    @Test
    void noPageTemplateHoldsAWordOfItsOwn() throws IOException {
        Map<String, Set<String>> words = new TreeMap<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            pages = files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".xml")).sorted()
                    .toList();
        }
        assertTrue(pages.size() > 20, "found the templates: " + pages);
        for (Path page : pages) {
            Set<String> own = ownWords(Files.readString(page));
            if (!own.isEmpty()) {
                words.put(TEMPLATES.relativize(page).toString(), own);
            }
        }
        assertEquals(Map.of(), words);
    }

    @Test
    void theCheckFindsAWordThatATemplateSaysItself() {
        assertEquals(Set.of("Submit", "Your", "name"), ownWords(
                "<p title=\"Your name\">{#if x}<b>{site:submit}</b>{/if} Submit <code>| word</code> &middot;</p>"));
    }

    /** The words of a template's own, outside expressions, code samples and attributes nobody reads. */
    static Set<String> ownWords(String template) {
        String text = QUTE_COMMENT.matcher(template).replaceAll(" ");
        String previous;
        do {
            previous = text;
            text = EXPRESSION.matcher(text).replaceAll(" ");
        } while (!text.equals(previous));
        text = NOT_WORDS.matcher(UNREAD.matcher(text).replaceAll(" ")).replaceAll(" ");
        StringBuilder read = new StringBuilder();
        Matcher attributes = READ_ATTRIBUTE.matcher(text);
        while (attributes.find()) {
            if (!attributes.group(1).equals("content")) {
                read.append(' ').append(attributes.group(2));
            }
        }
        read.append(' ').append(ENTITY.matcher(TAG.matcher(text).replaceAll(" ")).replaceAll(" "));
        Set<String> own = new TreeSet<>();
        Matcher m = WORD.matcher(read);
        while (m.find()) {
            if (!NAMES.contains(m.group())) {
                own.add(m.group());
            }
        }
        return own;
    }
}
