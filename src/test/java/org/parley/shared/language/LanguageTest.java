package org.parley.shared.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** How a browser's languages and the switch's way back are read, without a server. */
class LanguageTest {

    @Test
    void chineseInAnyVariantGetsTheSimplifiedChineseParleyHas() {
        assertEquals(Language.CHINESE, Language.fromAcceptLanguage("zh-CN"));
        assertEquals(Language.CHINESE, Language.fromAcceptLanguage("zh"));
        assertEquals(Language.CHINESE, Language.fromAcceptLanguage("zh-TW,zh;q=0.9"));
        assertEquals(Language.CHINESE, Language.fromAcceptLanguage("ZH-hans-CN"));
    }

    @Test
    void theHighestWeightAmongTheLanguagesParleySpeaksWins() {
        assertEquals(Language.ENGLISH, Language.fromAcceptLanguage("en-GB,en;q=0.9,zh-CN;q=0.8"));
        assertEquals(Language.CHINESE, Language.fromAcceptLanguage("en;q=0.5, zh-CN;q=0.9"));
        assertEquals(Language.CHINESE, Language.fromAcceptLanguage("fr-FR,fr;q=0.9,zh;q=0.4,en;q=0.3"));
    }

    @Test
    void languagesParleyDoesNotSpeakOrMalformedHeadersLeaveTheChoiceToTheSite() {
        assertNull(Language.fromAcceptLanguage(null));
        assertNull(Language.fromAcceptLanguage(""));
        assertNull(Language.fromAcceptLanguage("fr-FR,de;q=0.8"));
        assertNull(Language.fromAcceptLanguage("*"));
        assertNull(Language.fromAcceptLanguage("en;q=0"));
        assertNull(Language.fromAcceptLanguage("en;q=banana,;;,,zh;q=2"));
        assertEquals(Language.ENGLISH, Language.fromAcceptLanguage("en," + "x".repeat(10_000)));
        assertNull(Language.fromAcceptLanguage("x".repeat(10_000) + ",en"), "only the start of a huge header is read");
    }

    @Test
    void theSwitchGoesBackToThePathOfThePageItWasOnAndNowhereElse() {
        assertEquals("/articles/a?page=2", LanguageResource.back("http://localhost:8080/articles/a?page=2#comments"));
        assertEquals("/forum", LanguageResource.back("https://news.example/forum"));
        assertEquals("/", LanguageResource.back(null));
        assertEquals("/", LanguageResource.back("not a url at all \\ %%"));
        assertEquals("/", LanguageResource.back("https://evil.example//evil.example/x"));
        assertEquals("/", LanguageResource.back("http://localhost:8080/language/en"));
    }
}
