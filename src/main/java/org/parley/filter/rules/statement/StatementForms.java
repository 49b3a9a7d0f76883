package org.parley.filter.rules.statement;

import static org.parley.filter.rules.statement.ImpliedStatements.*;
import static org.parley.filter.rules.statement.StatementShapes.*;
import static org.parley.filter.rules.statement.StatementWords.*;

import java.util.List;

import org.parley.filter.rules.Word;
import org.parley.filter.rules.statement.StatementRule.Kind;
import org.parley.filter.rules.statement.StatementRule.Span;

/**
 * Whether a predicate says something of a group in the form its kind takes, for {@link StatementRule}: what
 * the group is said to be ("are filthy", "Kurdish vermin"), feels or causes, the harm called for on it, the good
 * denied it, what it is said to do; then whether a negation turns that round.
 */
final class StatementForms {

    private final Lexicon predicates;
    private final Negations negation;

    StatementForms(Lexicon predicates, Negations negation) {
        this.predicates = predicates;
        this.negation = negation;
    }

    /** Whether the predicate says something hateful of the group, in its kind's form, within one clause. */
    boolean states(List<Word> words, Span group, Span predicate) {
        if (group.place() && predicate.kind() != Kind.HARMS) {
            return (predicate.kind() == Kind.LABELS || predicate.kind() == Kind.DESCRIBES)
                    && (endsAName(words, predicate.to(), words.size()) || predicate.to() < words.size()
                            && GROUP_NOUNS.contains(words.get(predicate.to()).text()))
                    && fullOf(words, group, predicate);
        }
        if (group.named() && (predicate.kind() != Kind.LABELS || predicate.from() < group.to()
                || METAPHORS.contains(words.get(predicate.to() - 1).text()))) {
            return false;
        }
        if (predicate.kind() == Kind.HARMS && predicate.from() < group.from() && group.to() <= predicate.to()) {
            // "run them over": the group stands inside the harm.
            group = new Span(predicate.to(), predicate.to(), null);
            return !quoted(words, predicate, predicate) && harms(words, group, predicate)
                    && !negation.before(words, predicate.from(), 3);
        }
        if (words.get(group.from()).clause() != words.get(predicate.from()).clause()
                || group.from() < predicate.to() && predicate.from() < group.to() || quoted(words, group, predicate)) {
            return false;
        }
        boolean form = switch (predicate.kind()) {
            case DESCRIBES -> describes(words, group, predicate, false);
            case LABELS -> describes(words, group, predicate, true) || apposition(words, group, predicate)
                    || ranksBelow(words, group, predicate);
            case DISLIKES -> predicate.to() <= group.from() && group.from() - predicate.to() <= 4
                    && aimsAt(words, predicate.to(), group.from()) && speakerFeels(words, predicate);
            case ANGERS -> group.to() <= predicate.from() && predicate.from() - group.to() <= REACH;
            case HARMS -> harms(words, group, predicate) || ranksBelow(words, group, predicate);
            case DENIES -> denies(words, group, predicate);
            case WITHHOLDS -> predicate.to() <= group.from() && group.from() - predicate.to() <= REACH;
            case DOES -> does(words, group, predicate);
        };
        if (!form) {
            return false;
        }
        // A denied good quality is the hateful one ("never any good"); a denied insult or threat is not, unless
        // the denial is a wish that things were otherwise: "I'd be okay with them if they weren't such scumbags".
        boolean negated = negation.of(words, group, predicate) && !counterfactual(words, group, predicate);
        return negated == (predicate.kind() == Kind.DENIES || predicate.kind() == Kind.WITHHOLDS);
    }

    boolean describes(List<Word> words, Span group, Span predicate, boolean label) {
        if (predicate.to() <= group.from()) {
            // "filthy Kurds": an adjective right before the group (a noun there belongs to something else:
            // "a trash bag, black"); "what a clueless fool you are".
            if (group.from() - predicate.to() <= 1 && predicate.to() - predicate.from() == 1 && !label
                    && isAdjective(words.get(predicate.from()).text())) {
                return true;
            }
            return group.from() - predicate.to() <= 1 && group.to() < words.size()
                    && LINKS.contains(words.get(group.to()).text())
                    && (group.to() + 1 == words.size() || words.get(group.to() + 1).clause() != words.get(group.to())
                            .clause());
        }
        if (predicate.from() - group.to() > REACH || afterPreposition(words, group)) {
            return false;
        }
        int link = -1;
        for (int i = Math.max(0, group.from() - 2); i < predicate.from(); i++) {
            if (i >= group.from() && i < group.to()) {
                continue;
            }
            if (LINKS.contains(words.get(i).text())) {
                link = i;
            }
        }
        if (group.from() > 0 && TREATS.contains(words.get(group.from() - 1).text())
                || anyOf(words, group.to(), predicate.from(), TREATS)) {
            // "treats Kurds like garbage" says how someone else sees them.
            return false;
        }
        if (link < 0 && LINKS.contains(words.get(group.to() - 1).text())) {
            // "they're", "you're": the link is in the pronoun.
            link = group.to() - 1;
        }
        if (link < 0) {
            return false;
        }
        // "Kurds say the budget is a mistake": the link belongs to what they say, not to them.
        if (anyOf(words, group.to(), link, SPEECH_VERBS) || anyOf(words, group.to(), link, BELIEF_VERBS)) {
            return false;
        }
        // The predicate is what the link says the group is: "are (all just) vermin", not "are helping to fight a
        // disease"; and it is no modifier of a noun after it ("animal lovers").
        for (int i = Math.max(link, group.to() - 1) + 1; i < predicate.from(); i++) {
            Lexicon.Found skip = negation.falseAt(words, i, predicate.from());
            if (skip != null) {
                i += skip.length() - 1;
                continue;
            }
            String w = words.get(i).text();
            // An adjective may qualify the name ("smug idiots"), a participle makes it a deed ("are studying
            // parasites").
            // A masked word there is a swear word ("a f*cking imbecile").
            if (!isFiller(w) && !(isAdjective(w) && !w.endsWith("ing")) && !QUALIFIERS.contains(w)
                    && !SUPERLATIVES.contains(w) && w.indexOf('*') < 0
                    && predicates.longestAt(words, i, predicate.from()) == null
                    && negation.at(words, i, predicate.from()) == null && !NT.contains(w)) {
                return false;
            }
        }
        // "horrible at acting" judges a skill, not the person.
        return !modifiesANoun(words, predicate) && !(predicate.to() < words.size()
                && "at".equals(words.get(predicate.to()).text()));
    }

    /** "Kurdish vermin", "you sad little troll", "these Roma rats": a name put right after the group. */
    boolean apposition(List<Word> words, Span group, Span predicate) {
        if (predicate.from() < group.to() || predicate.from() - group.to() > 3 || modifiesANoun(words, predicate)) {
            return false;
        }
        // Only words that qualify the name may stand between: "you sad little troll", not "scientists are
        // studying parasites" or "turned him into an ape"; and "they" is never named so ("they really trash").
        if (THIRD_PERSON.contains(words.get(group.from()).text())) {
            return false;
        }
        for (int i = group.to(); i < predicate.from(); i++) {
            String w = words.get(i).text();
            if (LINKS.contains(w) || AUXILIARIES.contains(w) && !isFiller(w) || PREPOSITIONS.contains(w)
                    || w.endsWith("ing") || w.equals("and") || w.equals("or")) {
                return false;
            }
            // "Kurds interviewed a thug": a past tense with an object after it is a deed, where "you retarded
            // idiot" qualifies the name.
            if (w.endsWith("ed") && i + 1 < predicate.from() && DETERMINERS.contains(words.get(i + 1).text())) {
                return false;
            }
            if (!isFiller(w) && !isAdjective(w) && !QUALIFIERS.contains(w)
                    && predicates.longestAt(words, i, predicate.from()) == null) {
                return false;
            }
        }
        return true;
    }

    boolean modifiesANoun(List<Word> words, Span predicate) {
        if (predicate.to() >= words.size() || words.get(predicate.to()).clause() != words.get(predicate.from())
                .clause()) {
            return false;
        }
        String next = words.get(predicate.to()).text();
        if (next.endsWith("ing") && next.length() > 5) {
            // "leeches bleeding this country dry", "a disease spreading through our towns".
            return false;
        }
        return !(FOLLOWERS.contains(next) || PREPOSITIONS.contains(next) || GROUP_NOUNS.contains(next)
                || PEOPLE.contains(next) || next.endsWith("ly") || predicates.longestAt(words, predicate.to(),
                        words.size()) != null || negation.at(words, predicate.to(), words.size()) != null
                || negation.falseAt(words, predicate.to(), words.size()) != null);
    }

    boolean harms(List<Word> words, Span group, Span predicate) {
        if (predicate.to() <= group.from()) {
            // "deport every Afghan", "we should burn them out": a call, before the group.
            if (group.from() - predicate.to() > 4) {
                return false;
            }
            for (int i = predicate.to(); i < group.from(); i++) {
                // "shoot it all in black and white": the group word is where the harm goes, not whom.
                String w = words.get(i).text();
                // "kill all of them" aims at them; "kicked out of the league" is about where from.
                boolean ofThem = "of".equals(w) && i > 0 && (QUANTIFIERS.contains(words.get(i - 1).text())
                        || OWN_SELVES.contains(words.get(i - 1).text()));
                if (PREPOSITIONS.contains(w) && !ofThem && !"to".equals(w) && !"without".equals(w)
                        || CONJUNCTIONS.contains(w)) {
                    return false;
                }
            }
            int clauseStart = clauseStart(words, predicate.from());
            String verb = words.get(predicate.from()).text();
            if (clauseStart == predicate.from()) {
                // An imperative: "deport them all", not "whipped out some French"; a deed called for: "killing a
                // Kurd like you should be legal".
                return !verb.endsWith("ed") && !verb.endsWith("ing") || verb.endsWith("ing")
                        && calledForAfter(words, group.to());
            }
            for (int i = Math.max(clauseStart, predicate.from() - 4); i < predicate.from(); i++) {
                if (CALLERS.contains(words.get(i).text()) && !"to".equals(words.get(i).text())) {
                    return true;
                }
            }
            // "Execution is the only solution for those Kurds": the phrase is the call.
            return anyOf(words, predicate.from(), predicate.to(), CALLS);
        }
        // "Syrians should be gassed": after the group, with a modal between; "I want to see those Kurds suffer":
        // with a wish before it. Not when the group does the harm to someone ("he would stab me").
        // "banned from the country": after a harm that ends in a preposition, the object is where from, not whom.
        boolean endsInPreposition = PREPOSITIONS.contains(words.get(predicate.to() - 1).text());
        if (predicate.from() - group.to() > REACH || predicate.to() < words.size() && !endsInPreposition
                && words.get(predicate.to()).clause() == words.get(predicate.from()).clause()
                && OBJECTS.contains(words.get(predicate.to()).text())) {
            return false;
        }
        if (predicate.to() < words.size() && words.get(predicate.to()).clause() == words.get(predicate.from()).clause()
                && !endsInPreposition && modifiesANoun(words, predicate)) {
            // "watch hillbillies shoot pumpkins": the group does it to something else.
            return false;
        }
        for (int i = group.to(); i < predicate.from(); i++) {
            String w = words.get(i).text();
            if (PREPOSITIONS.contains(w) && !"to".equals(w)) {
                return false;
            }
        }
        if (words.get(predicate.from()).text().startsWith("deserve")) {
            // "Reporters like you deserve a bullet": what they deserve is what is wished on them.
            return true;
        }
        for (int i = group.to(); i < predicate.from(); i++) {
            String w = words.get(i).text();
            if (CALLERS.contains(w) && !AFTER_GROUP_NON_CALLERS.contains(w)) {
                return true;
            }
        }
        // "see those Kurds suffer", "want them all deported": only the harm itself after the group, not "are being
        // murdered" (what happens to them, reported).
        for (int i = group.to(); i < predicate.from(); i++) {
            if (!BARE.contains(words.get(i).text())) {
                return false;
            }
        }
        for (int i = Math.max(clauseStart(words, group.from()), group.from() - 6); i < group.from(); i++) {
            if (WISHES.contains(words.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    boolean denies(List<Word> words, Span group, Span predicate) {
        if (predicate.from() < group.to() || predicate.from() - group.to() > REACH || afterPreposition(words, group)) {
            return false;
        }
        // "Kurds don't trust the police" says what they do to something else, not that they lack a quality.
        if (predicate.to() < words.size() && words.get(predicate.to()).clause() == words.get(predicate.from()).clause()
                && OBJECTS.contains(words.get(predicate.to()).text())) {
            return false;
        }
        for (int i = group.to(); i < predicate.from(); i++) {
            String w = words.get(i).text();
            if (!(LINKS.contains(w) || AUXILIARIES.contains(w) || isFiller(w) || negation.at(words, i,
                    predicate.from()) != null || NT.contains(w))) {
                return false;
            }
        }
        return true;
    }

    boolean does(List<Word> words, Span group, Span predicate) {
        if (predicate.from() < group.to() || predicate.from() - group.to() > 4 || afterPreposition(words, group)) {
            return false;
        }
        for (int i = group.to(); i < predicate.from(); i++) {
            String w = words.get(i).text();
            if (!(LINKS.contains(w) || AUXILIARIES.contains(w) || isFiller(w) || NT.contains(w)
                    || negation.at(words, i, predicate.from()) != null)) {
                return false;
            }
        }
        return true;
    }
}
