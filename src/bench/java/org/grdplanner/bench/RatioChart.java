package org.grdplanner.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** A bar per line of the table: its ratio to the baseline, with the 1.0 mark and the 0.8 goal. */
final class RatioChart {

    private static final int LABEL_WIDTH = 430;
    private static final int BAR_WIDTH = 520;
    private static final int ROW = 24;
    private static final int TOP = 40;

    private RatioChart() {
    }

    static void write(List<Result> results, Path png) throws IOException {
        double scale = Math.max(1.25, results.stream().mapToDouble(Result::ratio).max().orElse(1));
        int height = TOP + ROW * results.size() + 30;
        BufferedImage image = new BufferedImage(LABEL_WIDTH + BAR_WIDTH + 60, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), height);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.setColor(Color.BLACK);
        g.drawString("Ratio to the baseline measured in the same run (1.0 = as good as the baseline)", 10, 22);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i < results.size(); i++) {
            Result result = results.get(i);
            int y = TOP + i * ROW;
            double ratio = result.ratio();
            g.setColor(Color.DARK_GRAY);
            g.drawString(result.benchmark() + ": " + result.figure(), 10, y + 16);
            g.setColor(ratio >= 0.8 ? new Color(0x2e7d32) : ratio >= 0.5 ? new Color(0xf9a825) : new Color(0xc62828));
            g.fillRect(LABEL_WIDTH, y + 4, (int) (BAR_WIDTH * ratio / scale), ROW - 8);
            g.setColor(Color.BLACK);
            g.drawString(String.format(Locale.ROOT, "%.2f", ratio),
                    LABEL_WIDTH + (int) (BAR_WIDTH * ratio / scale) + 4, y + 16);
        }
        mark(g, 1.0, scale, height, new BasicStroke(1.5f));
        mark(g, 0.8, scale, height, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {4, 4}, 0));
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void mark(Graphics2D g, double ratio, double scale, int height, BasicStroke stroke) {
        int x = LABEL_WIDTH + (int) (BAR_WIDTH * ratio / scale);
        g.setColor(Color.GRAY);
        g.setStroke(stroke);
        g.drawLine(x, TOP - 6, x, height - 24);
        g.drawString(String.format(Locale.ROOT, "%.1f", ratio), x - 8, height - 8);
    }
}
