package org.parley.captcha;

import static org.parley.captcha.CaptchaImageRenderer.HEIGHT;
import static org.parley.captcha.CaptchaImageRenderer.WIDTH;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.random.RandomGenerator;

/**
 * The last step of drawing a captcha: the finished picture bent by smooth waves, so that the letters lose the
 * straight edges a reading machine looks for, while a person still reads them.
 */
final class CaptchaWarp {

    private CaptchaWarp() {
    }

    /**
     * Shifts rows sideways and columns up/down along sine waves. Sampling is bilinear so the
     * antialiased edges survive the warp instead of turning into stair steps.
     */
    static BufferedImage warp(BufferedImage src, RandomGenerator noise, int background) {
        int[] in = ((DataBufferInt) src.getRaster().getDataBuffer()).getData();
        BufferedImage dst = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) dst.getRaster().getDataBuffer()).getData();

        double ampX = noise.nextDouble(1.5, 3.0);
        double periodX = noise.nextDouble(45, 90);
        double phaseX = noise.nextDouble(0, 2 * Math.PI);
        double ampY = noise.nextDouble(2.0, 3.5);
        double periodY = noise.nextDouble(70, 150);
        double phaseY = noise.nextDouble(0, 2 * Math.PI);

        double[] rowShift = new double[HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            rowShift[y] = ampX * Math.sin(2 * Math.PI * y / periodX + phaseX);
        }
        double[] columnShift = new double[WIDTH];
        for (int x = 0; x < WIDTH; x++) {
            columnShift[x] = ampY * Math.sin(2 * Math.PI * x / periodY + phaseY);
        }

        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                out[y * WIDTH + x] = sample(in, x + rowShift[y], y + columnShift[x], background);
            }
        }
        return dst;
    }

    static int sample(int[] pixels, double fx, double fy, int background) {
        int x0 = (int) Math.floor(fx);
        int y0 = (int) Math.floor(fy);
        double ax = fx - x0;
        double ay = fy - y0;
        int p00 = pixel(pixels, x0, y0, background);
        int p10 = pixel(pixels, x0 + 1, y0, background);
        int p01 = pixel(pixels, x0, y0 + 1, background);
        int p11 = pixel(pixels, x0 + 1, y0 + 1, background);
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double top = ((p00 >> shift) & 0xFF) * (1 - ax) + ((p10 >> shift) & 0xFF) * ax;
            double bottom = ((p01 >> shift) & 0xFF) * (1 - ax) + ((p11 >> shift) & 0xFF) * ax;
            int channel = (int) Math.round(top * (1 - ay) + bottom * ay);
            rgb |= channel << shift;
        }
        return rgb;
    }

    static int pixel(int[] pixels, int x, int y, int background) {
        if (x < 0 || y < 0 || x >= WIDTH || y >= HEIGHT) {
            return background;
        }
        return pixels[y * WIDTH + x];
    }
}
