package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import javafx.scene.paint.Color;

/** Epoch colours and heat maps follow viridis: its ends, and lightness rising steadily (readable in grey). */
class ColourMapsTest {

    @Test
    void viridisRunsFromDarkVioletToYellowWithRisingLightness() {
        assertThat(ColourMaps.viridis(0)).isEqualTo(Color.web("#440154"));
        assertThat(ColourMaps.viridis(1)).isEqualTo(Color.web("#FDE725"));
        double previous = -1;
        for (int i = 0; i <= 100; i++) {
            Color c = ColourMaps.viridis(i / 100.0);
            double luma = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
            assertThat(luma).as("lightness at %d %%", i).isGreaterThan(previous);
            previous = luma;
        }
    }

    @Test
    void epochCurvesTakeTheirColourFromViridisAndTheNewestIsThicker() {
        assertThat(EpochColours.style(0, false)).isEqualTo("-fx-line-color: rgb(68,1,84); -fx-line-width: 1.2;");
        Color late = ColourMaps.viridis(ColourMaps.LINE_END);
        assertThat(EpochColours.style(1, true)).isEqualTo(String.format("-fx-line-color: rgb(%d,%d,%d); -fx-line-width: 3.0;",
                Math.round(late.getRed() * 255), Math.round(late.getGreen() * 255), Math.round(late.getBlue() * 255)));
    }
}
