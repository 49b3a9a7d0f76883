package org.parley.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkFinderTest {

    private static List<String> links(String text) {
        return LinkFinder.find(text).stream().map(span -> text.substring(span[0], span[1])).toList();
    }

    /** Expected links written as "a ; b". */
    private static List<String> list(String expected) {
        return Arrays.stream(expected.split(";")).map(String::strip).toList();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "http://example.org                          | http://example.org",
            "https://news.example.com/a/b?c=1&d=2#top    | https://news.example.com/a/b?c=1&d=2#top",
            "HTTPS://EXAMPLE.NET/X                       | HTTPS://EXAMPLE.NET/X",
            "https://example.museum/page                 | https://example.museum/page",
            "www.example.com                             | www.example.com",
            "www.example.museum                          | www.example.museum",
            "example.com                                 | example.com",
            "cheap-pills.xyz/buy                         | cheap-pills.xyz/buy",
            "bit.ly/3xYz                                 | bit.ly/3xYz",
            "shop.example.co.uk/sale                     | shop.example.co.uk/sale",
            "Example.COM                                 | Example.COM",
    })
    void linkIsFoundWhole(String text, String expected) {
        // With a scheme or www. any ending is a link; a bare domain only with a listed top-level domain.
        assertEquals(list(expected), links(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "see example.com.                  | example.com",
            "see example.com, then             | example.com",
            "(example.com)                     | example.com",
            "really? example.com?!             | example.com",
            "\"https://example.org/a\"          | https://example.org/a",
            "<www.example.net>;                | www.example.net",
            "[link: http://example.org/x/]     | http://example.org/x/",
            "go to example.com/page...         | example.com/page",
    })
    void trailingPunctuationIsNotPartOfTheLink(String text, String expected) {
        assertEquals(list(expected), links(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "e.g. this one",
            "i.e. that",
            "The U.S. and the U.K. agreed.",
            "It rose 3.5 percent.",
            "I agree.to be honest",
            "Mr.Smith said so",
            "well...ok",
            "see report.pdf and notes.txt",
            "version 2.0.1",
            "at 10.30 a.m.",
            "end of sentence.Next one",
            "www.",
            "http://",
            ""})
    void ordinaryTextWithDotsHasNoLink(String text) {
        assertEquals(List.of(), links(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "john@example.com",
            "john.smith@example.com",
            "Email me at john.smith@example.com.",
            "j.r.smith@mail.example.co.uk",
            "first.last-name@sub.example.org",
            "www.smith@example.com",
            "(john.smith@example.com)",
            "ｊｏｈｎ．ｓｍｉｔｈ＠ｅｘａｍｐｌｅ．ｃｏｍ"})
    void eMailAddressIsNotALinkWhateverItsLocalPart(String text) {
        // Contact details are the contact rule's business; a dot before the '@' does not make the name a host.
        assertEquals(List.of(), links(LinksRule.halfwidth(text)));
    }

    @Test
    void linkAfterAnEMailAddressIsStillFound() {
        assertEquals(List.of("www.example.org", "example.net/page"),
                links("Mail john.smith@example.com or see www.example.org and example.net/page"));
        assertEquals(List.of("http://example.org/x"), links("john.smith@example.com,http://example.org/x"));
    }

    @Test
    void linkWithUserInfoIsStillALink() {
        assertEquals(List.of("http://john.smith@example.com/x"), links("see http://john.smith@example.com/x"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"I was thinking...in the end no", "yes...it was", "so...me too", "and...co"})
    void ellipsisBeforeAWordIsNotALink(String text) {
        assertEquals(List.of(), links(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "Read this: https://example.org/report, it is good    | https://example.org/report",
            "I found it on www.example.com yesterday              | www.example.com",
            "so cheap at pills.xyz and nowhere else               | pills.xyz",
            "e.g. example.com is a domain                         | example.com",
    })
    void linkInTheMiddleOfTextIsFoundWithItsExactSpan(String text, String expected) {
        List<int[]> spans = LinkFinder.find(text);
        assertEquals(1, spans.size());
        int start = text.indexOf(expected);
        assertEquals(List.of(start, start + expected.length()), List.of(spans.get(0)[0], spans.get(0)[1]));
    }

    @Test
    void severalLinksAreFoundInOrder() {
        String text = "See https://a.example.org/x, www.b.example and c.com; also bit.ly/d. Or not.";
        assertEquals(List.of("https://a.example.org/x", "www.b.example", "c.com", "bit.ly/d"), links(text));
    }

    @Test
    void longTextWithoutLinksIsScannedInOnePass() {
        // Hand-written for speed: a long comment of dotted words must not turn quadratic.
        String text = "word.x ".repeat(20_000) + "example.com";
        assertEquals(List.of("example.com"), links(text));
    }

    /**
     * A scheme with a look-alike letter ("httр", Cyrillic р) ends the link's chars there; the finder then looked
     * for the next link from that letter, found the same scheme before it, and never ended. A hostile comment
     * held a request thread at full CPU for minutes this way.
     */
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "see httр://t.co/abc            | t.co/abc",
            "httрs://bit.ly/x and more      | bit.ly/x",
            "ｈttр://example.com             | example.com",
            "httр://a.com/b httр://c.com    | a.com/b ; c.com",
    })
    void schemeWithALookAlikeLetterEndsAndTheHostIsStillALink(String text, String expected) {
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> links(text),
                "the finder must end: each round starts past the one before");
        assertEquals(list(expected), found);
    }
}
