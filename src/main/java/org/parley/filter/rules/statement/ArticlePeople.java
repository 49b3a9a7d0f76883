package org.parley.filter.rules.statement;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.parley.filter.Budget;
import org.parley.filter.Field;
import org.parley.filter.Inspection;
import org.parley.filter.Signals;
import org.parley.filter.Submission;
import org.parley.filter.rules.Word;
import org.parley.filter.rules.statement.StatementRule.Span;
import org.parley.filter.text.Normaliser;
import org.parley.filter.text.TextView;

/**
 * Whether the article a comment is posted under names one of a rule's groups: then "they" in a comment that names
 * nobody else are the article's people ("Bomb them back to the stone age, they're savages"). Each article is
 * read once, by its key, title and length; the answers are kept for a few hundred articles, then forgotten.
 */
final class ArticlePeople {

    /** How a rule finds a group at a word. */
    interface Groups {
        Span at(List<Word> words, int i, int end, String original, TextView view);
    }

    private static final int REMEMBERED = 512;

    private final Map<String, Boolean> known = new ConcurrentHashMap<>();
    private final Normaliser normaliser;
    private final Groups groups;

    ArticlePeople(Normaliser normaliser, Groups groups) {
        this.normaliser = normaliser;
        this.groups = groups;
    }

    /** Whether the article a comment is posted under names one of the groups; read once per article. */
    boolean namedIn(Submission.Context article) {
        if (article == null || article.body() == null && article.title() == null) {
            return false;
        }
        String title = article.title() == null ? "" : article.title();
        String body = article.body() == null ? "" : article.body();
        String key = article.key() + "\n" + title + "\n" + body.length();
        Boolean answer = known.get(key);
        if (answer != null) {
            return answer;
        }
        Inspection read = Inspection.of(new Submission(title + ".\n" + body, null, null), normaliser,
                Signals.NONE, null, Budget.unlimited());
        List<Word> words = Word.of(read, Field.TEXT);
        TextView view = read.normalised(Field.TEXT).main();
        String original = read.original();
        boolean names = false;
        int end = 0;
        for (int i = 0; i < words.size() && !names; i++) {
            // The end of the word's sentence, found once per sentence: an article is long.
            if (i == end) {
                while (end < words.size() && words.get(end).sentence() == words.get(i).sentence()) {
                    end++;
                }
            }
            Span group = groups.at(words, i, end, original, view);
            names = group != null && !group.place() && !group.named();
        }
        if (known.size() >= REMEMBERED) {
            known.clear();
        }
        known.put(key, names);
        return names;
    }
}
