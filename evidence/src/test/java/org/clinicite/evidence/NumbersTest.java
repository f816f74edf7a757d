package org.clinicite.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Rare-event proportions keep their digits in text, JSON, CSV and plot labels. */
class NumbersTest {

    @Test
    void ordinaryProportionsKeepThreeDecimals() {
        assertEquals("0.789 [0.567, 0.915]", Numbers.proportion(15.0 / 19, new Interval(0.5667, 0.9149), 3));
        // a zero bound does not ask for more digits
        assertEquals("0.000 [0.000, 0.133]", Numbers.proportion(0, new Interval(0, 0.1332), 3));
        // only the estimate decides: a small lower bound keeps the row as it was
        assertEquals("0.03 [0.00, 0.16]", Numbers.proportion(0.0258, new Interval(0.0036, 0.1624), 2));
        assertEquals(3, Numbers.decimalsFor(3, 0.0005));
    }

    @Test
    void rareEventProportionsShowTwoSignificantDigits() {
        // Wang (2023) tutorial: congenital cataract, a prevalence of about 4 in 10,000
        assertEquals("0.00042 [0.00032, 0.00057]",
                Numbers.proportion(0.000424151, new Interval(0.000316053, 0.000569202), 3));
        // forest-plot labels start from 2 decimals and end at the same 2 significant digits
        assertEquals("0.00042 [0.00032, 0.00057]",
                Numbers.proportion(0.000424151, new Interval(0.000316053, 0.000569202), 2));
        assertEquals("0.79 [0.57, 0.91]", Numbers.proportion(15.0 / 19, new Interval(0.5667, 0.9149), 2));
        assertEquals(4, Numbers.decimalsFor(2, 0.0042));
        assertEquals(5, Numbers.decimalsFor(3, -0.0004)); // "0.00040"
        assertEquals(8, Numbers.decimalsFor(3, 3.2e-7));
        assertEquals(10, Numbers.decimalsFor(3, 1e-15));
    }

    @Test
    void jsonAndCsvRoundingKeepsSignificantDigitsBelowOneInAThousand() {
        assertEquals(0.7895, Numbers.roundProportion(15.0 / 19), 0);
        assertEquals(0.0526, Numbers.roundProportion(1.0 / 19), 0);
        assertEquals(0.001, Numbers.roundProportion(0.001), 0);
        assertEquals(0.000424, Numbers.roundProportion(0.000424151), 0);
        assertEquals(0.0, Numbers.roundProportion(0), 0);
        assertEquals(1.0, Numbers.roundProportion(1), 0);
        // other statistics keep plain 4-decimal rounding
        assertEquals(0.0004, Numbers.round(0.000424151), 0);
    }
}
