package org.deepfreq.testing;

import java.awt.image.BufferedImage;

/** Variance of an image's grey levels on every second pixel: near 0 for a blank image, large for a drawn chart. */
public final class PixelVariance {

    private PixelVariance() {
    }

    public static double of(BufferedImage img) {
        double sum = 0;
        double sq = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                double v = ((rgb >> 16) & 255) * 0.3 + ((rgb >> 8) & 255) * 0.59 + (rgb & 255) * 0.11;
                sum += v;
                sq += v * v;
                n++;
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }
}
