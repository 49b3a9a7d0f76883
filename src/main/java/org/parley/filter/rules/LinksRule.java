package org.parley.filter.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parley.filter.Field;
import org.parley.filter.Inspection;
import org.parley.filter.Rule;


/**
 * Links in the text or the name. Which links count: any, only those through URL shorteners, or only those to
 * denied domains; links to allowed domains (the site's own) never count. Each counted link past the number
 * allowed is a match.
 */
public final class LinksRule implements Rule {

    /** Which links count. */
    public enum Kind {
        ANY,
        /** Through a URL shortener, which hides where it leads. */
        SHORTENER,
        /** To a domain on the rule's deny list. */
        DENIED
    }

    /** The rule's data. */
    public record Params(Integer allowed, Kind kind, List<String> allow, List<String> deny, Field field) {
        public Params {
            allowed = allowed == null ? 0 : allowed;
            if (allowed < 0) {
                throw new IllegalArgumentException("allowed links cannot be negative");
            }
            kind = kind == null ? Kind.ANY : kind;
            allow = normalise(allow);
            deny = normalise(deny);
            if (kind == Kind.DENIED && deny.isEmpty()) {
                throw new IllegalArgumentException("a rule for denied domains needs a deny list");
            }
            field = field == null ? Field.TEXT : field;
        }

        private static List<String> normalise(List<String> domains) {
            return domains == null ? List.of()
                    : domains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty()).toList();
        }
    }

    private static final Set<String> SHORTENERS = Set.of("bit.ly", "tinyurl.com", "goo.gl", "t.co", "ow.ly",
            "is.gd", "buff.ly", "rebrand.ly", "cutt.ly", "shorturl.at", "tiny.cc", "rb.gy", "t.ly", "bl.ink",
            "lnkd.in", "v.gd", "s.id", "shorte.st", "adf.ly", "bc.vc", "soo.gd", "qr.ae", "x.co", "snip.ly");

    private static final Object[] LINKS_KEYS = Arrays.stream(Field.values()).map(f -> "links in " + f).toArray();

    private final Params params;

    public LinksRule(Params params) {
        this.params = params;
    }

    @Override
    public void match(Inspection input, Matches matches) {
        String text = input.original(params.field());
        // A pack has several link rules (any link, many links, shorteners, denied domains): one search serves all.
        List<int[]> links = input.remember(LINKS_KEYS[params.field().ordinal()],
                () -> LinkFinder.find(halfwidth(text), input.budget()));
        int seen = 0;
        for (int[] link : links) {
            if (!counts(host(text.substring(link[0], link[1])))) {
                continue;
            }
            if (++seen > params.allowed()) {
                matches.add(params.field(), link[0], link[1]);
            }
        }
    }

    private boolean counts(String host) {
        if (matchesAny(host, params.allow())) {
            return false;
        }
        return switch (params.kind()) {
            case ANY -> true;
            case SHORTENER -> SHORTENERS.contains(host);
            case DENIED -> matchesAny(host, params.deny());
        };
    }

    /** A domain covers itself and its subdomains. */
    private static boolean matchesAny(String host, List<String> domains) {
        for (String d : domains) {
            if (host.equals(d) || host.endsWith("." + d)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fullwidth forms ("ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ") as ASCII, one char for one, so spans stay those of the original:
     * a link written that way still leads somewhere.
     */
    static String halfwidth(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char ascii = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3002' ? '.' : c;
            if (ascii != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ascii;
            }
        }
        return chars == null ? text : new String(chars);
    }

    static String host(String link) {
        String s = link.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
        int cut = s.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int at = s.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        s = s.substring(0, cut);
        // "http://bank.com@evil.com" goes to evil.com: what stands before the @ is a user name, not the host.
        s = s.substring(s.lastIndexOf('@') + 1);
        int port = s.indexOf(':');
        if (port >= 0) {
            s = s.substring(0, port);
        }
        return s.startsWith("www.") ? s.substring(4) : s;
    }

}
