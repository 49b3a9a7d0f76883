package org.parley.filter.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NormaliserTest {

    private static final Normaliser NORMALISER = Normaliser.defaults();

    /** Real abuse and neutral stand-ins, with doubled letters and a phrase among them. */
    private static final List<String> WORDS = List.of(
            "fuck", "shit", "bitch", "idiot", "moron", "nigger", "cunt", "asshole", "scum", "loser", "stupid",
            "retard", "whore", "bastard", "dickhead", "kill yourself", "troll", "spammer", "clown", "hater");

    private static final Path BLNS = Path.of("../shared/data/blns/blns.txt");

    /** Which form of the text undoes a disguise, and how a term looks in that form. */
    private enum View {
        MAIN(NormalisedText::main, NORMALISER::foldTerm),
        SQUEEZED(NormalisedText::squeezed, NORMALISER::squeezeTerm),
        // A spelled-out phrase closes up across its word gaps too.
        JOINED(NormalisedText::joined, term -> NORMALISER.foldTerm(term).replace(" ", ""));

        final Function<NormalisedText, TextView> of;
        final UnaryOperator<String> term;

        View(Function<NormalisedText, TextView> of, UnaryOperator<String> term) {
            this.of = of;
            this.term = term;
        }
    }

    private record Technique(String name, View view, UnaryOperator<String> rewrite) {
        @Override
        public String toString() {
            return name + " (" + view.name().toLowerCase(Locale.ROOT) + ")";
        }
    }

    static Stream<Technique> techniques() {
        return Stream.of(
                new Technique("leetspeak a4 e3 i1 o0 s$ t7", View.MAIN, word -> mapLetters(word, Map.of(
                        'a', "4", 'e', "3", 'i', "1", 'o', "0", 's', "$", 't', "7"))),
                new Technique("repeated letters", View.SQUEEZED, word -> eachLetter(word,
                        (c, i) -> i % 2 == 1 ? String.valueOf(c).repeat(5) : String.valueOf(c))),
                new Technique("dots between letters", View.JOINED, word -> spelledOut(word, ".")),
                new Technique("spaces between letters", View.JOINED, word -> spelledOut(word, " ")),
                new Technique("dashes, stars, underscores and others between letters", View.JOINED,
                        word -> spelledOut(word, "-", "*", "_", "~", "|", "/", "+", " . ", ":")),
                new Technique("zero-width characters between letters", View.MAIN,
                        word -> between(word, "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u180E")),
                new Technique("soft hyphens inside", View.MAIN, word -> between(word, "\u00AD")),
                new Technique("Cyrillic look-alikes", View.MAIN, word -> mapLetters(word, Map.ofEntries(
                        Map.entry('a', "а"), Map.entry('b', "в"), Map.entry('c', "с"), Map.entry('d', "ԁ"),
                        Map.entry('e', "е"), Map.entry('h', "һ"), Map.entry('i', "і"), Map.entry('j', "ј"),
                        Map.entry('k', "к"), Map.entry('m', "м"), Map.entry('n', "п"), Map.entry('o', "о"),
                        Map.entry('p', "р"), Map.entry('r', "г"), Map.entry('s', "ѕ"), Map.entry('t', "т"),
                        Map.entry('w', "ԝ"), Map.entry('x', "х"), Map.entry('y', "у")))),
                new Technique("Greek look-alikes", View.MAIN, word -> mapLetters(word, Map.ofEntries(
                        Map.entry('a', "α"), Map.entry('e', "ε"), Map.entry('i', "ι"), Map.entry('k', "κ"),
                        Map.entry('n', "η"), Map.entry('o', "ο"), Map.entry('p', "ρ"), Map.entry('t', "τ"),
                        Map.entry('u', "υ"), Map.entry('v', "ν"), Map.entry('w', "ω"), Map.entry('x', "χ")))),
                new Technique("fullwidth letters", View.MAIN,
                        word -> eachLetter(word, (c, i) -> String.valueOf((char) (c + 0xFEE0)))),
                new Technique("mathematical bold letters", View.MAIN,
                        word -> eachLetter(word, (c, i) -> Character.toString(0x1D41A + c - 'a'))),
                new Technique("combining accents (NFD)", View.MAIN,
                        word -> eachLetter(word, (c, i) -> c + "\u0301\u0308\u0300\u0302\u0327".substring(i % 5,
                                i % 5 + 1))),
                new Technique("precomposed accents (NFC)", View.MAIN, word -> Normalizer.normalize(eachLetter(word,
                        (c, i) -> c + "\u0301\u0308\u0300\u0302\u0327".substring(i % 5, i % 5 + 1)),
                        Normalizer.Form.NFC)),
                new Technique("stacked zalgo marks", View.MAIN,
                        word -> eachLetter(word, (c, i) -> c + "\u0336\u0358\u0316\u0489\u0351\u034F")),
                new Technique("HTML character references", View.MAIN,
                        word -> eachLetter(word, (c, i) -> switch (i % 3) {
                            case 0 -> "&#" + (int) c + ";";
                            case 1 -> "&#x" + Integer.toHexString(c) + ";";
                            default -> String.valueOf(c);
                        })),
                new Technique("HTML named references of accented letters", View.MAIN, word -> mapLetters(word,
                        Map.of('a', "&aacute;", 'e', "&eacute;", 'i', "&iuml;", 'o', "&ouml;", 'u', "&uuml;",
                                'c', "&ccedil;", 'n', "&ntilde;"))),
                new Technique("HTML tags inside", View.MAIN,
                        word -> eachLetter(word, (c, i) -> i == 0 ? "<i>" + c + "</i>" : "<b></b>" + c)),
                new Technique("mixed case", View.MAIN, word -> eachLetter(word,
                        (c, i) -> String.valueOf(i % 2 == 0 ? Character.toUpperCase(c) : c))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("techniques")
    void everyWordDisguisedByATechniqueIsRecoveredInTheViewThatUndoesIt(Technique technique) {
        List<String> missed = new ArrayList<>();
        for (String word : WORDS) {
            String disguised = technique.rewrite().apply(word);
            NormalisedText text = NORMALISER.normalise("you " + disguised + "!");
            TextView view = technique.view().of.apply(text);
            String expected = technique.view().term.apply(word);
            if (!view.text().contains(expected)) {
                missed.add(disguised + " -> " + view.text());
            }
            assertSpansAreValid(text);
        }
        // The bar is 99 %; with twenty words that means all of them.
        assertEquals(List.of(), missed, "every disguised word should be recovered");
    }

    static Stream<Arguments> disguisedWordsAndWhereTheyStand() {
        return Stream.of(
                Arguments.of("you ｆｕｃｋ off", View.MAIN, "fuck", "ｆｕｃｋ"),
                Arguments.of("f\u200Bu\u200Bc\u200Bk you", View.MAIN, "fuck", "f\u200Bu\u200Bc\u200Bk"),
                Arguments.of("so \u200Bfuck\u200B it", View.MAIN, "fuck", "fuck"),
                Arguments.of("oh fu&#99;k!", View.MAIN, "fuck", "fu&#99;k"),
                Arguments.of("&#x66;uck that", View.MAIN, "fuck", "&#x66;uck"),
                Arguments.of("sh&iuml;t happens", View.MAIN, "shit", "sh&iuml;t"),
                Arguments.of("AT&amp;T", View.MAIN, "&", "&amp;"),
                Arguments.of("well f<b></b>uck", View.MAIN, "fuck", "f<b></b>uck"),
                Arguments.of("<b>f</b>uck off", View.MAIN, "fuck", "f</b>uck"),
                Arguments.of("what the fück", View.MAIN, "fuck", "fück"),
                Arguments.of("what the fu\u0308ck", View.MAIN, "fuck", "fu\u0308ck"),
                Arguments.of("what the fuck\u0301\u0302 now", View.MAIN, "fuck", "fuck\u0301\u0302"),
                Arguments.of("😀👍🏽 fuck 😀", View.MAIN, "fuck", "fuck"),
                Arguments.of("😀 ｆｕｃｋ", View.MAIN, "fuck", "ｆｕｃｋ"),
                Arguments.of("𝐟𝐮𝐜𝐤 this", View.MAIN, "fuck", "𝐟𝐮𝐜𝐤"),
                Arguments.of("fuсk (Cyrillic es)", View.MAIN, "fuck", "fuсk"),
                Arguments.of("total sh1t", View.MAIN, "shit", "sh1t"),
                Arguments.of("fuuuuuck off", View.MAIN, "fuuck", "fuuuuuck"),
                Arguments.of("fuuuuuck off", View.SQUEEZED, "fuck", "fuuuuuck"),
                Arguments.of("FUUUUUCK you", View.SQUEEZED, "fuck you", "FUUUUUCK you"),
                Arguments.of("noooooo way", View.MAIN, "noo", "noooooo"),
                Arguments.of("noooooo way", View.SQUEEZED, "no", "noooooo"),
                Arguments.of("kill yourselfffff", View.MAIN, "kill yourselff", "kill yourselfffff"),
                Arguments.of("you f.u.c.k!", View.JOINED, "fuck", "f.u.c.k"),
                Arguments.of("you f . u . c . k!", View.JOINED, "fuck", "f . u . c . k"),
                Arguments.of("ﬁnd it", View.MAIN, "find", "ﬁnd"),
                Arguments.of("ﬁnd it", View.MAIN, "f", "ﬁ"),
                Arguments.of("ﬁnd it", View.MAIN, "i", "ﬁ"),
                Arguments.of("Straße", View.MAIN, "strasse", "Straße"),
                Arguments.of("Straße", View.MAIN, "ss", "ß"));
    }

    @ParameterizedTest(name = "\"{2}\" in {1} of \"{0}\" is \"{3}\"")
    @MethodSource("disguisedWordsAndWhereTheyStand")
    void aHitInAViewMapsToExactlyTheDisguisedWordAsWritten(String original, View view, String found,
            String asWritten) {
        TextView text = view.of.apply(NORMALISER.normalise(original));
        int start = text.text().indexOf(found);
        assertTrue(start >= 0, () -> "\"" + found + "\" not in \"" + text.text() + "\"");
        int end = start + found.length();
        assertEquals(asWritten, original.substring(text.originalStart(start), text.originalEnd(end)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "sh1t, shit", "f4ck, fack", "n1gg3r, nigger", "$hit, shit", "a$$, ass", "@ss, ass", "b!tch, bitch",
            "ph0ne, phone", "5h17, shit", "|0ser, loser", "fai|, fail", "8itch, bitch", "ni99er, nigger",
            "s+upid, stupid", "sh!!!t, shiit", "ID10T, idiot", "b¡tch, bitch", "€vil, evil"})
    void leetspeakInsideAWordIsReadAsLetters(String written, String read) {
        assertEquals(read, NORMALISER.normalise(written).main().text());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "3,000 troops", "in 2020", "U.S. drone strike", "e-mail me at 5 pm", "Call 555-0100 now",
            "$5 or 10 $", "1 + 1 = 2", "Scunthorpe", "ok!", "C++ and A+", "¡Hola! ¿Qué tal?", "what?!", "50/50"})
    void innocentTextKeepsItsNumbersAndPunctuation(String innocent) {
        NormalisedText text = NORMALISER.normalise(innocent);
        String expected = Normalizer.normalize(innocent, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "")
                .toLowerCase(Locale.ROOT);
        assertAll(
                () -> assertEquals(expected, text.main().text()),
                () -> assertEquals(text.main().text(), text.joined().text()),
                () -> assertEquals(digits(innocent), digits(text.squeezed().text())));
    }

    @Test
    void scunthorpeStaysOneInnocentWord() {
        assertEquals("scunthorpe", NORMALISER.normalise("Scunthorpe").main().text());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "shit!             | shit!",
            "idiot!!!          | idiot!!!",
            "sh!t!             | shit!",
            "a$$!              | ass!",
            "C++               | c++",
            "¡hola!            | ¡hola!"})
    void punctuationAtAWordsEdgeIsNotReadAsALetter(String written, String read) {
        assertEquals(read, NORMALISER.normalise(written).main().text());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "fuuuuck      | fuuck     | fuck",
            "niggggger    | nigger    | niger",
            "soooo        | soo       | so",
            "asshole      | asshole   | ashole",
            "2000 sheep   | 2000 sheep | 2000 shep"})
    void repeatedLettersAreCutToTwoInMainAndToOneWhenSqueezed(String written, String main, String squeezed) {
        NormalisedText text = NORMALISER.normalise(written);
        assertEquals(main, text.main().text());
        assertEquals(squeezed, text.squeezed().text());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiterString = "=>", value = {
            "f u c k off               => fuck off       => f u c k off",
            "you f.u.c.k!              => you fuck!      => you f.u.c.k!",
            "f|u|c|k                   => fuck           => flulclk",
            "f+u+c+k                   => fuck           => ftutctk",
            "s h 1 t                   => shit           => s h 1 t",
            "N I G G E R               => nigger         => n i g g e r",
            "I am a b c fan            => i am abc fan   => i am a b c fan",
            "go to a b now             => go to a b now  => go to a b now",
            "1 2 3 go                  => 1 2 3 go       => 1 2 3 go",
            "k i l l  y o u r s e l f  => killyourself   => k i l l  y o u r s e l f"})
    void singleLettersAreClosedUpInTheJoinedViewOnly(String written, String joined, String main) {
        NormalisedText text = NORMALISER.normalise(written);
        assertEquals(joined, text.joined().text());
        assertEquals(main, text.main().text());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "hello<br>world                     | hello world",
            "hello <b>world</b>!                | hello world!",
            "<p>first</p><p>second</p>          | first second",
            "F<B></B>UCK                        | fuck",
            "say <idiot> here                   | say <idiot> here",
            "x <b unclosed                      | x <b unclosed",
            "a < b and c > d                    | a < b and c > d",
            "&lt;b&gt;bold&lt;/b&gt;            | <b>bold</b>",
            "AT&T &bogus; &#0; &#55296; &#1114112; | at&t &bogus; &#0; &#55296; &#1114112;",
            "caf&eacute; &amp; cr&egrave;me     | cafe & creme",
            "&Agrave;&yuml;&szlig;              | ayss",
            "&iquest;&Oslash;&divide;&oslash;   | ¿o÷o",
            "&Alpha;&omega;&sigmaf;             | awσ",
            "soft&shy;ware zero&ZeroWidthSpace;width | software zerowidth",
            "&#102;&#x75;&#X63;&#107;           | fuck"})
    void knownTagsAreRemovedAndCharacterReferencesDecoded(String written, String main) {
        assertEquals(main, NORMALISER.normalise(written).main().text());
    }

    @Test
    void aTagEndsAtTheFirstGreaterThanSignOutsideQuotes() {
        assertEquals("see link", NORMALISER.normalise("see <a href=\"x>y\" title='t>'>link</a>").main().text());
    }

    @Test
    void everyLookalikeInTheShippedTableFoldsToItsLatinLetters() throws IOException {
        Map<String, String> table = lookalikeTable();
        assertTrue(table.size() >= 150, "the table should have 150+ entries, has " + table.size());
        Map<String, String> wrong = new LinkedHashMap<>();
        table.forEach((character, latin) -> {
            String folded = NORMALISER.normalise(character).main().text();
            if (!folded.equals(latin)) {
                wrong.put(character, folded + " instead of " + latin);
            }
        });
        assertEquals(Map.of(), wrong);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Ⓕⓤⓒⓚ, fuck", "ᶠᵘᶜᵏ, fuck", "ꜰᴜᴄᴋ, fuck", "İdiot, idiot", "ıdiot, idiot", "ԁісkһеаԁ, dickhead",
            "ꓢꓚꓴꓟ, scum", "ΙΔΙΟΤ, iδiot", "Ⅰdiot, idiot", "ⓢⓒⓤⓜ, scum", "ℌ𝔞𝔱𝔢𝔯, hater"})
    void otherScriptsAndStylesFoldToo(String written, String main) {
        assertEquals(main, NORMALISER.normalise(written).main().text());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "fuck", "Fück", "a$$", "sh!t", "l0ser", "kill yourself", "ｆｕｃｋ", "f.u.c.k", "asshole", "ΜΑΛΑΚΑΣ",
            "niggggger", "Straße", "ﬁnd"})
    void aTermMatchesItsOwnSpellingInsideASentence(String term) {
        NormalisedText text = NORMALISER.normalise("they said " + term + " twice");
        assertTrue(text.main().text().contains(NORMALISER.foldTerm(term)), text.main().text());
        assertTrue(text.squeezed().text().contains(NORMALISER.squeezeTerm(term)), text.squeezed().text());
    }

    @Test
    void aPlainCommentSharesOneViewForAllThreeForms() {
        NormalisedText text = NORMALISER.normalise("A perfectly civil remark about the budget, nothing more.");
        assertSame(text.main(), text.squeezed());
        assertSame(text.main(), text.joined());
    }

    @Test
    void theEmptyTextHasEmptyViews() {
        NormalisedText text = NORMALISER.normalise("");
        assertEquals("", text.main().text());
        assertEquals(0, text.main().starts().length);
    }

    @Test
    void everyNaughtyStringNormalisesWithValidSpans() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(BLNS), "skipped: " + BLNS.toAbsolutePath() + " is absent");
        List<String> lines = Files.readAllLines(BLNS, UTF_8).stream()
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        assertTrue(lines.size() > 500, "expected the full list, got " + lines.size() + " strings");
        for (String line : lines) {
            NormalisedText text = assertDoesNotThrow(() -> NORMALISER.normalise(line), line);
            assertSpansAreValid(text);
        }
    }

    @Test
    void aFreshNormaliserGivesTheSameResultsWhenManyThreadsFillItsCacheAtOnce() {
        Normaliser fresh = new Normaliser(Map.of('а' + 0, "a", 'ο' + 0, "o"), Map.of('0', 'o'));
        List<String> texts = List.of("Вот это сл0ва", "ﬁnd the ｆｕｃｋ", "café crème brûlée", "ΑΒΓΔ αβγδ", "𝐟𝐮𝐜𝐤 ñ");
        List<String> expected = texts.stream().map(t -> fresh.normalise(t).main().text()).toList();
        Normaliser racing = new Normaliser(Map.of('а' + 0, "a", 'ο' + 0, "o"), Map.of('0', 'o'));
        List<List<String>> results = IntStream.range(0, 400).parallel()
                .mapToObj(i -> texts.stream().map(t -> racing.normalise(t).main().text()).toList())
                .toList();
        results.forEach(result -> assertEquals(expected, result));
    }

    @Test
    void aLookalikeForAnAsciiLetterIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Normaliser(Map.of((int) 'm', "rn"), Map.of()));
    }

    @Test
    void aLookalikeThatNfkcAlreadyFoldsIsRefusedAsItWouldNeverApply() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> new Normaliser(Map.of(0x017F, "s"), Map.of()));
        assertTrue(refusal.getMessage().contains("U+017F"), refusal.getMessage());
    }

    @Test
    void aLookalikeMustFoldToLettersNotDigits() {
        assertThrows(IllegalArgumentException.class, () -> new Normaliser(Map.of(0x0417, "3"), Map.of()));
    }

    @Test
    void aLeetEntryForALetterIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Normaliser(Map.of(), Map.of('z', 's')));
    }

    /** Every char's span lies in the original, is not empty, and the spans never go backwards. */
    private static void assertSpansAreValid(NormalisedText text) {
        int length = text.original().length();
        for (TextView view : List.of(text.main(), text.squeezed(), text.joined())) {
            assertEquals(view.text().length(), view.starts().length);
            assertEquals(view.text().length(), view.ends().length);
            for (int i = 0; i < view.text().length(); i++) {
                int start = view.starts()[i];
                int end = view.ends()[i];
                String where = "char " + i + " of \"" + view.text() + "\" from \"" + text.original() + "\"";
                assertTrue(0 <= start && start < end && end <= length, where + ": [" + start + ", " + end + ")");
                if (i > 0) {
                    assertTrue(view.starts()[i - 1] <= start && view.ends()[i - 1] <= end, where + " goes back");
                }
            }
        }
    }

    private static Map<String, String> lookalikeTable() throws IOException {
        Map<String, String> table = new LinkedHashMap<>();
        try (InputStream stream = NormaliserTest.class.getResourceAsStream("/filter/lookalikes.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(stream, UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] fields = line.split("\t");
                table.put(fields[0], fields[1]);
            });
        }
        return table;
    }

    private interface LetterRewrite {
        String rewrite(char letter, int index);
    }

    /** Rewrites each letter, leaving the spaces of a phrase alone; {@code index} counts letters within a word. */
    private static String eachLetter(String word, LetterRewrite rewrite) {
        StringBuilder out = new StringBuilder();
        int index = 0;
        for (char c : word.toCharArray()) {
            if (c == ' ') {
                out.append(c);
                index = 0;
            } else {
                out.append(rewrite.rewrite(c, index++));
            }
        }
        return out.toString();
    }

    private static String mapLetters(String word, Map<Character, String> map) {
        return eachLetter(word, (c, i) -> map.getOrDefault(c, String.valueOf(c)));
    }

    /** Puts the separators, in turn, between the letters of each word: "fuck" becomes "f.u.c.k". */
    private static String spelledOut(String word, String... separators) {
        return eachLetter(word, (c, i) -> (i == 0 ? "" : separators[i % separators.length]) + c);
    }

    /** Puts the characters, in turn, between all letters, also across a phrase's spaces. */
    private static String between(String word, String... inserted) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            if (i > 0 && word.charAt(i) != ' ') {
                out.append(inserted[i % inserted.length]);
            }
            out.append(word.charAt(i));
        }
        return out.toString();
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }
}
