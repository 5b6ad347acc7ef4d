package nl.mensenhandel.monitor.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.monitor.api.model.CellStatus;
import nl.mensenhandel.monitor.partners.PartnerFigureDisclosure.Shown;

/** What a reader sees of a partner figure per threshold: small counts suppressed, unknown never 0, estimates apart. */
class PartnerFigureDisclosureTest {

    @Test
    void smallObservedCountsReadUnderTheThresholdZeroAndLargerOnesAreShown() {
        assertThat(PartnerFigureDisclosure.show(FigureValue.count(3), false, 5))
                .isEqualTo(new Shown(null, null, null, CellStatus.ONDERDRUKT, "<5"));
        assertThat(PartnerFigureDisclosure.show(FigureValue.count(5), false, 5))
                .isEqualTo(new Shown(5L, null, null, CellStatus.GETOOND, "5"));
        assertThat(PartnerFigureDisclosure.show(FigureValue.count(0), false, 5))
                .isEqualTo(new Shown(0L, null, null, CellStatus.GETOOND, "0"));
        // the region's own threshold 1 shows what the region publishes itself (Heemstede: counts of 1)
        assertThat(PartnerFigureDisclosure.show(FigureValue.count(1), false, 1).display()).isEqualTo("1");
    }

    @Test
    void unknownStaysUnknownAndEstimatesShowTheirRange() {
        assertThat(PartnerFigureDisclosure.show(FigureValue.UNKNOWN, false, 5))
                .isEqualTo(new Shown(null, null, null, CellStatus.ONBEKEND, "onbekend"));
        assertThat(PartnerFigureDisclosure.show(FigureValue.range(500, 600), true, 5))
                .isEqualTo(new Shown(null, 500L, 600L, CellStatus.SCHATTING, "500\u2013600"));
        assertThat(PartnerFigureDisclosure.show(FigureValue.range(1, 3), true, 5).status())
                .isEqualTo(CellStatus.ONDERDRUKT);
    }
}
