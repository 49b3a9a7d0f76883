package org.parley.filter.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.filter.Submission;

class RelevanceModelTest {

    private static final Normaliser NORMALISER = Normaliser.defaults();

    private static final Submission.Context IRAQ = new Submission.Context("iraq",
            "US begins troop drawdown in Iraq",
            "The United States began withdrawing combat troops from Iraq on Monday, officials confirmed. The "
                    + "drawdown will leave about fifty thousand soldiers in the country to train the Iraqi army and "
                    + "police. Commanders in Baghdad warned that insurgent attacks could rise as American forces pull "
                    + "back from the cities.");
    private static final Submission.Context RAIL = new Submission.Context("rail",
            "City council approves light-rail line",
            "The city council voted to build a twelve-mile light-rail line linking the airport with downtown, "
                    + "officials confirmed. Construction of the tram tracks and stations will start next spring and "
                    + "cost an estimated two billion dollars. Commuters and residents argued about noise, fares and "
                    + "the route through older neighbourhoods.");
    private static final Submission.Context FOOTBALL = new Submission.Context("football",
            "England beat Croatia in World Cup qualifier",
            "England won their World Cup qualifier against Croatia by four goals to one at Wembley. The striker "
                    + "scored twice in the first half and the goalkeeper saved a penalty late in the match. Stadium "
                    + "officials confirmed a crowd of eighty thousand, and the manager praised the defence.");

    private static final RelevanceModel MODEL = RelevanceModel.of(List.of(IRAQ, RAIL, FOOTBALL), NORMALISER);

    private static final String ON_TOPIC = "Pulling the troops out of Iraq this quickly is a mistake. The Iraqi army "
            + "is not ready, the insurgents know it, and the soldiers left behind in Baghdad will pay for the drawdown.";
    private static final String SPAM = "Make serious cash weekly from your kitchen table with our amazing online "
            + "business programme, click here now for free membership and exclusive bonus gifts!!!";

    private static Relevance relevance(String text, Submission.Context article) {
        return MODEL.relevance(NORMALISER.normalise(text), MODEL.vectorOf(article, NORMALISER));
    }

    private static Set<String> terms(String text) {
        return RelevanceModel.terms(NORMALISER.normalise(text).main().text()).keySet();
    }

    @Test
    void onTopicCommentIsCloserToItsArticleThanToAnother() {
        Relevance iraq = relevance(ON_TOPIC, IRAQ);
        Relevance football = relevance(ON_TOPIC, FOOTBALL);
        assertTrue(iraq.cosine() > football.cosine(), iraq + " vs " + football);
        assertTrue(iraq.sharedWords() > football.sharedWords(), iraq + " vs " + football);
        assertTrue(iraq.sharedWords() >= 5, iraq.toString());
        assertTrue(iraq.cosine() > 0.2, iraq.toString());
        assertEquals(iraq.contentWords(), football.contentWords(), "the comment's length does not depend on the article");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"iraq", "rail", "football"})
    void offTopicSpamSharesNothingWithAnyArticle(String key) {
        Submission.Context article = switch (key) {
            case "iraq" -> IRAQ;
            case "rail" -> RAIL;
            default -> FOOTBALL;
        };
        Relevance spam = relevance(SPAM, article);
        assertTrue(spam.contentWords() >= 8, "long enough to be judged: " + spam);
        assertEquals(0, spam.sharedWords(), spam.toString());
        assertEquals(0.0, spam.cosine(), spam.toString());
    }

    @Test
    void onTopicCommentClearsTheDefaultRelevanceLimitsWhileSpamDoesNot() {
        // The limits of RelevanceRule's defaults: 8 content words, cosine 0.04, one shared word.
        Relevance onTopic = relevance(ON_TOPIC, IRAQ);
        Relevance spam = relevance(SPAM, IRAQ);
        assertTrue(onTopic.cosine() >= 0.04 || onTopic.sharedWords() >= 1, onTopic.toString());
        assertTrue(spam.cosine() < 0.04 && spam.sharedWords() < 1, spam.toString());
    }

    @ParameterizedTest(name = "\"{0}\" meets \"{1}\"")
    @CsvSource({
            "troops, troop",
            "Iraq's, Iraq",
            "IRAQ'S, iraq",
            "soldiers, soldier",
            "cities, city",
            "qualifiers, qualifier",
    })
    void pluralsAndPossessivesMeetTheirStems(String inflected, String stem) {
        assertEquals(terms(stem), terms(inflected));
        assertEquals(1, terms(stem).size());
    }

    @Test
    void pluralAndPossessiveInACommentCountAsWordsTheArticleShares() {
        // The article has "troop" in its title and "Iraq" without an apostrophe.
        Relevance r = relevance("Iraq's troops", IRAQ);
        assertEquals(new Relevance(2, r.cosine(), 2), r);
        assertTrue(r.cosine() > 0, r.toString());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"bus", "status", "analysis", "glass", "virus"})
    void wordsEndingInUsIsOrDoubleSAreNotTakenForPlurals(String word) {
        assertEquals(Set.of(word), terms(word));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "They would have been there, if only we could.",
            "What about all of those people who said yes?",
            "I think it is what it is, okay lol",
            "Whatever anyone says, everyone should get something.",
            "It's 2 a.m. and 42 is ok by me",
    })
    void stopWordsShortWordsAndNumbersAreNotContentWords(String text) {
        assertEquals(Set.of(), terms(text));
        assertEquals(0, relevance(text, IRAQ).contentWords());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"does", "themselves", "ourselves", "yourselves"})
    void stopWordsEndingInSAreNotContentWords(String word) {
        assertEquals(Set.of(), terms(word));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"don't", "isn't", "aren't"})
    void contractionsOfStopWordsAreNotContentWords(String word) {
        assertEquals(Set.of(), terms(word));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "Finally. About time.",
            "+1, exactly right",
            "Well said!",
            "Couldn't agree more.",
            "Thanks for the article, very informative.",
            "Source?",
    })
    void shortRepliesHaveFewerThanEightContentWords(String text) {
        // Below RelevanceRule's default minimum they are never judged off topic.
        Relevance r = relevance(text, IRAQ);
        assertTrue(r.contentWords() < 8, r.toString());
    }

    @Test
    void repeatedWordsCountEveryTime() {
        assertEquals(Map.of("troop", 3), RelevanceModel.terms("troops, troops and troop"));
        assertEquals(3, relevance("troops, troops and troop", IRAQ).contentWords());
        assertEquals(1, relevance("troops, troops and troop", IRAQ).sharedWords());
    }

    @Test
    void wordEveryArticleUsesWeighsLessThanTheArticlesOwnWord() {
        // "officials" is in all three articles, "insurgent" only in this one; each once in the body.
        Map<String, Double> weights = MODEL.vectorOf(IRAQ, NORMALISER).weights();
        assertTrue(weights.get("official") < weights.get("insurgent"), weights.toString());
    }

    @Test
    void titleWordsWeighMoreThanBodyWords() {
        // "drawdown" is in the title and once in the body, "insurgent" once in the body; both only in this article.
        Map<String, Double> weights = MODEL.vectorOf(IRAQ, NORMALISER).weights();
        assertTrue(weights.get("drawdown") > weights.get("insurgent"), weights.toString());
    }

    @Test
    void cosineStaysBetweenZeroAndOne() {
        for (Submission.Context article : List.of(IRAQ, RAIL, FOOTBALL)) {
            for (String text : List.of(ON_TOPIC, SPAM, IRAQ.body(), "")) {
                double cosine = relevance(text, article).cosine();
                assertTrue(cosine >= 0 && cosine <= 1 + 1e-9, text + " on " + article.key() + ": " + cosine);
            }
        }
    }

    @Test
    void emptyTextOrEmptyModelGivesZeroNotNaN() {
        assertEquals(new Relevance(0, 0.0, 0), relevance("", IRAQ));
        RelevanceModel empty = RelevanceModel.empty();
        Relevance r = empty.relevance(NORMALISER.normalise(ON_TOPIC), empty.vectorOf(IRAQ, NORMALISER));
        assertTrue(r.cosine() > 0 && r.cosine() <= 1 + 1e-9, r.toString());
        Submission.Context blank = new Submission.Context("blank", "", "");
        assertEquals(0.0, MODEL.relevance(NORMALISER.normalise(ON_TOPIC), MODEL.vectorOf(blank, NORMALISER)).cosine());
    }
}
