package org.parley.articles;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How new articles start. */
@ConfigMapping(prefix = "parley.articles")
public interface ArticlesConfig {

    /**
     * {@code parley.articles.default-comment-mode}: the comment mode of a new article, {@code OPEN} (the filter
     * decides) or {@code PREMODERATED} (every comment waits for a moderator). Admins can override it on the
     * settings page. Default OPEN.
     */
    @WithDefault("OPEN")
    CommentMode defaultCommentMode();
}
