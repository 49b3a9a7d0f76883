package org.parley.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.filter.CollectedSpans;
import org.parley.filter.Submission;

class LinksRuleTest {

    private static List<String> counted(Integer allowed, String text) {
        LinksRule rule = new LinksRule(new LinksRule.Params(allowed, null, null, null, null));
        return CollectedSpans.of(rule, text).stream().map(sp -> text.substring(sp.start(), sp.end())).toList();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "see http://example.org/page for more       | http://example.org/page",
            "see https://Example.com/a?b=1&c=2#d please | https://Example.com/a?b=1&c=2#d",
            "HTTPS://EXAMPLE.NET                        | HTTPS://EXAMPLE.NET",
            "go to www.example today                    | www.example",
            "go to WWW.Example.de                       | WWW.Example.de",
            "visit example.com now                      | example.com",
            "visit EXAMPLE.COM.                         | EXAMPLE.COM",
            "short: bit.ly/x                            | bit.ly/x",
            "shop at sub.domain.co.uk/path/to?x=1       | sub.domain.co.uk/path/to?x=1",
            "cheap-pills.xyz                            | cheap-pills.xyz",
            "<a href=\"http://spam.ru\">x</a>            | http://spam.ru",
    })
    void linkIsFoundAndItsSpanCoversIt(String text, String link) {
        assertEquals(List.of(link), counted(0, text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "e.g. this.", "i.e. that", "It rose 3.5 percent.", "The U.S. and the U.K. agreed.", "Mr. Smith, Ph.D.",
            "version 1.2.3", "at 10.30 a.m.", "The end. Next sentence.", "Dr.Who fans", "...", "file.txt",
            "A perfectly civil remark without any link at all."})
    void plainTextWithDotsIsNotALink(String text) {
        assertEquals(List.of(), counted(0, text));
    }

    @Test
    void firstLinkIsFreeWhenOneIsAllowed() {
        String text = "Source: https://example.org/report and also see bit.ly/x and www.spam.example";
        assertEquals(List.of("bit.ly/x", "www.spam.example"), counted(1, text));
    }

    @ParameterizedTest(name = "allowed={0}")
    @CsvSource({"0, 3", "1, 2", "2, 1", "3, 0", "10, 0"})
    void eachLinkBeyondTheAllowanceCounts(int allowed, int expectedHits) {
        String text = "a.com b.net c.org";
        assertEquals(expectedHits, counted(allowed, text).size());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "http://example.org/page         | example.org",
            "https://www.Example.com:8443/a  | example.com",
            "http://bank.com@evil.com/login  | evil.com",
            "https://user:secret@evil.com    | evil.com",
            "evil.com?next=http://a@b.com    | evil.com",
    })
    void aLinksHostIsWhatFollowsAnyUserNameAndPrecedesAnyPort(String link, String host) {
        assertEquals(host, LinksRule.host(link));
    }

    @Test
    void missingAllowanceMeansNoLinkIsFree() {
        assertEquals(0, new LinksRule.Params(null, null, null, null, null).allowed());
        assertEquals(List.of("example.com"), counted(null, "example.com"));
    }

    @ParameterizedTest(name = "allowed={0}")
    @ValueSource(ints = {-1, -100, Integer.MIN_VALUE})
    void negativeAllowanceIsRejected(int allowed) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LinksRule.Params(allowed, null, null, null, null));
        assertEquals("allowed links cannot be negative", e.getMessage());
    }

    @Test
    void longHostileInputIsHandledWithoutBacktracking() {
        // RE2/J is linear; a backtracking engine would take ages on a long run of label-dot pairs without a TLD.
        String text = "a.".repeat(50_000) + "!";
        assertEquals(List.of(), counted(0, text));
    }
}
