package org.parley.rules;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Drafts an editor keeps while their back-test runs and the admin looks at it: each under a random key that
 * only its page knows, for an hour, the oldest dropped past {@code most}. In memory on the node that made them;
 * a draft that is gone is made again from the form.
 */
final class Drafts<T> {

    private final Cache<String, T> kept;

    Drafts(int most) {
        this.kept = Caffeine.newBuilder().expireAfterWrite(1, TimeUnit.HOURS).maximumSize(most).build();
    }

    /** Keeps a draft and answers its key. */
    String keep(T draft) {
        String key = UUID.randomUUID().toString();
        kept.put(key, draft);
        return key;
    }

    /** The draft under {@code key}, or null when there is none (no key, expired, or another node's). */
    T find(String key) {
        return key == null ? null : kept.getIfPresent(key);
    }
}
