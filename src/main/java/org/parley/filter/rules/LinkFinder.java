package org.parley.filter.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.parley.filter.Budget;

/**
 * Finds web addresses in text in one linear pass: "http://" and "https://" links, "www." hosts, and bare
 * domains ending in a common top-level domain ("example.com/page", "bit.ly/x"), but not e-mail addresses, which
 * the contact rule reads ("john.smith@example.com"). Hand-written because it runs
 * on every comment, where a general regex engine costs more than all other rules together.
 */
final class LinkFinder {

    private static final Set<String> TLDS = Set.of("com", "net", "org", "info", "biz", "io", "co", "ly", "me", "tv",
            "ru", "cn", "xyz", "top", "site", "online", "click", "link", "gl", "gd", "us", "uk", "in", "at", "id",
            "ae", "de", "fr", "es", "it", "nl", "pl", "br", "au", "ca", "jp", "kr", "shop", "store", "app", "ws");

    private LinkFinder() {
    }

    /** Spans [start, end) of the links in the text, in order, without trailing punctuation. */
    static List<int[]> find(String text) {
        return find(text, Budget.unlimited());
    }

    /**
     * As {@link #find(String)}, within the evaluation's time. Each round starts past the one before (a candidate
     * never starts before {@code i}), so the rounds together read each char a bounded number of times.
     */
    static List<int[]> find(String text, Budget budget) {
        List<int[]> links = new ArrayList<>(0);
        int n = text.length();
        int i = 0;
        while (i < n) {
            budget.tick();
            int start = linkStart(text, i);
            if (start < 0) {
                break;
            }
            int end = start;
            while (end < n && isUrlChar(text.charAt(end))) {
                end++;
            }
            int at = addressAt(text, start, end);
            if (at >= 0) {
                // The local part of an e-mail address ("john.smith@example.com"); its domain is skipped after '@'.
                i = at + 1;
                continue;
            }
            end = trimTrailing(text, start, end);
            if (end > start && isLink(text, start, end)) {
                links.add(new int[] {start, end});
                i = end;
            } else {
                i = Math.max(end, start + 1);
            }
        }
        return links;
    }

    /** The next place a link could start: a scheme, "www.", or a word followed by a dot and letters. */
    private static int linkStart(String text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' && i > from && i + 2 <= n && isHostChar(text.charAt(i - 1)) && text.charAt(i - 1) != '.'
                    && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                int start = i - 1;
                // Host names have single dots between labels: an ellipsis ends the host.
                while (start > from && isHostChar(text.charAt(start - 1))
                        && !(text.charAt(start - 1) == '.' && start >= 2 && text.charAt(start - 2) == '.')) {
                    start--;
                }
                while (start < i && text.charAt(start) == '.') {
                    start++;
                }
                if (start > 0 && text.charAt(start - 1) == '@') {
                    // The domain of an e-mail address is not a link (the contact rule reads addresses).
                    continue;
                }
                // Include a scheme right before the host ("https://"). Never before {@code from}: a scheme the
                // caller already read and rejected (a look-alike "httр" stops the link's characters at the "р")
                // would otherwise be found again from the same place, for ever.
                if (start - 3 >= from && text.startsWith("://", start - 3)) {
                    int s = start - 3;
                    while (s > from && isAsciiLetter(text.charAt(s - 1))) {
                        s--;
                    }
                    // Without letters before it, or after a letter that no scheme has ("httрs", Cyrillic р),
                    // "://" is no scheme, and the link is the host on.
                    boolean scheme = s < start - 3 && (s == 0 || !Character.isLetter(text.charAt(s - 1)));
                    start = scheme ? s : start;
                }
                return start;
            }
        }
        return -1;
    }

    /**
     * The '@' right after the host-like start of a candidate, or -1: a dotted name before an '@' is the local part
     * of an e-mail address, not a host, and addresses are the contact rule's business. A candidate with a scheme
     * ("http://user@host") has a ':' first and stays a link.
     */
    private static int addressAt(String text, int start, int end) {
        int k = start;
        while (k < end && isHostChar(text.charAt(k))) {
            k++;
        }
        return k < end && text.charAt(k) == '@' ? k : -1;
    }

    private static boolean isLink(String text, int start, int end) {
        String candidate = text.substring(start, end);
        String lower = candidate.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return lower.indexOf('.') > 0;
        }
        if (lower.startsWith("www.") && lower.length() > 5) {
            return true;
        }
        String host = LinksRule.host(lower);
        if (host.contains("..")) {
            return false;
        }
        int dot = host.lastIndexOf('.');
        return dot > 0 && dot < host.length() - 1 && TLDS.contains(host.substring(dot + 1));
    }

    private static boolean isAsciiLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }

    private static boolean isHostChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.');
    }

    private static boolean isUrlChar(char c) {
        return c > ' ' && c != '<' && c != '>' && c != '"' && c < 0x7F;
    }

    private static int trimTrailing(String text, int start, int end) {
        while (end > start + 1 && ".,;:!?)]}'\"".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
