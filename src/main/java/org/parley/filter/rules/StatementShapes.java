package org.parley.filter.rules;

import static org.parley.filter.rules.StatementWords.*;

import java.util.List;
import java.util.Set;

import org.parley.filter.rules.StatementRule.Kind;
import org.parley.filter.rules.StatementRule.Span;
import org.parley.filter.text.TextView;

/**
 * How a sentence's words stand to each other, for {@link StatementRule}: clauses, carriers, adjectives and
 * fillers, names for people, and the statements a group's place makes without a predicate word (food it has
 * touched, a fate worse than death, a place full of a name, a ranking below the despised). Pure functions of the
 * words, with no lexicon of their own.
 */
final class StatementShapes {

    private StatementShapes() {
    }

    static int firstThirdPerson(List<Word> words, List<Integer> carriers) {
        for (int i : carriers) {
            if (!SECOND_PERSON.contains(words.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a text has a word that may carry the article's people: "they", "them", "these people". */
    static boolean mayMeanThem(String text) {
        for (String carrier : ARTICLE_CARRIERS) {
            int at = text.indexOf(carrier);
            while (at >= 0) {
                int end = at + carrier.length();
                if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                    return true;
                }
                at = text.indexOf(carrier, end);
            }
        }
        return false;
    }

    /**
     * Whether a comment names people of its own before it says "they": "The militias are dangerous, they ...".
     * Any plural noun before the pronoun may be what it stands for.
     */
    static boolean namesOtherPeopleBefore(List<Word> words, int carrier) {
        for (int i = 0; i < carrier; i++) {
            String w = words.get(i).text();
            if (namesPeople(w) || w.length() > 3 && w.endsWith("s") && !NOT_PLURALS.contains(w)
                    && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where an insult said as a name of address starts, or -1: a clause that is the name alone, with a word or two
     * that qualify it ("Dumbass.", "Nobody asked you, dipshit.", "..., stupid loser, ..."), or "you" and a word or
     * two before it at the clause's end ("you warmongering prick"). Names that things are called too ("Cancer.")
     * are no address.
     */
    static int vocativeStart(List<Word> words, Span name) {
        int clause = words.get(name.from()).clause();
        // A name, not a deed or a quality made of it: "Diplomatic trolling", "retarded", "Jokes".
        String last = words.get(name.to() - 1).text();
        String singular = last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
        if (name.to() < words.size() && words.get(name.to()).clause() == clause || words.get(name.from()).quoted()
                || METAPHORS.contains(last) || METAPHORS.contains(singular) || EXCLAMATIONS.contains(last)
                || last.endsWith("ing") || last.endsWith("ed")) {
            return -1;
        }
        int start = name.from();
        while (start > 0 && words.get(start - 1).clause() == clause) {
            start--;
        }
        if (name.from() - start > 3) {
            return -1;
        }
        boolean you = SECOND_PERSON.contains(words.get(start).text()) && !words.get(start).text().startsWith("your");
        for (int i = you ? start + 1 : start; i < name.from(); i++) {
            String w = words.get(i).text();
            if (!you && !isAdjective(w) && !QUALIFIERS.contains(w) && !isFiller(w) || LINKS.contains(w)
                    || AUXILIARIES.contains(w) || PREPOSITIONS.contains(w) || DETERMINERS.contains(w)) {
                return -1;
            }
        }
        return start;
    }

    /**
     * Whether the name ends at {@code next}: the clause ends or a word that is no noun follows ("a muzzie like
     * you", "too many cripples in", "another yid counting his money"), so the slur is the person, not a word
     * describing a thing ("another jihadi attack").
     */
    static boolean endsAName(List<Word> words, int next, int sentenceEnd) {
        if (next >= sentenceEnd || words.get(next).clause() != words.get(next - 1).clause()) {
            return true;
        }
        String w = words.get(next).text();
        return PREPOSITIONS.contains(w) || LINKS.contains(w) || AUXILIARIES.contains(w) || SLUR_MARKS.contains(w)
                || NAME_ENDS.contains(w) || w.length() > 5 && w.endsWith("ing");
    }

    /**
     * "food that has been touched by a Kurd", "anything a Roma has touched", refused ("I would never eat"): the
     * group as a contamination. The words of the touching, or null.
     */
    static Span touchedBy(List<Word> words, Span group, int sentenceStart, int sentenceEnd) {
        int touch = -1;
        int before = group.from() - 1;
        while (before > sentenceStart && DETERMINERS.contains(words.get(before).text())) {
            before--;
        }
        if (before > sentenceStart && words.get(before).text().equals("by")) {
            for (int i = before - 1; i >= Math.max(sentenceStart, before - 3) && touch < 0; i--) {
                touch = TOUCHES.contains(words.get(i).text()) ? i : -1;
            }
        }
        for (int i = group.to(); touch < 0 && i < Math.min(sentenceEnd, group.to() + 3); i++) {
            String w = words.get(i).text();
            if (TOUCHES.contains(w)) {
                touch = i;
            } else if (!AUXILIARIES.contains(w) && !LINKS.contains(w) && !w.equals("has") && !w.equals("had")
                    && !w.equals("have") && !w.equals("ever")) {
                break;
            }
        }
        if (touch < 0) {
            return null;
        }
        // Refused: "never eat", "wouldn't drink", "don't touch".
        for (int i = sentenceStart; i + 1 < sentenceEnd; i++) {
            String w = words.get(i).text();
            if ((w.equals("never") || w.equals("not") || NT.contains(w)) && REFUSED_USES.contains(words.get(i + 1)
                    .text())) {
                return new Span(Math.min(i, touch), Math.max(i + 2, touch + 1), Kind.DOES);
            }
        }
        return null;
    }

    /**
     * "If I woke up as a Kurd, I would kill myself", "I'd rather be dead than be a Roma": being one of the group
     * as a fate worse than death. The words of the death, or null.
     */
    static Span ratherDeadThanOne(List<Word> words, Span group, int sentenceStart, int sentenceEnd) {
        boolean becoming = false;
        for (int i = Math.max(sentenceStart, group.from() - 6); i < group.from() && !becoming; i++) {
            becoming = words.get(i).text().equals("if") && i + 2 < group.from()
                    && FIRST_PERSON.contains(words.get(i + 1).text()) && BECOMING.contains(words.get(i + 2).text());
        }
        if (!becoming) {
            return null;
        }
        for (int i = group.to(); i + 1 < Math.min(sentenceEnd, group.to() + 8); i++) {
            if (SELF_HARMS.contains(words.get(i).text()) && (words.get(i + 1).text().equals("myself")
                    || words.get(i + 1).text().equals("it"))) {
                return new Span(i, i + 2, Kind.HARMS);
            }
        }
        return null;
    }

    static boolean capitalised(List<Word> words, int i, String original, TextView view) {
        int at = view.originalStart(words.get(i).start());
        return at < original.length() && Character.isUpperCase(original.codePointAt(at));
    }

    /** "the Yankees", "Rangers": a capital inside a sentence names a team or a band, not people at large. */
    static boolean properNoun(List<Word> words, int i, String original, TextView view) {
        return capitalised(words, i, original, view) && i > 0 && words.get(i - 1).sentence() == words.get(i).sentence();
    }

    /** "waiters", "lobbyists", "consultants", "firemen": a noun that names people by its ending. */
    static boolean namesPeople(String w) {
        if (w.length() < 5 || NOT_PEOPLE.contains(w)) {
            return false;
        }
        for (String ending : PEOPLE_ENDINGS) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The whole region is full of inbred savages", "this town is overrun with rats": a place said to be full of
     * a name is a name for the people who live there.
     */
    static boolean fullOf(List<Word> words, Span place, Span name) {
        int at = name.from();
        while (at > place.to() && isAdjective(words.get(at - 1).text())) {
            at--;
        }
        if (at - place.to() < 2 || at - place.to() > 4 || !FULL_OF.contains(words.get(at - 2).text())
                || !(words.get(at - 1).text().equals("of") || words.get(at - 1).text().equals("with"))
                || words.get(place.from()).clause() != words.get(name.from()).clause()) {
            return false;
        }
        return LINKS.contains(words.get(place.to()).text()) || "overrun".equals(words.get(at - 2).text());
    }

    /** "if they weren't such scumbags", "if only they were not so lazy": a negation that says they are. */
    static boolean counterfactual(List<Word> words, Span group, Span predicate) {
        if (predicate.from() < group.to() || group.from() == 0) {
            return false;
        }
        String before = words.get(group.from() - 1).text();
        if (!before.equals("if") && !(before.equals("only") && group.from() > 1
                && words.get(group.from() - 2).text().equals("if"))) {
            return false;
        }
        for (int i = group.to(); i < predicate.from(); i++) {
            String w = words.get(i).text();
            if (w.equals("werent") || w.equals("wasnt") || w.equals("were") && i + 1 < predicate.from()
                    && words.get(i + 1).text().equals("not")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the feeling goes straight to the group ("hate all these Kurds", "sick of being around Roma"), not to
     * a situation ("hate when Kurds play loud music") or to something else beside them ("hate our schools and
     * teachers").
     */
    static boolean aimsAt(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = words.get(i).text();
            if (i == to - 1 && i > from - 1 && isModifier(w)) {
                // "construction workers", "traffic wardens": a noun before the group's noun is part of it.
                continue;
            }
            if (!(isFiller(w) && !w.equals("and") && !w.equals("or") || QUANTIFIERS.contains(w)
                    || DEMONSTRATIVES.contains(w) || SECOND_PERSON.contains(w) || QUALIFIERS.contains(w)
                    || isAdjective(w) || w.equals("being") || w.equals("around") || w.equals("with")
                    || w.equals("single") || w.equals("last")
                    || w.equals("for") || w.equals("towards"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "hatred for", "contempt for": a feeling named as a noun is the speaker's only when the speaker has it ("I
     * feel nothing but contempt for"), not "your obvious contempt for women" or "the open hatred for women".
     */
    static boolean speakerFeels(List<Word> words, Span predicate) {
        String last = words.get(predicate.to() - 1).text();
        if (!last.equals("for") && !last.equals("towards")) {
            return true;
        }
        // "the hatred I have for": the speaker may be inside the phrase, and then it is theirs whoever "the" is.
        if (anyOf(words, predicate.from(), predicate.to(), FIRST_PERSON)) {
            return true;
        }
        for (int i = clauseStart(words, predicate.from()); i < predicate.to(); i++) {
            String w = words.get(i).text();
            if (OTHERS_FEELINGS.contains(w)) {
                return false;
            }
            if (FIRST_PERSON.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean anyOf(List<Word> words, int from, int to, Set<String> set) {
        for (int i = from; i < to; i++) {
            if (set.contains(words.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    static boolean isModifier(String w) {
        return w.length() > 2 && !PREPOSITIONS.contains(w) && !CONJUNCTIONS.contains(w) && !LINKS.contains(w)
                && !AUXILIARIES.contains(w) && !w.endsWith("ing") && !w.endsWith("ed") && !NT.contains(w);
    }

    /** "Football fans at the match are", "tattoos on women": a group after a preposition is not the subject. */
    static boolean afterPreposition(List<Word> words, Span group) {
        if (group.from() == 0 || !PREPOSITIONS.contains(words.get(group.from() - 1).text())
                || words.get(group.from() - 1).clause() != words.get(group.from()).clause()) {
            return false;
        }
        // "most of these Kurds are", "typical of Roma to be": the quantity or the trait keeps them the subject;
        // "in women's nature", "in their blood": what they are made of is still them.
        if (TRAITS.contains(words.get(group.to() - 1).text()) || words.get(group.to() - 1).text().equals("blood")) {
            return false;
        }
        String before = group.from() > 1 ? words.get(group.from() - 2).text() : "";
        return !(before.equals("like") || "of".equals(words.get(group.from() - 1).text())
                && (QUANTIFIERS.contains(before) || TRAITS.contains(before) || PRONOUN_NOUNS.contains(before)));
    }

    static boolean isFiller(String w) {
        return FILLERS.contains(w) || w.length() > 4 && w.endsWith("ly");
    }

    /** An adjective by its ending: "filthy", "worthless", "pathetic", "disgusting", "inferior". */
    static boolean isAdjective(String word) {
        for (String ending : ADJECTIVE_ENDINGS) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    static boolean calledForAfter(List<Word> words, int from) {
        for (int i = from; i < words.size() && words.get(i).clause() == words.get(from - 1).clause(); i++) {
            if (MODALS.contains(words.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    static int clauseStart(List<Word> words, int at) {
        int start = at;
        while (start > 0 && words.get(start - 1).clause() == words.get(at).clause()) {
            start--;
        }
        return start;
    }

    /** The harm a few words before a group's body part ("cut their Kurdish throats"), as a predicate, or null. */
    static Span bodyHarm(List<Word> words, Span group) {
        for (int i = group.from() - 1; i >= Math.max(0, group.from() - 3); i--) {
            if (words.get(i).clause() != words.get(group.from()).clause()) {
                return null;
            }
            if (BODY_HARMS.contains(words.get(i).text())) {
                return new Span(i, i + 1, Kind.HARMS);
            }
            if (!DEMONSTRATIVES.contains(words.get(i).text()) && !DETERMINERS.contains(words.get(i).text())) {
                return null;
            }
        }
        return null;
    }

    /**
     * Something despised ranked above the group, or the group put level with it: "my dog is smarter than any
     * Kurd", "I care more about the dirt under my shoe than about Roma", "I'd rather die than date a Kurd", "no
     * difference between a dead rat and a dead Kurd". Not what the despised thing is given ("dogs get better care
     * than refugees" pleads for them), nor a comparison the other way ("Kurds are treated worse than animals").
     */
    static boolean ranksBelow(List<Word> words, Span group, Span low) {
        if (low.kind() == Kind.LABELS && group.to() <= low.from() && low.from() - group.to() <= 4) {
            // "no difference between a Gypsy and a stray mongrel".
            return levelled(words, group, low);
        }
        if (low.to() > group.from() || group.from() - low.to() > 10) {
            return false;
        }
        String lowWord = words.get(low.to() - 1).text();
        if (low.kind() == Kind.HARMS && !lowWord.equals("die") && !lowWord.equals("dead")) {
            return false;
        }
        int than = -1;
        int and = -1;
        for (int i = low.to(); i < group.from(); i++) {
            String w = words.get(i).text();
            if (w.equals("than") && than < 0) {
                than = i;
            } else if (w.equals("and") && and < 0) {
                and = i;
            } else if (GIVEN.contains(w)) {
                return false;
            }
        }
        int clauseStart = clauseStart(words, low.from());
        if (than >= 0) {
            if (group.from() - than > 6 || anyOf(words, than, group.from(), STANDS_BY) || group.to() < words.size()
                    && words.get(group.to()).clause() == words.get(group.from()).clause()
                    && THINKING.contains(words.get(group.to()).text())) {
                return false;
            }
            boolean above = false;
            for (int i = Math.max(clauseStart, low.from() - 6); i < than; i++) {
                String w = words.get(i).text();
                if (GIVEN.contains(w) || TREATS.contains(w) || BELOW.contains(w)) {
                    return false;
                }
                above |= ABOVE.contains(w) || w.length() > 4 && w.endsWith("er") && !NOT_COMPARATIVES.contains(w);
            }
            // Only a wish for death ranks the group lower than dying: "I'd rather die than date one".
            return above && (low.kind() != Kind.HARMS || anyOf(words, Math.max(clauseStart, low.from() - 2),
                    low.from(), Set.of("rather", "sooner")));
        }
        // "I don't see any difference between a dead rat and a dead Kurd".
        return low.kind() == Kind.LABELS && levelled(words, low, group);
    }

    /** "no difference between {@code first} and {@code second}": a denied difference puts the two level. */
    static boolean levelled(List<Word> words, Span first, Span second) {
        int clauseStart = clauseStart(words, first.from());
        int and = -1;
        for (int i = first.to(); i < second.from(); i++) {
            if (words.get(i).text().equals("and")) {
                and = i;
            }
        }
        if (and < 0 || second.from() - and > 3) {
            return false;
        }
        for (int i = first.from() - 1; i >= Math.max(clauseStart, first.from() - 4); i--) {
            if (words.get(i).text().equals("between")) {
                for (int k = Math.max(clauseStart, i - 5); k < i; k++) {
                    String w = words.get(k).text();
                    if (w.equals("no") || w.equals("not") || NT.contains(w) || w.equals("same")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** A statement in quotation marks is someone else's, quoted to be answered. */
    static boolean quoted(List<Word> words, Span group, Span predicate) {
        return words.get(predicate.from()).quoted() || words.get(group.from()).quoted();
    }

    /** "they", "them", "these people", "their kind", "you": a group named in the comment, carried on. */
    static boolean isCarrier(List<Word> words, int i, int end) {
        String w = words.get(i).text();
        if (PRONOUNS.contains(w)) {
            return true;
        }
        return DEMONSTRATIVES.contains(w) && i + 1 < end && PRONOUN_NOUNS.contains(words.get(i + 1).text());
    }

    /** "You're just Kurds", "you are all Roma": the comment says the reader is one of the group. */
    static boolean identifiesYou(List<Word> words, Span group) {
        for (int i = Math.max(0, group.from() - 4); i < group.from(); i++) {
            String w = words.get(i).text();
            if (w.equals("youre") || w.equals("you") && i + 1 < group.from()
                    && LINKS.contains(words.get(i + 1).text())) {
                return true;
            }
        }
        return false;
    }

    static int carrierEnd(List<Word> words, int i) {
        return i + 1 < words.size() && PRONOUN_NOUNS.contains(words.get(i + 1).text())
                && words.get(i + 1).clause() == words.get(i).clause() ? i + 2 : i + 1;
    }
}
