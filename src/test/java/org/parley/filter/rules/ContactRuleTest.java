package org.parley.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.filter.CollectedSpans;
import org.parley.filter.Field;
import org.parley.filter.Submission;
import org.parley.filter.rules.ContactRule.Kind;

class ContactRuleTest {

    private static List<String> matched(String text, Kind... kinds) {
        ContactRule rule = new ContactRule(new ContactRule.Params(List.of(kinds), null));
        return CollectedSpans.of(rule, text).stream().map(sp -> text.substring(sp.start(), sp.end())).toList();
    }

    /** Expected matches written as "a ; b", or '' for none. */
    private static List<String> list(String expected) {
        return expected == null || expected.isEmpty() ? List.of()
                : Arrays.stream(expected.split(";")).map(String::strip).toList();
    }

    // ---- PHONE --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "0171 234 5678                     | 0171 234 5678",
            "ring 0171 234 5678 today          | 0171 234 5678",
            "+1 212 555 0147                   | +1 212 555 0147",
            "212-555-0147                      | 212-555-0147",
            "call 020.7946.0018!               | 020.7946.0018",
            "whatsapp +447700900123            | +447700900123",
            "0171 234 5678 or 0161 496 0000    | 0171 234 5678 ; 0161 496 0000",
    })
    void phoneNumberIsFound(String text, String expected) {
        assertEquals(list(expected), matched(text, Kind.PHONE));
    }

    @Test
    void internationalNumberWithASixDigitGroupIsCoveredWhole() {
        assertEquals(List.of("+44 7700 900123"), matched("text me on +44 7700 900123", Kind.PHONE));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "(212) 555-0147                    | (212) 555-0147",
            "call (212) 555-0147 now           | (212) 555-0147",
    })
    void northAmericanNumberWithBracketedAreaCodeIsFound(String text, String expected) {
        assertEquals(list(expected), matched(text, Kind.PHONE));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "2020-09-10",
            "on 2020-09-10 at 10.30",
            "3,000 troops",
            "the vote went 5,200 to 3,000",
            "1-2-3",
            "in 1999, 2004 and 2012",
            "scores 12 34 56",
            "12.5.2021",
            "it cost 1.234.567 euros",
    })
    void datesAndFiguresAreNotPhoneNumbers(String text) {
        // News comments quote dates and figures all the time; reading them as phone numbers would flag them.
        assertEquals(List.of(), matched(text, Kind.PHONE));
    }

    // ---- EMAIL --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "bob@example.com                              | bob@example.com",
            "write to Jo.Smith+offers@Mail.Example.co.uk. | Jo.Smith+offers@Mail.Example.co.uk",
            "a@b.io and c_d@e-f.org                       | a@b.io ; c_d@e-f.org",
            "me at bob@localhost                          | ''",
            "@handle.com                                  | ''",
            "user@                                        | ''",
    })
    void emailAddressIsFound(String text, String expected) {
        assertEquals(list(expected), matched(text, Kind.EMAIL));
    }

    // ---- HANDLE -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "@kobyoshi02                       | @kobyoshi02",
            "follow @music_fan for more        | @music_fan",
            "(@insta_deals)                    | @insta_deals",
            "@one and @two_x                   | @one ; @two_x",
            "ask @ab                           | ''",
            "mail bob@example.com              | ''",
            "price@home                        | ''",
    })
    void socialHandleIsFoundButNotTheAtSignOfAnAddress(String text, String expected) {
        assertEquals(list(expected), matched(text, Kind.HANDLE));
    }

    // ---- MONEY --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "earn $500 a day                   | $500",
            "\u20AC20                          | \u20AC20",
            "only \u00A3 1,200.50              | \u00A3 1,200.50",
            "$5k a week                        | $5k",
            "$2 billion                        | $2 billion",
            "100 dollars                       | 100 dollars",
            "earn 5000 USD                     | 5000 USD",
            "50 bucks and 20 euros             | 50 bucks ; 20 euros",
            "page 100 of the report            | ''",
            "usd and dollars are words         | ''",
    })
    void sumOfMoneyIsFound(String text, String expected) {
        assertEquals(list(expected), matched(text, Kind.MONEY));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "earn 5k USD weekly                | 5k USD",
            "2m dollars                        | 2m dollars",
    })
    void sumWithAMultiplierAndACurrencyWordIsFound(String text, String expected) {
        assertEquals(list(expected), matched(text, Kind.MONEY));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "\u00A53 million                   | \u00A53 million",
            "pay $3 million now                | $3 million",
    })
    void sumWithMillionIsCoveredWhole(String text, String expected) {
        assertEquals(list(expected), matched(text, Kind.MONEY));
    }

    // ---- CRYPTO -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq now   | bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
            "0x71C7656EC7ab88b098defB751B7401B5f6d8976F           | 0x71C7656EC7ab88b098defB751B7401B5f6d8976F",
            "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2                   | 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
            "send bitcoin                                         | bitcoin",
            "BTC or USDT only                                     | BTC ; USDT",
            "0x1234                                               | ''",
            "a tidbit coined by bitcoiners                        | ''",
    })
    void cryptoWalletOrCurrencyIsFound(String text, String expected) {
        assertEquals(list(expected), matched(text, Kind.CRYPTO));
    }

    // ---- kinds and fields ---------------------------------------------------------------------------------

    private static final String EVERYTHING = "Call 0171 234 5678, mail bob@example.com, follow @deals_now, "
            + "earn $500 daily in bitcoin";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void onlyTheKindsAskedForAreReported(Kind kind) {
        List<String> expected = switch (kind) {
            case PHONE -> List.of("0171 234 5678");
            case EMAIL -> List.of("bob@example.com");
            case HANDLE -> List.of("@deals_now");
            case MONEY -> List.of("$500");
            case CRYPTO -> List.of("bitcoin");
        };
        assertEquals(expected, matched(EVERYTHING, kind));
    }

    @Test
    void severalKindsReportEachOfTheirMatches() {
        List<String> found = matched(EVERYTHING, Kind.EMAIL, Kind.MONEY);
        assertEquals(2, found.size());
        assertEquals(List.of("$500", "bob@example.com"), found.stream().sorted().toList());
    }

    @Test
    void userNameFieldReadsTheAuthor() {
        ContactRule rule = new ContactRule(new ContactRule.Params(List.of(Kind.EMAIL), Field.AUTHOR));
        String author = "deals@spam.example.com";
        List<CollectedSpans.Span> spans = CollectedSpans.of(rule,
                new Submission("my address is jo@example.org", author, null));
        assertEquals(List.of(new CollectedSpans.Span(Field.AUTHOR, 0, author.length())), spans);
    }

    @Test
    void textFieldIsTheDefault() {
        assertEquals(Field.TEXT, new ContactRule.Params(List.of(Kind.PHONE), null).field());
    }

    @Test
    void nullKindsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ContactRule.Params(null, null));
        assertEquals("name at least one kind: PHONE, EMAIL, HANDLE, MONEY, CRYPTO", e.getMessage());
    }

    @Test
    void emptyKindsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ContactRule.Params(List.of(), null));
        assertEquals("name at least one kind: PHONE, EMAIL, HANDLE, MONEY, CRYPTO", e.getMessage());
    }

    @Test
    void contactRuleIsNotWeak() {
        assertFalse(new ContactRule(new ContactRule.Params(List.of(Kind.PHONE), null)).weak());
    }
}
