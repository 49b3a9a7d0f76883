package org.parley.filter.rules;

import org.parley.filter.Inspection;
import org.parley.filter.Rule;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Links in the text: each link past the number allowed is a match. Readers rarely need links to discuss an
 * article, spammers always do.
 */
public final class LinksRule implements Rule {

    /** The rule's data: how many links a comment may carry before each further one counts. */
    public record Params(Integer allowed) {
        public Params {
            allowed = allowed == null ? 0 : allowed;
            if (allowed < 0) {
                throw new IllegalArgumentException("allowed links cannot be negative");
            }
        }
    }

    // Schemes, www. hosts, and bare domains with a common TLD; RE2/J keeps this linear on hostile input.
    private static final Pattern LINK = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s<>\"]+"
                    + "|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|info|biz|io|co|ly|me|tv|ru|cn|xyz|top|site"
                    + "|online|click|link|gl|gd|us|uk)\\b(?:/[^\\s<>\"]*)?");

    private final int allowed;

    public LinksRule(Params params) {
        this.allowed = params.allowed();
    }

    @Override
    public void match(Inspection input, Matches matches) {
        Matcher m = LINK.matcher(input.original());
        int seen = 0;
        String text = input.original();
        while (m.find()) {
            if (++seen > allowed) {
                matches.add(m.start(), withoutTrailingPunctuation(text, m.start(), m.end()));
            }
        }
    }

    /** A sentence that ends in a link ends with a full stop that is not part of the address. */
    private static int withoutTrailingPunctuation(String text, int start, int end) {
        while (end > start + 1 && ".,;:!?)]}'\"".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
