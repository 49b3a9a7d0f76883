package org.parley.filter.text;

/**
 * How a text relates to its document: how many content words it has, the TF-IDF cosine between the two, and
 * how many of its distinct content words the document also uses.
 */
public record Relevance(int contentWords, double cosine, int sharedWords) {
}
