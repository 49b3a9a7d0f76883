package org.parley.shared.web;

/** The line at the top of a page after a change or a refused one: what happened, as a success or an error. */
public record PageNotice(String kind, String message) {

    public static PageNotice success(String message) {
        return new PageNotice("success", message);
    }

    public static PageNotice error(String message) {
        return new PageNotice("error", message);
    }
}
