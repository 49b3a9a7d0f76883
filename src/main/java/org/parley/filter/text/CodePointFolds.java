package org.parley.filter.text;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.parley.filter.Budget;

/**
 * The first pass over a comment: markup, NFKC, format characters, accents, look-alikes and case, in one walk over
 * the original. What each non-ASCII code point folds to is computed once and cached.
 */
final class CodePointFolds {

    private static final char GREEK_FINAL_SIGMA = '\u03C2';
    private static final char GREEK_SIGMA = '\u03C3';
    private static final int FOLD_PAGE_BITS = 8;

    private final Map<Integer, String> lookalikes;
    private final CharClasses classes;
    /**
     * Each code point's fold, computed on first sight, in pages of {@code 1 << FOLD_PAGE_BITS} code points made
     * when first needed: a text uses few pages (a script, an emoji block), and all of them together stay a few
     * megabytes however many distinct characters hostile input brings.
     */
    private final AtomicReferenceArray<AtomicReferenceArray<Fold>> foldPages =
            new AtomicReferenceArray<>((Character.MAX_CODE_POINT >> FOLD_PAGE_BITS) + 1);

    /** With look-alikes checked by {@link NormaliserTables}, and the classes that tell where a tag breaks a word. */
    CodePointFolds(Map<Integer, String> lookalikes, CharClasses classes) {
        this.lookalikes = Map.copyOf(lookalikes);
        this.classes = classes;
    }

    SpannedChars fold(String original, Budget budget) {
        int length = original.length();
        Folding folding = new Folding(length);
        int i = 0;
        while (i < length) {
            budget.tick();
            char c = original.charAt(i);
            if (c == '<') {
                int end = HtmlText.tagEnd(original, i);
                if (end > 0) {
                    folding.tag(i, end, HtmlText.isInlineTag(original, i));
                    i = end;
                    continue;
                }
            } else if (c == '&') {
                int codePoint = HtmlText.characterReference(original, i);
                if (codePoint >= 0) {
                    int end = original.indexOf(';', i) + 1;
                    folding.codePoint(codePoint, i, end);
                    i = end;
                    continue;
                }
            }
            if (c < 0x80) {
                folding.ascii(c, i, i + 1);
                i++;
            } else {
                int codePoint = original.codePointAt(i);
                int end = i + Character.charCount(codePoint);
                folding.codePoint(codePoint, i, end);
                i = end;
            }
        }
        return folding.out;
    }

    /** The folding pass's output, and the tags it has skipped but not yet decided to replace by a space. */
    private final class Folding {

        final SpannedChars out;
        private int tagsStart = -1;
        private int tagsEnd;
        private boolean tagsInline;

        Folding(int capacity) {
            out = new SpannedChars(capacity);
        }

        void tag(int start, int end, boolean inline) {
            if (tagsStart < 0) {
                tagsStart = start;
                tagsInline = inline;
            } else {
                tagsInline &= inline;
            }
            tagsEnd = end;
        }

        void ascii(char c, int start, int end) {
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            separateFromTags(lower);
            out.append(lower, start, end);
        }

        void codePoint(int codePoint, int start, int end) {
            if (codePoint < 0x80) {
                ascii((char) codePoint, start, end);
                return;
            }
            Fold fold = foldOf(codePoint);
            switch (fold.kind()) {
                case UNCHANGED -> {
                    if (Character.isBmpCodePoint(codePoint)) {
                        separateFromTags((char) codePoint);
                        out.append((char) codePoint, start, end);
                    } else {
                        separateFromTags(Character.highSurrogate(codePoint));
                        out.append(Character.highSurrogate(codePoint), start, end);
                        out.append(Character.lowSurrogate(codePoint), start, end);
                    }
                }
                case REPLACED -> {
                    separateFromTags(fold.text().charAt(0));
                    for (int k = 0; k < fold.text().length(); k++) {
                        out.append(fold.text().charAt(k), start, end);
                    }
                }
                case MARK -> {
                    // A mark after a tag is not drawn on the letter before it, and extending that letter's span
                    // over the tag would put it past the span of the space the tag may still become.
                    if (tagsStart < 0 && out.length > 0) {
                        out.extendLast(end);
                    }
                }
                case INVISIBLE -> {
                }
            }
        }

        /**
         * Decides, once the char after a run of tags is known, whether the tags broke a word. An inline run between
         * two word chars did not ("f&lt;b&gt;&lt;/b&gt;uck"); otherwise a space stands for the tags, unless white
         * space already separates the words or the tags open or close the text.
         */
        private void separateFromTags(char next) {
            if (tagsStart < 0) {
                return;
            }
            if (out.length > 0) {
                char previous = out.last();
                boolean insideWord = tagsInline && (classes.of(previous) & CharClasses.WORD_CHAR) != 0
                        && (classes.of(next) & CharClasses.WORD_CHAR) != 0;
                if (!insideWord && !Character.isWhitespace(previous) && !Character.isWhitespace(next)) {
                    out.append(' ', tagsStart, tagsEnd);
                }
            }
            tagsStart = -1;
        }
    }

    private Fold foldOf(int codePoint) {
        int pageIndex = codePoint >> FOLD_PAGE_BITS;
        AtomicReferenceArray<Fold> page = foldPages.get(pageIndex);
        if (page == null) {
            foldPages.compareAndSet(pageIndex, null, new AtomicReferenceArray<>(1 << FOLD_PAGE_BITS));
            page = foldPages.get(pageIndex);
        }
        int slot = codePoint & ((1 << FOLD_PAGE_BITS) - 1);
        Fold fold = page.get(slot);
        if (fold == null) {
            // Threads racing here compute equal folds, so whichever is stored last is as good as the first.
            fold = computeFold(codePoint);
            page.set(slot, fold);
        }
        return fold;
    }

    /**
     * NFKC followed by NFD is NFKD. Inside a text, composition and canonical reordering move only marks, which
     * are dropped; so folding each code point alone gives what folding the whole text would, and can be cached.
     */
    private Fold computeFold(int codePoint) {
        if (isInvisible(codePoint)) {
            return Fold.INVISIBLE;
        }
        if (isMark(codePoint)) {
            return Fold.MARK;
        }
        if (Character.getType(codePoint) == Character.SURROGATE) {
            // A lone surrogate is not text the normaliser can decompose; it stands for itself.
            return Fold.UNCHANGED;
        }
        String alone = Character.toString(codePoint);
        String decomposed = Normalizer.normalize(alone, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isInvisible(c) && !isMark(c)).forEach(c -> {
            String latin = lookalikes.get(c);
            if (latin != null) {
                folded.append(latin);
            } else {
                folded.appendCodePoint(c == GREEK_FINAL_SIGMA ? GREEK_SIGMA : Character.toLowerCase(c));
            }
        });
        if (folded.length() == 0) {
            return Fold.INVISIBLE;
        }
        String text = folded.toString();
        return text.equals(alone) ? Fold.UNCHANGED : new Fold(Fold.Kind.REPLACED, text);
    }

    /** Characters that render as nothing and so can hide inside a word without a reader noticing. */
    static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                // Hangul fillers are letters by category but are drawn as blanks of no width.
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
    }

    /**
     * Accents, zalgo marks, the combining grapheme joiner and variation selectors. Spacing marks (Indic vowel
     * signs) are kept: they are visible letters' parts, not decoration.
     */
    static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /**
     * What one code point becomes before the word-level passes. Most code points stay as they are, and share one
     * {@link #UNCHANGED} fold rather than each holding a copy of itself.
     */
    private record Fold(Kind kind, String text) {

        static final Fold UNCHANGED = new Fold(Kind.UNCHANGED, "");
        static final Fold INVISIBLE = new Fold(Kind.INVISIBLE, "");
        static final Fold MARK = new Fold(Kind.MARK, "");

        enum Kind {
            /** The code point itself. */
            UNCHANGED,
            /** The chars of {@link #text()}, each with the code point's span. */
            REPLACED,
            /** Nothing. */
            INVISIBLE,
            /** Nothing, and the code point's span joins that of the letter the mark was drawn on. */
            MARK
        }
    }
}
