package org.parley.filter.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.parley.filter.Submission;

/**
 * TF-IDF over the site's own documents: what a comment has in common with the article it is posted under.
 * Document frequencies come from every article, so words that every article uses ("said", "government")
 * weigh little and the article's own subject words weigh much. Immutable; rebuilt when articles change.
 */
public final class RelevanceModel {

    /** The title says what an article is about more densely than any paragraph. */
    private static final int TITLE_WEIGHT = 3;

    private static final Set<String> STOP_WORDS = Set.copyOf(java.util.Arrays.asList(("a about above after again against all also am an and any "
            + "are aren as at be because been before being below between both but by can cannot could did do does "
            + "doing don down during each even ever every few for from further get gets got had has have having he "
            + "her here hers herself him himself his how however i if in into is isn it its itself just least less "
            + "let like made make many may me might more most much must my myself never new no nor not now of off "
            + "often on once one only or other ought our ours ourselves out over own per really said same say says "
            + "see she should since so some still such than that the their theirs them themselves then there these "
            + "they thing things think this those though through thus to too under until up upon us very was we "
            + "well were what when where whether which while who whom whose why will with within without would yet "
            + "you your yours yourself yourselves yes yeah okay ok lol shall whatever anyone everyone someone "
            + "something nothing anything everything people time year years way day days good great don isn aren wasn weren doesn didn wouldn couldn shouldn haven hasn hadn").split(" ")));

    /** An article as the model sees it: weights of its words, and its length for the cosine. */
    public record DocumentVector(Map<String, Double> weights, double norm) {
    }

    private final Map<String, Integer> documentFrequency;
    private final int documents;

    private RelevanceModel(Map<String, Integer> documentFrequency, int documents) {
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    public static RelevanceModel empty() {
        return new RelevanceModel(Map.of(), 0);
    }

    /** Learns word frequencies from the site's documents. */
    public static RelevanceModel of(Collection<Submission.Context> documents, Normaliser normaliser) {
        Map<String, Integer> df = new HashMap<>();
        for (Submission.Context doc : documents) {
            Set<String> seen = terms(normaliser.normalise(doc.title() + "\n" + doc.body()).main().text()).keySet();
            seen.forEach(w -> df.merge(w, 1, Integer::sum));
        }
        return new RelevanceModel(Map.copyOf(df), documents.size());
    }

    public DocumentVector vectorOf(Submission.Context doc, Normaliser normaliser) {
        Map<String, Integer> counts = terms(normaliser.normalise(doc.body()).main().text());
        terms(normaliser.normalise(doc.title()).main().text()).forEach((w, n) -> counts.merge(w, n * TITLE_WEIGHT,
                Integer::sum));
        Map<String, Double> weights = new HashMap<>();
        double sum = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * idf(e.getKey());
            weights.put(e.getKey(), w);
            sum += w * w;
        }
        return new DocumentVector(Map.copyOf(weights), Math.sqrt(sum));
    }

    /** How a normalised text relates to a document. */
    public Relevance relevance(NormalisedText text, DocumentVector doc) {
        Map<String, Integer> counts = terms(text.main().text());
        int words = 0;
        int shared = 0;
        double dot = 0;
        double sum = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            words += e.getValue();
            double w = (1 + Math.log(e.getValue())) * idf(e.getKey());
            sum += w * w;
            Double other = doc.weights().get(e.getKey());
            if (other != null) {
                shared++;
                dot += w * other;
            }
        }
        double cosine = sum == 0 || doc.norm() == 0 ? 0 : dot / (Math.sqrt(sum) * doc.norm());
        return new Relevance(words, cosine, shared);
    }

    private double idf(String word) {
        return Math.log((documents + 1.0) / (documentFrequency.getOrDefault(word, 0) + 1.0)) + 1;
    }

    /** Content words with their counts: letters only, three or more, no stop words, plural -s dropped. */
    static Map<String, Integer> terms(String normalised) {
        Map<String, Integer> counts = new HashMap<>();
        int i = 0;
        int n = normalised.length();
        while (i < n) {
            while (i < n && !Character.isLetter(normalised.charAt(i))) {
                i++;
            }
            int start = i;
            // Apostrophes split words: "Iraq's" is "Iraq", "don't" is "don", a stop word.
            while (i < n && Character.isLetter(normalised.charAt(i))) {
                i++;
            }
            if (i - start >= 3) {
                String raw = normalised.substring(start, i);
                String word = stem(raw);
                if (word.length() >= 3 && !STOP_WORDS.contains(raw) && !STOP_WORDS.contains(word)) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Just enough stemming that "troops" meets "troop" and "militias" meets "militia". */
    private static String stem(String word) {
        String w = word;
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
