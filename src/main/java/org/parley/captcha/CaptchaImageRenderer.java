package org.parley.captcha;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws captcha words as a distorted PNG with Java2D (headless).
 *
 * <p>The comment form shows this image to anonymous commenters and asks them to type the words
 * back. The goal is a low-friction human check that defeats naive OCR bots, not a fortress: the
 * words stay large, dark and clearly separated, and the distortion (per-glyph rotation, scaling
 * and jitter, interference curves, speckle noise and a sine-wave warp) is kept mild enough that
 * people can read it at a glance.
 *
 * <p>The caller chooses the words and owns the secret; this class only draws them. All randomness
 * comes from the {@link RandomGenerator} passed to {@link #renderPng}, so a seeded generator gives
 * a reproducible image. Instances hold no mutable state and may be shared between threads.
 */
public final class CaptchaImageRenderer {

    public static final int WIDTH = 260, HEIGHT = 80;

    private static final String PREFERRED_FAMILY = "DejaVu Sans";

    // Resolved once: asking the font system for its family list is slow, and a missing DejaVu
    // package (e.g. a slim container image) must degrade to the logical sans font, not fail.
    private static final String FONT_FAMILY = resolveFontFamily();

    /** Glyphs are laid out at this size, then the whole text block is scaled down to fit. */
    private static final float BASE_FONT_SIZE = 32f;

    /**
     * Below this the strokes of DejaVu Bold start to blur into each other once warped, so a
     * smaller size is only used when the words cannot fit any other way.
     */
    private static final float COMFORTABLE_FONT_SIZE = 22f;

    // Horizontal margin must exceed the warp's horizontal amplitude, otherwise the warp could
    // pull ink onto the outermost columns and the text would look clipped.
    private static final int MARGIN_X = 9;
    private static final int MARGIN_Y = 7;

    private static final double MAX_ROTATION = 0.25;

    /** Word gap as a fraction of the font size; wide enough that word boundaries are obvious. */
    private static final double WORD_GAP_EM = 0.62;

    /** DejaVu Sans Bold is wide; a slight condensation lets longer words stay large. */
    private static final double CONDENSE = 0.90;

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /**
     * Renders the given words into a {@value #WIDTH}x{@value #HEIGHT} PNG.
     *
     * <p>Words are drawn left to right with a clear gap between them. When a single line would
     * force the font below a comfortable size (e.g. three seven-letter words), the words are
     * broken over two lines instead, read left to right, top to bottom.
     *
     * @param words the 2–3 words to draw
     * @param noise a random source for distortion only (the caller owns choosing words)
     * @return PNG-encoded image bytes
     * @throws IllegalArgumentException if {@code words} is empty or contains a blank word
     */
    public byte[] renderPng(List<String> words, RandomGenerator noise) {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(noise, "noise");
        if (words.isEmpty()) {
            throw new IllegalArgumentException("at least one word is required");
        }
        for (String word : words) {
            if (word == null || word.isBlank()) {
                throw new IllegalArgumentException("words must not be blank: " + words);
            }
        }

        Palette palette = Palette.random(noise);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);

            g.setColor(palette.background);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawSpeckle(g, noise, palette);

            Shape text = layoutText(words, noise);
            g.setColor(palette.ink);
            g.fill(text);
            drawInterferenceCurves(g, text.getBounds2D(), noise, palette);
        } finally {
            g.dispose();
        }
        return encodePng(CaptchaWarp.warp(image, noise, palette.background.getRGB()));
    }

    // ---------------------------------------------------------------- layout

    /**
     * Builds all glyph outlines, already distorted and positioned, as one shape in image space.
     * Distortion happens before fitting so that the fit accounts for rotated corners and scale
     * jitter, which is what guarantees nothing is clipped.
     */
    private static Shape layoutText(List<String> words, RandomGenerator noise) {
        Font font = new Font(FONT_FAMILY, Font.BOLD, Math.round(BASE_FONT_SIZE));
        List<Path2D> distorted = new ArrayList<>(words.size());
        for (String word : words) {
            distorted.add(distortWord(font, word, noise));
        }

        Path2D best = arrangeOnOneLine(distorted);
        double bestScale = fitScale(best.getBounds2D());
        if (distorted.size() > 1 && BASE_FONT_SIZE * bestScale < COMFORTABLE_FONT_SIZE) {
            Path2D twoLines = arrangeOnTwoLines(distorted);
            double twoLineScale = fitScale(twoLines.getBounds2D());
            if (twoLineScale > bestScale) {
                best = twoLines;
                bestScale = twoLineScale;
            }
        }

        Rectangle2D b = best.getBounds2D();
        double w = b.getWidth() * bestScale;
        double h = b.getHeight() * bestScale;
        // Spend some of the leftover room on a random offset so the text isn't always centred.
        double slackX = Math.max(0, WIDTH - 2 * MARGIN_X - w);
        double slackY = Math.max(0, HEIGHT - 2 * MARGIN_Y - h);
        double left = MARGIN_X + slackX * noise.nextDouble(0.3, 0.7);
        double top = MARGIN_Y + slackY * noise.nextDouble(0.3, 0.7);

        AffineTransform place = new AffineTransform();
        place.translate(left, top);
        place.scale(bestScale, bestScale);
        place.translate(-b.getX(), -b.getY());
        return place.createTransformedShape(best);
    }

    /** Returns the word with its baseline at y=0, starting at x=0, each glyph individually bent. */
    private static Path2D distortWord(Font font, String word, RandomGenerator noise) {
        GlyphVector gv = font.createGlyphVector(FRC, word);
        Path2D out = new Path2D.Double();
        double pen = 0;
        for (int i = 0; i < gv.getNumGlyphs(); i++) {
            double advance = gv.getGlyphMetrics(i).getAdvance();
            // The outline comes back at its slot in the word; pull it to the origin because our
            // own pen (with condensation and tracking jitter) decides where it goes.
            Point2D slot = gv.getGlyphPosition(i);
            Shape glyph = gv.getGlyphOutline(i, (float) -slot.getX(), (float) -slot.getY());
            Rectangle2D gb = glyph.getBounds2D();
            if (gb.isEmpty()) {
                pen += advance * CONDENSE;
                continue;
            }
            double scale = noise.nextDouble(0.90, 1.08);
            double sx = scale * CONDENSE;
            double rotation = noise.nextDouble(-MAX_ROTATION, MAX_ROTATION);
            double jitter = noise.nextDouble(-0.08, 0.08) * BASE_FONT_SIZE;

            // Rotate and scale about the glyph's visual centre so a tilted letter stays on its
            // own slot instead of swinging into its neighbours.
            double cx = gb.getCenterX();
            double cy = gb.getCenterY();
            AffineTransform t = new AffineTransform();
            t.translate(pen + cx * sx, cy + jitter);
            t.rotate(rotation);
            t.scale(sx, scale);
            t.translate(-cx, -cy);
            out.append(t.createTransformedShape(glyph), false);

            // A touch of random tracking keeps letter spacing irregular without letting glyphs
            // merge, which is the main thing that makes distorted text unreadable for people.
            pen += advance * sx + noise.nextDouble(0.02, 0.07) * BASE_FONT_SIZE;
        }
        return out;
    }

    private static Path2D arrangeOnOneLine(List<Path2D> words) {
        return arrangeLine(words, 0);
    }

    /** Splits the words where the two lines come out closest in width. */
    private static Path2D arrangeOnTwoLines(List<Path2D> words) {
        int bestSplit = 1;
        double bestWidth = Double.MAX_VALUE;
        for (int split = 1; split < words.size(); split++) {
            double width = Math.max(lineWidth(words.subList(0, split)),
                    lineWidth(words.subList(split, words.size())));
            if (width < bestWidth) {
                bestWidth = width;
                bestSplit = split;
            }
        }
        Path2D first = arrangeLine(words.subList(0, bestSplit), 0);
        Path2D second = arrangeLine(words.subList(bestSplit, words.size()), 0);
        Rectangle2D fb = first.getBounds2D();
        Rectangle2D sb = second.getBounds2D();

        // Centre each line on the other and stack them with a small leading, so the eye reads
        // them as one phrase rather than two unrelated captchas.
        double leading = 0.06 * BASE_FONT_SIZE;
        double centre = Math.max(fb.getWidth(), sb.getWidth()) / 2;
        Path2D out = new Path2D.Double();
        out.append(AffineTransform.getTranslateInstance(centre - fb.getCenterX(), 0)
                .createTransformedShape(first), false);
        out.append(AffineTransform.getTranslateInstance(centre - sb.getCenterX(),
                fb.getMaxY() - sb.getMinY() + leading).createTransformedShape(second), false);
        return out;
    }

    private static Path2D arrangeLine(List<Path2D> words, double baseline) {
        Path2D line = new Path2D.Double();
        double x = 0;
        for (Path2D word : words) {
            Rectangle2D wb = word.getBounds2D();
            line.append(AffineTransform.getTranslateInstance(x - wb.getMinX(), baseline)
                    .createTransformedShape(word), false);
            x += wb.getWidth() + WORD_GAP_EM * BASE_FONT_SIZE;
        }
        return line;
    }

    private static double lineWidth(List<Path2D> words) {
        double width = (words.size() - 1) * WORD_GAP_EM * BASE_FONT_SIZE;
        for (Path2D word : words) {
            width += word.getBounds2D().getWidth();
        }
        return width;
    }

    /** Largest scale (never above 1, so short words don't balloon) that fits inside the margins. */
    private static double fitScale(Rectangle2D bounds) {
        double sx = (WIDTH - 2.0 * MARGIN_X) / bounds.getWidth();
        double sy = (HEIGHT - 2.0 * MARGIN_Y) / bounds.getHeight();
        return Math.min(1.0, Math.min(sx, sy));
    }

    // ---------------------------------------------------------------- noise

    private static void drawSpeckle(Graphics2D g, RandomGenerator noise, Palette palette) {
        // Speckle breaks up the flat background that makes thresholding trivial for OCR, but
        // stays far lighter than the ink so it never competes with the letters.
        int dots = 380 + noise.nextInt(120);
        for (int i = 0; i < dots; i++) {
            int grey = noise.nextInt(165, 215);
            g.setColor(palette.tint(grey));
            int x = noise.nextInt(WIDTH);
            int y = noise.nextInt(HEIGHT);
            int size = noise.nextInt(1, 3);
            g.fillRect(x, y, size, size);
        }
    }

    private static void drawInterferenceCurves(Graphics2D g, Rectangle2D text, RandomGenerator noise,
                                               Palette palette) {
        // Curves run across the words (not the whole image) so they actually overlap glyphs,
        // which is what defeats segmentation; they stay thinner than the letter strokes so
        // people still see them as "not a letter".
        double x0 = Math.max(MARGIN_X, text.getMinX() - 4);
        double x1 = Math.min(WIDTH - MARGIN_X, text.getMaxX() + 4);
        double yTop = text.getMinY() + text.getHeight() * 0.2;
        double yBottom = text.getMaxY() - text.getHeight() * 0.2;
        int curves = 2 + noise.nextInt(2);
        for (int i = 0; i < curves; i++) {
            g.setStroke(new BasicStroke((float) noise.nextDouble(1.3, 2.1),
                    BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(i == 0 ? palette.ink : palette.lighterInk);
            double ya = noise.nextDouble(yTop, yBottom);
            double yb = noise.nextDouble(yTop, yBottom);
            double span = x1 - x0;
            if (i % 2 == 0) {
                g.draw(new CubicCurve2D.Double(
                        x0, ya,
                        x0 + span * 0.33, noise.nextDouble(yTop - 14, yBottom + 14),
                        x0 + span * 0.66, noise.nextDouble(yTop - 14, yBottom + 14),
                        x1, yb));
            } else {
                g.draw(new QuadCurve2D.Double(
                        x0, ya,
                        x0 + span * noise.nextDouble(0.3, 0.7), noise.nextDouble(yTop - 20, yBottom + 20),
                        x1, yb));
            }
        }
    }

    // ---------------------------------------------------------------- output

    private static byte[] encodePng(BufferedImage image) {
        // ImageIO.write(..., OutputStream) may buffer through a temp file depending on the global
        // ImageIO cache setting; an explicit memory-cached stream avoids disk I/O per request
        // without touching that JVM-wide switch.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 * 1024);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("no PNG ImageWriter available");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String resolveFontFamily() {
        try {
            String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames(Locale.ENGLISH);
            if (Arrays.asList(families).contains(PREFERRED_FAMILY)) {
                return PREFERRED_FAMILY;
            }
        } catch (RuntimeException | Error e) {
            // A broken fontconfig setup should cost us the pinned font, not the comment form.
        }
        return Font.SANS_SERIF;
    }

    /** Colours for one image: dark ink on a light, slightly tinted paper. */
    private static final class Palette {
        final Color background;
        final Color ink;
        final Color lighterInk;
        private final float hue;

        private Palette(Color background, Color ink, Color lighterInk, float hue) {
            this.background = background;
            this.ink = ink;
            this.lighterInk = lighterInk;
            this.hue = hue;
        }

        static Palette random(RandomGenerator noise) {
            float paperHue = noise.nextFloat();
            Color paper = Color.getHSBColor(paperHue, (float) noise.nextDouble(0.03, 0.09),
                    (float) noise.nextDouble(0.95, 0.99));
            // Brightness <= 0.33 keeps the ink's luminance low enough for a contrast ratio well
            // above WCAG's 7:1 against the near-white paper, whatever the hue.
            float inkHue = noise.nextFloat();
            float inkSat = (float) noise.nextDouble(0.45, 0.80);
            Color ink = Color.getHSBColor(inkHue, inkSat, (float) noise.nextDouble(0.18, 0.30));
            Color lighter = Color.getHSBColor(inkHue, inkSat, (float) noise.nextDouble(0.38, 0.48));
            return new Palette(paper, ink, lighter, paperHue);
        }

        /** A grey of roughly the given level, nudged towards the paper hue so speckle blends in. */
        Color tint(int grey) {
            Color c = Color.getHSBColor(hue, 0.10f, grey / 255f);
            return new Color(c.getRed(), c.getGreen(), c.getBlue());
        }
    }
}
