package org.parley.shared.web;

/** What the HTML page resources of every feature answer with. */
public final class Pages {

    /** Every page is UTF-8, said in the header so that no browser guesses otherwise. */
    public static final String HTML = "text/html;charset=UTF-8";

    private Pages() {
    }
}
