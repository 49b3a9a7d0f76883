package org.parley.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.articles.NewArticle;
import org.parley.captcha.CaptchaService;
import org.parley.support.TestArticles;
import org.parley.support.TestComments;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Feed readers decode an item's description once and show it as HTML: what a reader typed must come out of
 * that as the same characters, never as markup.
 */
@QuarkusTest
class FeedEscapingTest {

    private static final String MARKUP = "Quoting the page: </textarea><script>alert(1)</script> & more";

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Test
    void aCommentsMarkupReachesFeedReadersAsText() throws Exception {
        ArticleView article = TestArticles.fresh(articles);
        TestComments.published(captcha, article, "Quoter", MARKUP + "\nSecond line.");

        String html = descriptions("/articles/" + article.slug() + "/comments.rss").get(1);
        assertEquals("Quoting the page: &lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more<br>"
                + "Second line.", html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void anArticlesMarkupReachesFeedReadersAsText() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        articles.create(new NewArticle("Markup " + id, MARKUP + "\n\nThe second paragraph.", "Desk", "Reporter",
                Instant.now().plusSeconds(3600), List.of(), "markup-" + id));

        String html = descriptions("/rss.xml").get(1);
        assertEquals("Quoting the page: &lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", html);
    }

    /** Each description's text as a feed reader's XML parser gives it, the channel's first. */
    private static List<String> descriptions(String feed) throws Exception {
        byte[] xml = given().get(feed).then().statusCode(200).extract().asByteArray();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList nodes = doc.getElementsByTagName("description");
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
