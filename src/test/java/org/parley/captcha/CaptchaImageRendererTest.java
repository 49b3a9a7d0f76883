package org.parley.captcha;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CaptchaImageRendererTest {

    private static final List<String> TWO_WORDS = List.of("garden", "pepper");
    private static final List<String> THREE_LONG_WORDS = List.of("machine", "balance", "element");

    /** Luminance at or below this counts as ink; the palette's ink sits far below it. */
    private static final int DARK = 110;

    /** Speckle stays above ~148 and the lightest ink below ~125, so this splits paper from ink. */
    private static final int BACKGROUND_ISH = 135;

    private final CaptchaImageRenderer renderer = new CaptchaImageRenderer();

    @BeforeAll
    static void runHeadless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void rendersAValidPngOfTheAdvertisedSize() throws IOException {
        byte[] png = renderer.renderPng(TWO_WORDS, new SplittableRandom(1));

        assertTrue(png.length > 8 && (png[0] & 0xFF) == 0x89 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G',
                "output should start with the PNG signature");
        BufferedImage image = decode(png);
        assertEquals(CaptchaImageRenderer.WIDTH, image.getWidth());
        assertEquals(CaptchaImageRenderer.HEIGHT, image.getHeight());
    }

    @Test
    void differentNoiseGivesDifferentImagesForTheSameWords() throws IOException {
        BufferedImage a = decode(renderer.renderPng(TWO_WORDS, new SplittableRandom(1)));
        BufferedImage b = decode(renderer.renderPng(TWO_WORDS, new SplittableRandom(2)));

        assertFalse(samePixels(a, b), "two renders with different noise should not be identical");
    }

    @Test
    void theSameNoiseSeedReproducesTheSameImage() {
        byte[] a = renderer.renderPng(TWO_WORDS, new SplittableRandom(42));
        byte[] b = renderer.renderPng(TWO_WORDS, new SplittableRandom(42));

        assertArrayEquals(a, b);
    }

    @Test
    void threeLongWordsFitWithoutTouchingTheEdges() throws IOException {
        List<List<String>> wide = List.of(
                THREE_LONG_WORDS,
                List.of("wwwwwww", "mmmmmmm", "wwwwwww"),
                List.of("dynamic", "gymnast", "kayaked"));
        for (List<String> words : wide) {
            for (long seed = 0; seed < 25; seed++) {
                BufferedImage image = decode(renderer.renderPng(words, new SplittableRandom(seed)));
                int w = image.getWidth();
                int h = image.getHeight();
                for (int edge = 0; edge < 2; edge++) {
                    for (int y = 0; y < h; y++) {
                        assertBackgroundIsh(image, edge, y, words, seed);
                        assertBackgroundIsh(image, w - 1 - edge, y, words, seed);
                    }
                    for (int x = 0; x < w; x++) {
                        assertBackgroundIsh(image, x, edge, words, seed);
                        assertBackgroundIsh(image, x, h - 1 - edge, words, seed);
                    }
                }
            }
        }
    }

    @Test
    void theImageHasEnoughDarkPixelsToBeReadable() throws IOException {
        for (List<String> words : List.of(TWO_WORDS, THREE_LONG_WORDS, List.of("cake", "snow"))) {
            for (long seed = 0; seed < 20; seed++) {
                BufferedImage image = decode(renderer.renderPng(words, new SplittableRandom(seed)));
                int dark = 0;
                int light = 0;
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        int lum = luminance(image.getRGB(x, y));
                        if (lum <= DARK) {
                            dark++;
                        } else if (lum >= 200) {
                            light++;
                        }
                    }
                }
                int total = image.getWidth() * image.getHeight();
                // Enough ink to carry the letters, but mostly light paper so the ink stands out.
                assertTrue(dark > total * 0.04, words + " seed " + seed + ": only " + dark + " dark pixels");
                assertTrue(dark < total * 0.45, words + " seed " + seed + ": too much ink, " + dark);
                assertTrue(light > total * 0.45, words + " seed " + seed + ": only " + light + " light pixels");
            }
        }
    }

    @Test
    void rendersConcurrentlyFromManyThreads() throws InterruptedException {
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            long seed = t;
            threads.add(new Thread(() -> {
                try {
                    SplittableRandom noise = new SplittableRandom(seed);
                    for (int i = 0; i < 20; i++) {
                        assertNotNull(decode(renderer.renderPng(THREE_LONG_WORDS, noise)));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertTrue(failures.isEmpty(), () -> "failures: " + failures);
    }

    @Test
    void rejectsMissingOrBlankWords() {
        SplittableRandom noise = new SplittableRandom(1);
        assertThrows(IllegalArgumentException.class, () -> renderer.renderPng(List.of(), noise));
        assertThrows(IllegalArgumentException.class, () -> renderer.renderPng(List.of("cake", " "), noise));
        assertThrows(NullPointerException.class, () -> renderer.renderPng(null, noise));
        assertThrows(NullPointerException.class, () -> renderer.renderPng(TWO_WORDS, null));
    }

    @Test
    void wordListHasAtLeastFifteenHundredCleanWords() throws IOException {
        List<String> words = new ArrayList<>();
        try (InputStream in = CaptchaImageRendererTest.class.getResourceAsStream("/captcha/words.txt")) {
            assertNotNull(in, "/captcha/words.txt should be on the classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                words.add(line);
            }
        }

        assertTrue(words.size() >= 1500, "only " + words.size() + " words");
        Pattern clean = Pattern.compile("[a-z]{4,7}");
        // Letter pairs that smear into other letters once the image is warped.
        Pattern confusable = Pattern.compile("q|rn|li|il|lj|jl");
        Set<String> seen = new HashSet<>();
        for (String word : words) {
            assertTrue(clean.matcher(word).matches(), "not a clean word: '" + word + "'");
            assertFalse(confusable.matcher(word).find(), "easily misread: " + word);
            assertTrue(seen.add(word), "duplicate: " + word);
        }
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(null);
        assertEquals(sorted, words, "word list should be sorted");
    }

    private static void assertBackgroundIsh(BufferedImage image, int x, int y, List<String> words, long seed) {
        int lum = luminance(image.getRGB(x, y));
        assertTrue(lum >= BACKGROUND_ISH,
                () -> words + " seed " + seed + ": ink at edge pixel (" + x + "," + y + "), luminance " + lum);
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int luminance(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return (int) Math.round(0.2126 * r + 0.7152 * g + 0.0722 * b);
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "ImageIO could not decode the PNG");
        return image;
    }
}
