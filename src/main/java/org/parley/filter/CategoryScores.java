package org.parley.filter;

/** The summed scores of enforced hits, one per category. */
public record CategoryScores(int racist, int abusive, int offtopic) {

    public static final CategoryScores ZERO = new CategoryScores(0, 0, 0);

    public int get(Category category) {
        return switch (category) {
            case RACIST -> racist;
            case ABUSIVE -> abusive;
            case OFFTOPIC -> offtopic;
        };
    }

    public CategoryScores plus(Category category, int score) {
        return switch (category) {
            case RACIST -> new CategoryScores(racist + score, abusive, offtopic);
            case ABUSIVE -> new CategoryScores(racist, abusive + score, offtopic);
            case OFFTOPIC -> new CategoryScores(racist, abusive, offtopic + score);
        };
    }
}
