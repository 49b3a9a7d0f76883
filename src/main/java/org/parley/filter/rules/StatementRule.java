package org.parley.filter.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parley.filter.Budget;
import org.parley.filter.Field;
import org.parley.filter.Inspection;
import org.parley.filter.Normaliser;
import org.parley.filter.Rule;
import org.parley.filter.TextView;

/**
 * What a comment says of a group of people, not which words it uses: a mention of a group (from the rule's list
 * of groups, or "they" and "those people" once a group has been named) and, in the same clause, a predicate
 * about it in one of the forms people use:
 * <ul>
 * <li>{@link Kind#DESCRIBES}: what the group is said to be, "Kurds are a disease", "every Arab I met was a
 * thief", "why are Somalis so dirty?", "filthy Roma";</li>
 * <li>{@link Kind#DISLIKES}: a feeling aimed at it, "I can't stand Chinese people", "sick of Poles";</li>
 * <li>{@link Kind#HARMS}: harm wished or called for, "deport every Afghan", "Syrians should be gassed", "we
 * should burn them out"; only as a call or a wish (an imperative, a first person, a modal), so that news ("police
 * shot the Somali gunman") is not one;</li>
 * <li>{@link Kind#DENIES}: a good quality denied, "Poles are never any good", "you can't trust a Kurd".</li>
 * </ul>
 * Not statements of hate: a negated predicate ("Kurds are not vermin", "I don't hate Iraqis"), a quoted one, and
 * any sentence that reports or condemns what someone said ("calling Iraqis animals is racist"). Groups and
 * predicates are data; their plurals and verb forms ("deport", "deported", "deporting") are made here. Words are
 * read in the normalised text, so leetspeak and look-alikes are undone; each finding reports the group's span
 * and the predicate's span. Linear in the text: one pass to cut words, one lookup per word.
 */
public final class StatementRule implements Rule {

    /** The forms a predicate takes towards the group it is about. */
    public enum Kind {
        DESCRIBES, DISLIKES, HARMS, DENIES
    }

    /** Predicates of one kind: words or phrases, each in its base form. */
    public record Predicates(Kind kind, List<String> terms) {
        public Predicates {
            if (kind == null || terms == null || terms.isEmpty()) {
                throw new IllegalArgumentException("each predicate list needs a kind and at least one term");
            }
            terms = List.copyOf(terms);
        }
    }

    /**
     * The rule's data: the groups, the predicates by kind, and (optional, with defaults) the words that negate a
     * predicate and the words that mark a sentence as reporting or condemning what others said.
     */
    public record Params(List<String> groups, List<Predicates> predicates, List<String> negations,
            List<String> reporting, Field field) {
        public Params {
            if (groups == null || groups.stream().allMatch(g -> g == null || g.isBlank())) {
                throw new IllegalArgumentException("a statement rule needs at least one group");
            }
            if (predicates == null || predicates.isEmpty()) {
                throw new IllegalArgumentException("a statement rule needs at least one list of predicates");
            }
            groups = List.copyOf(groups);
            predicates = List.copyOf(predicates);
            negations = negations == null || negations.isEmpty() ? DEFAULT_NEGATIONS : List.copyOf(negations);
            reporting = reporting == null || reporting.isEmpty() ? DEFAULT_REPORTING : List.copyOf(reporting);
            field = field == null ? Field.TEXT : field;
        }
    }

    static final List<String> DEFAULT_NEGATIONS = List.of("not", "never", "no", "nor", "none", "neither",
            "nobody", "cannot", "without", "hardly");
    static final List<String> DEFAULT_REPORTING = List.of("racist", "racism", "racists", "bigot", "bigoted",
            "bigotry", "hateful", "xenophobic", "xenophobia", "islamophobic", "islamophobia", "antisemitic",
            "antisemitism", "prejudice", "slur", "stereotype", "calling", "called", "call", "said", "say", "saying",
            "claim", "claiming", "told", "tweeted", "wrote", "chanted", "shouted", "accused", "quote", "quoted",
            "condemn", "condemned", "unacceptable", "shameful", "denounced", "hate speech", "statement", "comment",
            "remark", "threat", "threatening", "opposite of", "arrested", "charged", "convicted", "jailed",
            "sentenced", "prosecuted", "trial", "court", "idea that", "notion that", "myth that", "lie that",
            "saying that", "describe", "describing", "described");

    /** Words that tie a group to what it is said to be ("are", "was", "like"). */
    private static final Set<String> LINKS = Set.of("are", "is", "was", "were", "be", "been", "being", "r", "re",
            "am", "like", "become", "became", "remain", "seem", "seems", "look", "looks");
    /** Who calls for harm: a first person, a modal, a wish. */
    private static final Set<String> CALLERS = Set.of("i", "we", "ill", "well", "lets", "let", "should", "must",
            "gotta", "gonna", "wanna", "will", "would", "need", "needs", "ought", "deserve", "deserves", "want",
            "wish", "hope", "please", "just", "id", "wed", "to", "can", "could", "might");
    /** Who a group may be carried by into a later clause. */
    private static final Set<String> PRONOUNS = Set.of("they", "them", "their", "theirs", "themselves");
    private static final Set<String> PRONOUN_NOUNS = Set.of("people", "lot", "kind", "sort", "type", "folk");
    private static final Set<String> DEMONSTRATIVES = Set.of("these", "those", "such", "their", "that");
    /** Nouns that a group word makes a group of people: "Chinese people", "Roma families". */
    private static final Set<String> GROUP_NOUNS = Set.of("people", "folk", "folks", "men", "women", "kids",
            "children", "immigrants", "migrants", "refugees", "workers", "families", "community", "communities",
            "guys", "girls", "boys", "nationals", "citizens");
    /**
     * Nouns that a nationality or a faith word describes without being about people of it: "Chinese food",
     * "the Iraqi government", "Turkish delight". Hostility to a thing or an institution is no hate of a group.
     */
    private static final Set<String> THINGS = Set.of("food", "foods", "cuisine", "restaurant", "restaurants",
            "dish", "dishes", "fries", "cheese", "wine", "beer", "tea", "coffee", "bread", "delight", "sausage",
            "language", "music", "film", "films", "movie", "movies", "tv", "team", "teams", "side", "government",
            "governments", "regime", "state", "economy", "army", "forces", "troops", "military", "police",
            "president", "prime", "minister", "ministers", "officials", "authorities", "parliament", "election",
            "elections", "league", "market", "markets", "company", "companies", "products", "goods", "border",
            "borders", "embassy", "flag", "cars", "car", "weather", "roads", "traffic", "airport", "airline",
            "drivers", "keyboard", "version", "translation", "accent", "grammar", "spelling", "media", "press",
            "newspapers", "history", "revolution", "empire", "dynasty", "currency", "banks", "stocks", "hair", "paint",
            "shirt", "shirts", "shoes", "clothes", "dress", "house", "houses", "walls", "bag", "bags", "sauce", "rice",
            "meat", "truck", "van", "model", "models", "magic", "friday", "widow", "hole", "holes", "board",
            "lives", "matter");
    /** A clause's longest reach from a group to its predicate, in words. */
    private static final int REACH = 7;

    private final Field field;
    private final TermTable groupWords;
    private final Lexicon groups = new Lexicon();
    private final Lexicon predicates = new Lexicon();
    private final Lexicon negations = new Lexicon();
    private final Lexicon reporting = new Lexicon();

    public StatementRule(Params params, Normaliser normaliser) {
        this.field = params.field();
        // Most comments name no group: the groups join the rule set's shared term scan, and only a comment
        // that names one is cut into words (a pronoun alone carries no group).
        this.groupWords = new TermTable(new TermsRule.Params(params.groups().stream()
                .filter(g -> g != null && !g.isBlank()).map(g -> new TermsRule.Term(g.strip(), TermsRule.Match.PREFIX,
                        null)).toList(), TermsRule.Match.PREFIX, null, params.field()), normaliser, true);
        params.groups().forEach(g -> groups.add(g, null));
        for (Predicates p : params.predicates()) {
            p.terms().forEach(t -> predicates.add(t, p.kind()));
        }
        params.negations().forEach(n -> negations.add(n, null));
        params.reporting().forEach(r -> reporting.add(r, null));
    }

    /** The group words as a term list, for the rule set's shared scanner. */
    public TermTable groupWords() {
        return groupWords;
    }

    @Override
    public void match(Inspection input, Matches matches) {
        if (TermScanner.matchesOf(input, groupWords).isEmpty()) {
            return;
        }
        TextView view = input.normalised(field).main();
        Budget budget = input.budget();
        List<Word> words = Word.cut(view.text(), budget);
        boolean groupNamed = false;
        int sentenceStart = 0;
        while (sentenceStart < words.size()) {
            int sentenceEnd = sentenceStart;
            while (sentenceEnd < words.size() && words.get(sentenceEnd).sentence() == words.get(sentenceStart).sentence()) {
                sentenceEnd++;
            }
            List<Span> groupSpans = new ArrayList<>();
            List<Span> predicateSpans = new ArrayList<>();
            List<Integer> carriers = new ArrayList<>();
            boolean reported = false;
            for (int i = sentenceStart; i < sentenceEnd; i++) {
                budget.tick();
                reported |= reporting.longestAt(words, i, sentenceEnd) != null;
                Lexicon.Found group = groups.longestAt(words, i, sentenceEnd);
                if (group != null && (words.get(i + group.length() - 1).possessive() || i + group.length() < sentenceEnd
                        && THINGS.contains(words.get(i + group.length()).text()))) {
                    // "French fries", "the Iraqi army", "a woman's story": the group word describes a thing, an
                    // institution or what belongs to someone, not the people.
                    group = null;
                }
                if (group != null) {
                    int end = i + group.length();
                    // "Chinese people", "Polish workers": the noun belongs to the mention.
                    end = end < sentenceEnd && GROUP_NOUNS.contains(words.get(end).text()) ? end + 1 : end;
                    groupSpans.add(new Span(i, end, null));
                    groupNamed = true;
                } else if (isCarrier(words, i, sentenceEnd)) {
                    carriers.add(i);
                }
                Lexicon.Found predicate = predicates.longestAt(words, i, sentenceEnd);
                if (predicate != null) {
                    predicateSpans.add(new Span(i, i + predicate.length(), predicate.kind()));
                }
            }
            // "They", "those people": the group named before, or later in the same sentence ("burn them out,
            // the Kurds").
            if (groupNamed) {
                for (int i : carriers) {
                    groupSpans.add(new Span(i, carrierEnd(words, i, sentenceEnd), null));
                }
            }
            if (!reported) {
                for (Span p : predicateSpans) {
                    for (Span g : groupSpans) {
                        if (states(words, g, p)) {
                            report(matches, view, words, g);
                            report(matches, view, words, p);
                            break;
                        }
                    }
                }
            }
            sentenceStart = sentenceEnd;
        }
    }

    private void report(Matches matches, TextView view, List<Word> words, Span span) {
        matches.add(field, view.originalStart(words.get(span.from).start()),
                view.originalEnd(words.get(span.to - 1).end()));
    }

    /** Whether the predicate says something of the group, in its kind's form, within one clause. */
    private boolean states(List<Word> words, Span group, Span predicate) {
        if (words.get(group.from).clause() != words.get(predicate.from).clause() || quoted(words, group, predicate)
                || deniedGroup(words, group)) {
            return false;
        }
        return switch (predicate.kind()) {
            case DESCRIBES -> describes(words, group, predicate);
            case DISLIKES -> predicate.to <= group.from && group.from - predicate.to <= 4
                    && !negatedBefore(words, predicate.from, 3) && !aboutASituation(words, predicate.to, group.from);
            case HARMS -> harms(words, group, predicate);
            case DENIES -> denies(words, group, predicate);
        };
    }

    /** "I hate when Kurds play loud music", "hate it that": the feeling is about a situation, not the people. */
    private static boolean aboutASituation(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (SITUATIONS.contains(words.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SITUATIONS = Set.of("when", "how", "it", "that", "way", "seeing", "hearing",
            "being", "about", "if", "whenever");
    /** Words after which a group is not what a clause is about: "tattoos on women are ugly". */
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "with", "for", "by", "at", "from", "to",
            "than", "of", "among", "against", "toward", "towards");

    private boolean describes(List<Word> words, Span group, Span predicate) {
        if (predicate.to <= group.from) {
            // "filthy Kurds": an adjective right before the group (a noun there belongs to something else:
            // "a trash bag, black").
            return group.from - predicate.to <= 1 && predicate.to - predicate.from == 1
                    && isAdjective(words.get(predicate.from).text()) && !negatedBefore(words, predicate.from, 2);
        }
        if (predicate.from < group.to || predicate.from - group.to > REACH
                || group.from > 0 && PREPOSITIONS.contains(words.get(group.from - 1).text())
                && words.get(group.from - 1).clause() == words.get(group.from).clause()) {
            return false;
        }
        int link = -1;
        for (int i = Math.max(0, group.from - 2); i < predicate.from; i++) {
            if (i >= group.from && i < group.to) {
                continue;
            }
            if (LINKS.contains(words.get(i).text())) {
                link = i;
            }
            if (i >= group.to && negations.longestAt(words, i, predicate.from) != null) {
                return false;
            }
        }
        if (link < 0) {
            return false;
        }
        // The predicate is what the link says the group is: "are (all just) vermin", not "are helping to fight a
        // disease"; and it is no modifier of a noun after it ("animal lovers").
        for (int i = Math.max(link, group.to - 1) + 1; i < predicate.from; i++) {
            if (!FILLERS.contains(words.get(i).text()) && predicates.longestAt(words, i, predicate.from) == null) {
                return false;
            }
        }
        return !modifiesANoun(words, predicate);
    }

    private boolean modifiesANoun(List<Word> words, Span predicate) {
        if (predicate.to >= words.size() || words.get(predicate.to).clause() != words.get(predicate.from).clause()) {
            return false;
        }
        String next = words.get(predicate.to).text();
        return !(FOLLOWERS.contains(next) || PREPOSITIONS.contains(next) || GROUP_NOUNS.contains(next)
                || next.endsWith("ly") || predicates.longestAt(words, predicate.to, words.size()) != null
                || negations.longestAt(words, predicate.to, words.size()) != null);
    }

    /** Words that may stand between a link and what it says: "are all just a bunch of", "such utter". */
    private static final Set<String> FILLERS = Set.of("a", "an", "the", "all", "just", "so", "such", "really",
            "truly", "nothing", "but", "like", "total", "complete", "absolute", "utter", "bunch", "pack", "of",
            "more", "most", "very", "basically", "literally", "simply", "mere", "little", "always", "still", "only",
            "mostly", "mainly", "generally", "naturally", "born", "filthy", "dirty", "fucking", "bloody", "damn",
            "no", "better", "than", "worse", "ever", "too", "quite", "pretty", "rather", "inherently",
            "genetically", "clearly", "obviously", "certainly", "definitely", "being", "treated", "as", "same",
            "these", "those", "them", "they");
    /** Words after a predicate that leave it a predicate: "vermin and", "a disease on this country". */
    private static final Set<String> FOLLOWERS = Set.of("and", "or", "but", "who", "that", "which", "because",
            "like", "than", "as", "too", "anyway", "all", "everywhere", "here", "there", "now", "today", "again",
            "honestly", "seriously", "period", "end", "lol", "imo", "mate", "innit", "frankly", "always", "so", "is",
            "are", "was", "were", "will", "should", "must", "deserve", "to");

    /** An adjective by its ending: "filthy", "worthless", "pathetic", "disgusting", "inferior". */
    private static boolean isAdjective(String word) {
        for (String ending : ADJECTIVE_ENDINGS) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> ADJECTIVE_ENDINGS = List.of("y", "ous", "less", "ful", "ive", "ic", "ed", "id",
            "ior", "ard", "ent", "ant", "ing", "il");

    private boolean harms(List<Word> words, Span group, Span predicate) {
        if (predicate.to <= group.from) {
            // "deport every Afghan", "we should burn them out": a call, before the group.
            if (group.from - predicate.to > 3 || negatedBefore(words, predicate.from, 3)) {
                return false;
            }
            for (int i = predicate.to; i < group.from; i++) {
                // "shoot it all in black and white": the group word is where the harm goes, not whom.
                if (PREPOSITIONS.contains(words.get(i).text()) && !"of".equals(words.get(i).text())) {
                    return false;
                }
            }
            int clauseStart = predicate.from;
            while (clauseStart > 0 && words.get(clauseStart - 1).clause() == words.get(predicate.from).clause()) {
                clauseStart--;
            }
            if (clauseStart == predicate.from) {
                return true;
            }
            for (int i = Math.max(clauseStart, predicate.from - 3); i < predicate.from; i++) {
                if (CALLERS.contains(words.get(i).text())) {
                    return true;
                }
            }
            return false;
        }
        // "Syrians should be gassed": after the group, with a modal between.
        if (predicate.from - group.to > REACH) {
            return false;
        }
        boolean called = false;
        for (int i = group.to; i < predicate.from; i++) {
            if (negations.longestAt(words, i, predicate.from) != null) {
                return false;
            }
            called |= CALLERS.contains(words.get(i).text()) && !"to".equals(words.get(i).text());
        }
        return called;
    }

    private boolean denies(List<Word> words, Span group, Span predicate) {
        int from = Math.min(group.from, predicate.from);
        int to = Math.max(group.to, predicate.to);
        if (to - from > REACH + 2) {
            return false;
        }
        // The negation stands before the good quality: "are never any good", "can't trust a Kurd".
        for (int i = Math.max(0, predicate.from - 4); i < predicate.from; i++) {
            // "neither dirty nor less than human" denies the insults, not a good quality.
            if (COORDINATED.contains(words.get(i).text()) || "than".equals(words.get(i).text())) {
                return false;
            }
            if (negations.longestAt(words, i, predicate.from) != null || words.get(i).text().endsWith("nt")
                    && words.get(i).text().length() > 3 && NT.contains(words.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> COORDINATED = Set.of("neither", "nor");
    private static final Set<String> NT = Set.of("cant", "dont", "doesnt", "wont", "isnt", "arent", "wasnt",
            "werent", "couldnt", "shouldnt", "wouldnt", "aint", "didnt");

    /** "No Kurd deserves that", "not all Somalis": the statement is about nobody, or not about them all. */
    private boolean deniedGroup(List<Word> words, Span group) {
        for (int i = Math.max(0, group.from - 2); i < group.from; i++) {
            String w = words.get(i).text();
            if (w.equals("no") || w.equals("not") || w.equals("never")) {
                return true;
            }
        }
        return false;
    }

    private boolean negatedBefore(List<Word> words, int at, int reach) {
        int clause = words.get(at).clause();
        for (int i = Math.max(0, at - reach); i < at; i++) {
            if (words.get(i).clause() == clause && (negations.longestAt(words, i, at) != null
                    || NT.contains(words.get(i).text()))) {
                return true;
            }
        }
        return false;
    }

    /** A statement in quotation marks is someone else's, quoted to be answered. */
    private static boolean quoted(List<Word> words, Span group, Span predicate) {
        return words.get(predicate.from).quoted() || words.get(group.from).quoted();
    }

    /** "they", "them", "these people", "their kind": a group named earlier, carried on. */
    private static boolean isCarrier(List<Word> words, int i, int end) {
        String w = words.get(i).text();
        if (PRONOUNS.contains(w)) {
            return !(w.equals("their") && i + 1 < end && PRONOUN_NOUNS.contains(words.get(i + 1).text()));
        }
        return DEMONSTRATIVES.contains(w) && i + 1 < end && PRONOUN_NOUNS.contains(words.get(i + 1).text());
    }

    private static int carrierEnd(List<Word> words, int i, int end) {
        return PRONOUNS.contains(words.get(i).text()) && !words.get(i).text().equals("their") ? i + 1
                : Math.min(end, i + 2);
    }

    private record Span(int from, int to, Kind kind) {
    }
}
