package org.parley.filter.rules;

import org.parley.filter.Field;
import org.parley.filter.Inspection;

/**
 * Text that repeats instead of saying something: one character many times ("!!!!!!!!!!", "aaaaaaaaaa"), one
 * word many times in a row ("buy buy buy buy"), or keyboard mash ("asdfghjkl", "qwertyuiop").
 */
public final class RepetitionRule implements WeakRule {

    /** The rule's data: the longest run of one character and of one word still accepted. */
    public record Params(Integer maxCharRun, Integer maxWordRun, Boolean mash) {
        public Params {
            maxCharRun = maxCharRun == null ? 8 : maxCharRun;
            maxWordRun = maxWordRun == null ? 3 : maxWordRun;
            mash = mash == null || mash;
            if (maxCharRun < 2 || maxWordRun < 1) {
                throw new IllegalArgumentException("maxCharRun must be at least 2 and maxWordRun at least 1");
            }
        }
    }

    private static final String[] KEYBOARD_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"};
    private static final int MASH_LENGTH = 6;

    private final Params params;

    public RepetitionRule(Params params) {
        this.params = params;
    }

    @Override
    public void match(Inspection input, Matches matches) {
        String text = input.original();
        charRuns(text, matches);
        wordRuns(text, matches);
        if (params.mash()) {
            mash(text, matches);
        }
    }

    private void charRuns(String text, Matches matches) {
        int runStart = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) != text.charAt(runStart)) {
                if (i - runStart > params.maxCharRun() && !Character.isWhitespace(text.charAt(runStart))) {
                    matches.add(Field.TEXT, runStart, i);
                }
                runStart = i;
            }
        }
    }

    private void wordRuns(String text, Matches matches) {
        String lower = lowerSameLength(text);
        int i = 0;
        String previous = null;
        int runStart = -1;
        int runEnd = -1;
        int count = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < lower.length() && Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            String word = lower.substring(start, i);
            if (word.equals(previous)) {
                count++;
                runEnd = i;
            } else {
                report(matches, count, runStart, runEnd);
                previous = word;
                count = 1;
                runStart = start;
                runEnd = i;
            }
        }
        report(matches, count, runStart, runEnd);
    }

    private void report(Matches matches, int count, int start, int end) {
        if (count > params.maxWordRun()) {
            matches.add(Field.TEXT, start, end);
        }
    }

    /** Six or more letters in keyboard order along one row, forwards or backwards. */
    private static void mash(String text, Matches matches) {
        String lower = lowerSameLength(text);
        for (String row : KEYBOARD_ROWS) {
            String backwards = new StringBuilder(row).reverse().toString();
            for (int len = row.length(); len >= MASH_LENGTH; len--) {
                boolean found = false;
                for (int k = 0; k + len <= row.length() && !found; k++) {
                    found = addAll(lower, row.substring(k, k + len), matches)
                            | addAll(lower, backwards.substring(k, k + len), matches);
                }
                if (found) {
                    break;
                }
            }
        }
    }

    /** Lower case char by char: String.toLowerCase can change the length ("İ"), and spans index the original. */
    private static String lowerSameLength(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static boolean addAll(String text, String run, Matches matches) {
        boolean any = false;
        for (int at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + run.length())) {
            matches.add(Field.TEXT, at, at + run.length());
            any = true;
        }
        return any;
    }
}
