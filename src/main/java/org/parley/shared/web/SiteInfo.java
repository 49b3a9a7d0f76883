package org.parley.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The site's name and public address, as every page and feed shows them. */
public record SiteInfo(String name, String baseUrl) {

    public SiteInfo {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The absolute address of a path on this site. */
    public String url(String path) {
        return baseUrl + path;
    }

    /** The absolute address of a path, encoded to go inside another URL's query. */
    public String encodedUrl(String path) {
        return URLEncoder.encode(url(path), StandardCharsets.UTF_8);
    }
}
