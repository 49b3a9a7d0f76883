package org.parley.filter.rules.statement;

import static org.parley.filter.rules.statement.StatementWords.*;

import java.util.List;
import java.util.Set;

import org.parley.filter.Rule;
import org.parley.filter.rules.Word;
import org.parley.filter.rules.statement.StatementRule.Span;
import org.parley.filter.text.TextView;

/**
 * How a sentence's words stand to each other, for {@link StatementRule}: clauses, carriers, adjectives and
 * fillers, names for people. Pure functions of the words, with no lexicon of their own.
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

    /** A span of words as the stretch of the original text they were read from, with its role. */
    static Rule.Part part(String role, TextView view, List<Word> words, Span span) {
        return new Rule.Part(role, view.originalStart(words.get(span.from()).start()),
                view.originalEnd(words.get(span.to() - 1).end()));
    }

    /**
     * "Butchers are disgusting": a word that is a harm ("butchers") or a name for people is the people when a
     * link follows it, as the subject of what the sentence says.
     */
    static boolean isNamedByALink(List<Word> words, int i, int end) {
        return i + 1 < end && LINKS.contains(words.get(i + 1).text()) && (i == 0
                || words.get(i - 1).sentence() != words.get(i).sentence() || DETERMINERS.contains(words.get(i - 1)
                        .text()) || isModifier(words.get(i - 1).text()));
    }
}
