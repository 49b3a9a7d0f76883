package org.parley.filter.rules;

import java.util.List;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.parley.filter.Inspection;
import org.parley.filter.Rule;

/**
 * Words and phrases, found in one pass with Aho-Corasick however long the list is. Word boundaries are checked
 * here on Unicode letters and digits, because the library's own check knows only ASCII-like alphabetics.
 */
public final class TermsRule implements Rule {

    /** Where a term may stand inside the text's words. */
    public enum Match {
        /** The term is a whole word or phrase ("ass" does not match "class"). */
        WORD,
        /** The term starts a word ("idiot" matches "idiots", "idiotic"). */
        PREFIX,
        /** Anywhere, also inside words. */
        SUBSTRING
    }

    /** The rule's data: the terms and how they must stand. */
    public record Params(List<String> terms, Match match) {
        public Params {
            if (terms == null || terms.stream().allMatch(t -> t == null || t.isBlank())) {
                throw new IllegalArgumentException("a term list needs at least one term");
            }
            match = match == null ? Match.WORD : match;
        }
    }

    private final Trie trie;
    private final Match match;

    public TermsRule(Params params) {
        this.match = params.match();
        this.trie = Trie.builder()
                .addKeywords(params.terms().stream()
                        .filter(t -> t != null && !t.isBlank())
                        .map(t -> Inspection.fold(t.strip()))
                        .distinct()
                        .toList())
                .build();
    }

    @Override
    public void match(Inspection input, Matches matches) {
        String text = input.folded();
        for (Emit emit : trie.parseText(text)) {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            if (stands(text, start, end)) {
                matches.add(start, end);
            }
        }
    }

    private boolean stands(String text, int start, int end) {
        return switch (match) {
            case SUBSTRING -> true;
            case PREFIX -> !isWordChar(text, start - 1);
            case WORD -> !isWordChar(text, start - 1) && !isWordChar(text, end);
        };
    }

    private static boolean isWordChar(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c) && Character.isLetter(text.codePointAt(
                Character.isLowSurrogate(c) && index > 0 ? index - 1 : index));
    }
}
