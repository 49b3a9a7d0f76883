package org.parley.filter;

import java.time.Duration;

import org.parley.filter.text.NormalisedText;
import org.parley.filter.text.Relevance;

/**
 * What the filter knows about a submission beyond its own text: how often the same text arrived lately, and
 * how it relates to the document it responds to. Supplied by the caller of the engine, so the engine itself
 * stays free of state.
 */
public interface Signals {

    /** No history and no document: for checks of isolated texts. */
    Signals NONE = new Signals() {
        @Override
        public int copiesWithin(Duration window) {
            return 1;
        }

        @Override
        public Relevance relevance(NormalisedText text) {
            return null;
        }
    };

    /** How many times this text (normalised) was submitted within {@code window}, this time included. */
    int copiesWithin(Duration window);

    /** How the text (already normalised) relates to its document, or null when it has none. */
    Relevance relevance(NormalisedText text);
}
