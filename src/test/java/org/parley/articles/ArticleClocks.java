package org.parley.articles;

import java.time.Clock;

import io.quarkus.arc.ClientProxy;

/** Lets tests outside this package fix the time by which articles close. */
public final class ArticleClocks {

    private ArticleClocks() {
    }

    /** Makes the article service read its time from {@code clock}; {@code Clock.systemUTC()} puts it back. */
    public static void useClock(ArticleService articles, Clock clock) {
        ClientProxy.unwrap(articles).clock = clock;
    }
}
