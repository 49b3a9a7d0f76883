package org.parley.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.filter.CollectedSpans;

class GibberishRuleTest {

    private static final GibberishRule DEFAULTS = new GibberishRule(new GibberishRule.Params(null, null, null));

    private static List<String> matched(GibberishRule rule, String text) {
        return CollectedSpans.of(rule, text).stream().map(sp -> text.substring(sp.start(), sp.end())).toList();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"jfkdlsjfkdls", "sdkjfhsdkjfh", "hjkhjkhjk", "dfgdfgdfg", "lkjlkjlkj",
        "ASDFGHJKL", "sdfsdf sdfsdf", "kjhkjh!!!", "lol sdkjfhsdkjfh"})
    void aCommentOfKeyboardMashIsOneMatch(String text) {
        assertEquals(1, matched(DEFAULTS, text).size(), text);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "Kadhimi met Trump; Hezbollah and Kataib Hezbollah fired rockets near Fallujah.",
        "Muhandis, Soleimani, Salahudin, Peshmerga, Yazidis in Sinjar",
        "Die Soldaten kehren nach Hause zurück, endlich.",
        "Les troupes américaines quittent enfin le pays.",
        "Por fin, las tropas vuelven a casa.",
        "Strengths and rhythms",
        "hahahahaha yeaaahhh woaaah",
        "Finally. About time.",
        "qwertyuiop",
    })
    void wordsNamesAndForeignWordsAreNotMash(String text) {
        assertEquals(List.of(), matched(DEFAULTS, text), text);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "https://www.example.com/sdkjfhsdkjfh", "mail jfkdls@example.com", "#sdkjfhsdkjfh", "@sdkjfhsdkjfh",
        "ref=hjkhjkhjk", "code X7sdkjfhsdkjfh9"
    })
    void linksAddressesHandlesTagsAndCodesAreNotTypedWords(String text) {
        assertEquals(List.of(), matched(DEFAULTS, text), text);
    }

    @Test
    void oneOddWordInASentenceIsATypoOrANameNotMash() {
        assertEquals(List.of(), matched(DEFAULTS, "The general said the troops will leave sdkjfhsdkjfh soon."));
    }

    @Test
    void theMatchRunsFromTheFirstMashWordToTheLast() {
        assertEquals(List.of("sdkjfhsdkjfh jfkdlsjfkdls"), matched(DEFAULTS, "ok sdkjfhsdkjfh jfkdlsjfkdls"));
    }

    @Test
    void disguisedLettersAreReadAsTheLettersTheyStandFor() {
        // Fullwidth letters are still letters typed at random.
        assertEquals(1, matched(DEFAULTS, "ｓｄｋｊｆｈｓｄｋｊｆｈ").size());
    }

    @ParameterizedTest(name = "minLetters={0}, minRareShare={1}, minTextShare={2}: \"{3}\" -> {4}")
    @CsvSource(delimiter = '|', value = {
            "    |     |     | sdkjf                          | false",
            "4   |     |     | sdkjf                          | true",
            "    | 1.0 |     | asdfghjkl                      | false",
            "    |     |     | the troops are home jfkdlsjfkdls | false",
            "    |     | 0.2 | the troops are home jfkdlsjfkdls | true",
    })
    void parametersSetTheLimits(Integer minLetters, Double minRareShare, Double minTextShare, String text,
            boolean expected) {
        GibberishRule rule = new GibberishRule(new GibberishRule.Params(minLetters, minRareShare, minTextShare));
        assertEquals(expected, !matched(rule, text).isEmpty(), text);
    }

    @Test
    void defaultsAreSixLettersSixTenthsRareAndHalfTheText() {
        GibberishRule.Params params = new GibberishRule.Params(null, null, null);
        assertEquals(6, params.minLetters());
        assertEquals(0.6, params.minRareShare());
        assertEquals(0.5, params.minTextShare());
    }

    @ParameterizedTest(name = "minLetters={0}, minRareShare={1}, minTextShare={2}")
    @CsvSource({"3, 0.6, 0.5", "6, 0, 0.5", "6, 1.1, 0.5", "6, 0.6, 0", "6, 0.6, 1.5"})
    void unreasonableParametersAreRefused(int minLetters, double minRareShare, double minTextShare) {
        assertThrows(IllegalArgumentException.class,
                () -> new GibberishRule.Params(minLetters, minRareShare, minTextShare));
    }

    @Test
    void mashIsWeak() {
        // Noise, not harm: it may hold a comment for a look, never reject it alone.
        assertTrue(DEFAULTS.weak());
    }
}
