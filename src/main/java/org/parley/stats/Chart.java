package org.parley.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart laid out for SVG on the server: the page needs no chart library and no script, and the numbers stay
 * readable as a table next to it. Bars of one column stack in series order.
 */
public record Chart(String title, int width, int height, List<Bar> bars, List<Label> labels, List<Label> ticks,
        List<Series> legend) {

    static final int WIDTH = 720;
    static final int HEIGHT = 220;
    static final int LEFT = 44;
    static final int BOTTOM = 24;
    static final int TOP = 10;

    /** One drawn rectangle, with the text a pointer or screen reader gets. */
    public record Bar(String x, String y, String w, String h, String series, String title) {
    }

    public record Label(String x, String y, String text) {
    }

    public record Series(String key, String label) {
    }

    /** One column: its label and a value per series. */
    public record Column(String label, long[] values) {
    }

    /** Columns of stacked series, e.g. comments per day by decision. */
    static Chart stacked(String title, List<Series> series, List<Column> columns, String unit) {
        long max = 1;
        for (Column c : columns) {
            long sum = 0;
            for (long v : c.values()) {
                sum += v;
            }
            max = Math.max(max, sum);
        }
        // A readable step (1, 2 or 5 times a power of ten) with at most four of them up to the top: every tick a
        // different whole number (a top of 5 in quarters read 0, 1, 2, 3, 5).
        long step = niceCeiling((max + 3) / 4);
        long top = step * ((max + step - 1) / step);
        double plotW = WIDTH - LEFT - 8;
        double plotH = HEIGHT - TOP - BOTTOM;
        double slot = columns.isEmpty() ? plotW : plotW / columns.size();
        double barW = Math.max(2, slot * 0.7);
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(columns.size() / 10.0));
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            double x = LEFT + i * slot + (slot - barW) / 2;
            double base = TOP + plotH;
            for (int s = 0; s < series.size(); s++) {
                long v = c.values()[s];
                if (v == 0) {
                    continue;
                }
                double h = plotH * v / top;
                base -= h;
                bars.add(new Bar(f(x), f(base), f(barW), f(h), series.get(s).key(),
                        c.label() + ": " + v + " " + series.get(s).label() + unit));
            }
            if (i % every == 0) {
                labels.add(new Label(f(x + barW / 2), f(HEIGHT - 6.0), c.label()));
            }
        }
        List<Label> ticks = new ArrayList<>();
        for (long value = 0; value <= top; value += step) {
            ticks.add(new Label(f(LEFT - 6.0), f(TOP + plotH - plotH * value / top + 4), Long.toString(value)));
        }
        return new Chart(title, WIDTH, HEIGHT, bars, labels, ticks, series);
    }

    /** 1, 2 or 5 times a power of ten, at or above {@code n}: axis ticks people can read. */
    static long niceCeiling(long n) {
        long p = 1;
        while (p * 10 <= n) {
            p *= 10;
        }
        for (long m : new long[] {1, 2, 5, 10}) {
            if (m * p >= n) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
