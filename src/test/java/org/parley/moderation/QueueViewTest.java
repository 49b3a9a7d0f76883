package org.parley.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parley.comments.QueueSort;
import org.parley.comments.QueueTab;
import org.parley.filter.Category;

class QueueViewTest {

    @Test
    void aViewSurvivesTheRoundTripThroughAFormsBackField() {
        QueueView view = new QueueView(QueueTab.REJECTED, "some-article", Category.OFFTOPIC, "buy now & save",
                QueueSort.SCORE, 3);
        assertEquals("tab=rejected&article=some-article&category=offtopic&q=buy+now+%26+save&sort=score&page=3",
                view.query());
        assertEquals(view, QueueView.fromQuery(view.query()));
    }

    @Test
    void theDefaultsLeaveTheAddressClean() {
        assertEquals("/moderation", QueueView.defaults().path());
    }

    @Test
    void aBackFieldThatIsNotAViewMeansTheStartAndNeverAnotherSite() {
        assertEquals(QueueView.defaults(), QueueView.fromQuery("tab=nonsense"));
        assertEquals("/moderation", QueueView.fromQuery("//evil.example/").path());
        assertEquals("/moderation?page=2", QueueView.fromQuery("page=2&next=https://evil.example").path());
    }
}
