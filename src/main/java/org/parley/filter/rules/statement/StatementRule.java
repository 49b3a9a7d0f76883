package org.parley.filter.rules.statement;

import static org.parley.filter.rules.statement.ImpliedStatements.*;
import static org.parley.filter.rules.statement.StatementCues.*;
import static org.parley.filter.rules.statement.StatementShapes.*;
import static org.parley.filter.rules.statement.StatementWords.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.parley.filter.Budget;
import org.parley.filter.Field;
import org.parley.filter.Inspection;
import org.parley.filter.Rule;
import org.parley.filter.rules.TermScanner;
import org.parley.filter.rules.TermTable;
import org.parley.filter.rules.TermsRule;
import org.parley.filter.rules.Word;
import org.parley.filter.text.NormalisedText;
import org.parley.filter.text.Normaliser;
import org.parley.filter.text.TextView;

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
        /** What the group is said to be, after a link or as an adjective before it: "are filthy", "lazy Kurds". */
        DESCRIBES,
        /** A name the group is called, also in apposition: "are vermin", "Kurdish vermin", "you idiot". */
        LABELS,
        /** A feeling the speaker aims at the group, before it: "I hate", "sick of", "contempt for". */
        DISLIKES,
        /** A feeling the group is said to cause, after it: "make me sick", "disgust me". */
        ANGERS,
        /** Harm wished or called for, never reported: "deport", "should be gassed", "death to". */
        HARMS,
        /** A good quality or a right, hateful only when denied: "never any good", "do not deserve to live". */
        DENIES,
        /** What the speaker refuses the group, before it, hateful only when denied: "never trust", "no place for". */
        WITHHOLDS,
        /** What the group is said to do as a group: "control the media", "breed like rats", "are taking over". */
        DOES
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
     * predicate and the words that mark a sentence as reporting or condemning what others said. With
     * {@code anyPeople}, any noun that names people by its ending ("waiters", "lobbyists", "consultants") is a
     * group too: abuse of a group that is not protected is still abuse. {@code places} are where a group meets
     * (a mosque, a synagogue): a call to harm one is a call to harm them, but disliking a building is no hate.
     * {@code slurs} are names for people of a group that are contempt in themselves ("tranny", "muzzie"): each is
     * a group word, and one that stands where a person is named ("nothing but a tranny", "typical muzzie
     * behaviour", "too many cripples") is a statement by itself; as an adjective ("queer culture") it is not.
     */
    public record Params(List<String> groups, List<Predicates> predicates, List<String> negations,
            List<String> reporting, Field field, Boolean anyPeople, List<String> places, List<String> slurs) {

        public Params(List<String> groups, List<Predicates> predicates, List<String> negations,
                List<String> reporting, Field field) {
            this(groups, predicates, negations, reporting, field, null, null, null);
        }

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
            anyPeople = anyPeople != null && anyPeople;
            places = places == null ? List.of() : List.copyOf(places);
            slurs = slurs == null ? List.of() : List.copyOf(slurs);
        }
    }

    static final List<String> DEFAULT_NEGATIONS = List.of("not", "never", "no", "nor", "none", "neither",
            "nobody", "cannot", "without", "hardly", "nothing", "zero", "noone", "no one");
    static final List<String> DEFAULT_REPORTING = List.of("racist", "racism", "racists", "bigot", "bigoted",
            "bigotry", "hateful", "xenophobic", "xenophobia", "islamophobic", "islamophobia", "antisemitic",
            "antisemitism", "prejudice", "slur", "stereotype", "calling", "called", "call", "said", "say", "saying",
            "claim", "claiming", "told", "tweeted", "wrote", "chanted", "shouted", "accused", "quote", "quoted",
            "condemn", "condemned", "unacceptable", "shameful", "denounced", "hate speech", "statement", "comment",
            "remark", "threat", "threatening", "opposite of", "arrested", "charged", "convicted", "jailed",
            "sentenced", "prosecuted", "trial", "court", "idea that", "notion that", "myth that", "lie that",
            "saying that", "describe", "describing", "described", "telling", "tell", "writing", "write", "writes",
            "messages like", "statements like", "things like", "words like", "comments like", "posts like",
            "threatening", "threatened", "hurtful", "offensive", "not okay", "not ok", "small minded", "blocked",
            "dehumanising", "dehumanizing", "thing to say", "reflect well", "says a lot", "no respect",
            "lost all respect", "your opinion", "shame on", "how dare", "victims", "victim", "attacks on", "attack on", "violence against", "crimes against", "discrimination",
            "abuse of", "persecution", "persecuted", "targeted", "solidarity", "smear", "smears", "trope", "tropes",
            "conspiracy theory", "conspiracy theories", "theory that", "myth", "myths", "warns", "warned", "headline",
            "dismissed", "sacked", "suspended", "investigating", "investigation", "inquiry", "graffiti", "poster",
            "leaflet", "leaflets", "propaganda", "pogrom", "pogroms", "genocide against", "holocaust", "nazis",
            "nazi", "far right", "extremist", "extremists", "hate crime", "hate crimes");

    private final Field field;
    private final boolean anyPeople;
    private final TermTable groupWords;
    /** For a rule about anyone: the telling words of its names for people, and the people it names. */
    private final TermTable labelCues;
    private final TermTable targets;
    private final Lexicon groups = new Lexicon();
    private final Lexicon places = new Lexicon();
    private final Slurs slurs;
    private final Reports reports;
    private final Lexicon predicates = new Lexicon();
    private final Negations negation;
    private final StatementForms forms;
    private final Lexicon reporting = new Lexicon();
    private final Respelling respelling;
    private final ArticlePeople articleGroups;

    public StatementRule(Params params, Normaliser normaliser) {
        this.field = params.field();
        this.articleGroups = new ArticlePeople(normaliser, this::groupAt);
        // Most comments name no group: the groups join the rule set's shared term scan, and only a comment
        // that names one is cut into words (a pronoun alone carries no group).
        // A rule about anyone reads a comment only if it has the telling word of one of its predicates: the
        // longest, so that "a burden" waits for "burden" and not for every "a".
        this.anyPeople = params.anyPeople();
        this.groupWords = cueTable(anyPeople ? tellingWords(params.predicates().stream())
                : stripped(Stream.of(params.groups(), params.places(), params.slurs()).flatMap(List::stream)),
                TermsRule.Match.PREFIX, params.field(), normaliser);
        // And only if it names someone it could be said of: a listed group or pronoun, a noun that names people
        // (looked at last, in the words), or a name for a person, which may stand alone as an address ("Idiot.").
        this.labelCues = !anyPeople ? null : cueTable(tellingWords(params.predicates().stream()
                .filter(p -> p.kind() == Kind.LABELS)), TermsRule.Match.PREFIX, params.field(), normaliser);
        // A name for people is looked for in its plurals too: "traffic wardens" for "traffic warden".
        this.targets = !anyPeople ? null : cueTable(stripped(params.groups().stream())
                .stream().flatMap(g -> Lexicon.plurals(g).stream()).distinct().toList(), TermsRule.Match.WORD,
                params.field(), normaliser);
        params.groups().forEach(g -> groups.add(g, null));
        params.places().forEach(p -> places.add(p, null));
        params.slurs().forEach(groups::addName);
        this.slurs = new Slurs(params.slurs());
        for (Predicates p : params.predicates()) {
            p.terms().forEach(t -> predicates.add(t, p.kind()));
        }
        this.negation = new Negations(params.negations());
        this.forms = new StatementForms(predicates, negation);
        params.reporting().forEach(r -> reporting.add(r, null));
        this.reports = new Reports(reporting, groups, negation);
        this.respelling = new Respelling(groups, predicates,
                Stream.concat(negation.lexicons().stream(), Stream.of(reporting)).toList());
    }

    /** The words that make a comment worth reading for this rule, for the rule set's shared scanner. */
    public List<TermTable> scannedWords() {
        return Stream.of(groupWords, labelCues, targets).filter(t -> t != null).toList();
    }

    @Override
    public void match(Inspection input, Matches matches) {
        // "w o m e n", "Muslm": a group the scan cannot see, which the repair below reads back; for a rule about
        // anyone, only letters spelled out one by one ("y o u a r e v e r m i n") hide its words from the scan.
        NormalisedText text = input.normalised(field);
        boolean spelledOut = text.joined() != text.main();
        boolean articlePeople = false;
        if (TermScanner.matchesOf(input, groupWords).isEmpty()
                && (anyPeople ? !spelledOut : !respelling.mayHideAGroup(text, input.budget()))) {
            // "Bomb them back to the stone age": a comment may speak of the article's people without naming them.
            articlePeople = !anyPeople && field == Field.TEXT && input.submission().context() != null
                    && mayMeanThem(text.main().text()) && articleGroups.namedIn(input.submission().context());
            if (!articlePeople) {
                return;
            }
        }
        if (anyPeople && !spelledOut && TermScanner.matchesOf(input, labelCues).isEmpty()
                && TermScanner.matchesOf(input, targets).isEmpty()
                && Word.of(input, field).stream().noneMatch(w -> namesPeople(w.text()))) {
            return;
        }
        TextView view = text.main();
        Budget budget = input.budget();
        List<Word> words = respelling.repair(text, Word.of(input, field), budget);
        List<Span> groupSpans = new ArrayList<>();
        List<Span> predicateSpans = new ArrayList<>();
        List<Integer> carriers = new ArrayList<>();
        // Statements a group's place in the sentence makes without a predicate word, each {group, the words that
        // make it}: a slur where a person is named, food a group has touched, a life as one of them refused.
        List<Span[]> implied = new ArrayList<>();
        // Per sentence, the first word of it that a report covers.
        Map<Integer, Integer> reportedFrom = new HashMap<>();
        int sentenceStart = 0;
        int sentenceEnd = 0;
        int predicateEnd = 0;
        for (int i = 0; i < words.size(); i++) {
            budget.tick();
            if (i == sentenceEnd) {
                sentenceStart = i;
                sentenceEnd = i;
                while (sentenceEnd < words.size() && words.get(sentenceEnd).sentence() == words.get(i).sentence()) {
                    sentenceEnd++;
                }
            }
            Span group = groupAt(words, i, sentenceEnd, input.original(field), view);
            if (group != null) {
                groupSpans.add(group);
                Span slot = slurs.slotOf(words, group, sentenceStart, sentenceEnd);
                if (slot == null && !group.place() && !group.named() && !anyPeople) {
                    slot = touchedBy(words, group, sentenceStart, sentenceEnd);
                    slot = slot != null ? slot : ratherDeadThanOne(words, group, sentenceStart, sentenceEnd);
                    slot = slot != null ? slot : sentAway(words, group, sentenceStart, sentenceEnd, negation);
                }
                if (slot != null) {
                    implied.add(new Span[] {group, slot});
                }
            } else if (isCarrier(words, i, sentenceEnd)) {
                carriers.add(i);
            }
            // A predicate inside a longer one is part of it: "less than human" is no "human".
            Lexicon.Found predicate = i < predicateEnd ? null : predicates.longestAt(words, i, sentenceEnd);
            if (predicate != null) {
                predicateSpans.add(new Span(i, i + predicate.length(), predicate.kind()));
                predicateEnd = i + predicate.length();
            }
            if (group != null && BODY_PARTS.contains(words.get(group.to() - 1).text())) {
                Span harm = bodyHarm(words, group);
                if (harm != null) {
                    predicateSpans.add(harm);
                }
            }
            // A word of what is said is no report of it: "Kurds are a threat to civilisation" says it.
            int reported = i < predicateEnd ? -1 : reports.at(words, i, sentenceStart, sentenceEnd);
            if (reported >= 0) {
                reportedFrom.merge(words.get(i).sentence(), reported, Math::min);
            }
        }
        if (anyPeople) {
            // A name of address is the speaker's own words in any sentence, a report's too; quoted, it is not.
            for (Span p : predicateSpans) {
                if (p.kind() == Kind.LABELS) {
                    int start = vocativeStart(words, p);
                    if (start >= 0) {
                        matches.add(field, List.of(part(Rule.Part.PREDICATE, view, words, new Span(start, p.to(),
                                p.kind()))));
                    }
                }
            }
        }
        int they = articlePeople ? firstThirdPerson(words, carriers) : -1;
        if (groupSpans.isEmpty() && (they < 0 || namesOtherPeopleBefore(words, they))) {
            return;
        }
        // "They", "those people": a group the comment names, before or after ("We should shoot them. They're just
        // Kurds after all"). "You" is the reader unless the sentence names the group too ("you Kurds make me sick")
        // or the comment says who "you" are ("you're just Kurds").
        // A group found in such a place is spoken of already: what else is said of it adds no finding.
        Set<Integer> slurReported = new HashSet<>();
        for (Span[] slur : implied) {
            Integer reported = reportedFrom.get(words.get(slur[0].from()).sentence());
            int first = Math.min(slur[0].from(), slur[1].from());
            if ((reported == null || first < reported) && !words.get(slur[0].from()).quoted()
                    && !negation.before(words, first, 3)) {
                report(matches, view, words, slur[0], slur[1]);
                slurReported.add(slur[0].from());
            }
        }
        Set<Integer> groupSentences = new HashSet<>();
        boolean youAreTheGroup = false;
        for (Span g : groupSpans) {
            // A place names no one "you" could be: "you and the other CEOs in this country".
            if (g.place()) {
                continue;
            }
            // "You're an idiot if you think Kurds are vermin": a group named in a reported belief is not "you".
            Integer reported = reportedFrom.get(words.get(g.from()).sentence());
            if (reported != null && g.from() >= reported) {
                continue;
            }
            groupSentences.add(words.get(g.from()).sentence());
            youAreTheGroup |= identifiesYou(words, g);
        }
        for (int i : anyPeople ? List.<Integer>of() : carriers) {
            if (!SECOND_PERSON.contains(words.get(i).text()) || youAreTheGroup
                    || groupSentences.contains(words.get(i).sentence())) {
                groupSpans.add(new Span(i, carrierEnd(words, i), null));
            }
        }
        for (Span p : predicateSpans) {
            Integer reported = reportedFrom.get(words.get(p.from()).sentence());
            if (reported != null && p.from() >= reported) {
                continue;
            }
            for (Span g : groupSpans) {
                budget.tick();
                if (words.get(g.from()).sentence() == words.get(p.from()).sentence() && !slurReported.contains(g.from())
                        && forms.states(words, g, p)) {
                    report(matches, view, words, g, p);
                    break;
                }
            }
        }
    }

    /** A group mention at word {@code i}, with the noun that makes it people ("Chinese people"), or null. */
    private Span groupAt(List<Word> words, int i, int end, String original, TextView view) {
        Lexicon.Found group = groups.longestAt(words, i, end);
        if (group == null && anyPeople && namesPeople(words.get(i).text())
                && (predicates.longestAt(words, i, end) == null || isNamedByALink(words, i, end))
                && !properNoun(words, i, original, view)) {
            group = new Lexicon.Found(1, null);
        }
        if (group == null && anyPeople && i + 1 < end && NAME_LINKS.contains(words.get(i + 1).text())
                && capitalised(words, i, original, view) && !NOT_NAMES.contains(words.get(i).text())) {
            // "Trump is a senile dickhead", "McKenzie was a liar": a person by name, of whom a name is said.
            return new Span(i, i + 1, null, false, true);
        }
        if (group == null) {
            Lexicon.Found place = places.longestAt(words, i, end);
            return place == null ? null : new Span(i, i + place.length(), null, true);
        }
        int last = i + group.length() - 1;
        int next = last + 1;
        if (words.get(last).possessive() && next < end && BODY_PARTS.contains(words.get(next).text())) {
            return new Span(i, next + 1, null);
        }
        if (words.get(last).possessive()) {
            // "a woman's story" is hers, not about women; "every Kurd's life", "in women's nature" are theirs.
            return next < end && OWN_SELVES.contains(words.get(next).text()) ? new Span(i, next + 1, null) : null;
        }
        if (next < end && THINGS.contains(words.get(next).text())) {
            // "French fries", "the Iraqi army": the group word describes a thing or an institution.
            return null;
        }
        if (next < end && BODY_PARTS.contains(words.get(next).text())) {
            // "their Kurdish throats", "these Kurds' necks": the group's bodies are the group.
            return new Span(i, next + 1, null);
        }
        int to = next < end && GROUP_NOUNS.contains(words.get(next).text()) ? next + 1 : next;
        // "a woman in charge", "more Kurds into government": the group in power is still the group, and what is
        // said of that is said of them ("is the biggest mistake", "will ruin our country").
        if (to + 1 < end && (words.get(to).text().equals("in") || words.get(to).text().equals("into"))
                && OFFICES.contains(words.get(to + 1).text())) {
            to += 2;
        }
        return new Span(i, to, null);
    }

    /** One finding: the group and what is said of it, as the two parts of one match. */
    private void report(Matches matches, TextView view, List<Word> words, Span group, Span predicate) {
        matches.add(field, List.of(part(Rule.Part.GROUP, view, words, group),
                part(Rule.Part.PREDICATE, view, words, predicate)));
    }

    /**
     * A stretch of words: a group (a {@code place}, or a {@code named} person, of whom only names count) or a
     * predicate of its kind.
     */
    record Span(int from, int to, Kind kind, boolean place, boolean named) {

        Span(int from, int to, Kind kind) {
            this(from, to, kind, false, false);
        }

        Span(int from, int to, Kind kind, boolean place) {
            this(from, to, kind, place, false);
        }
    }
}
