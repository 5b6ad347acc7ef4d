package nl.mensenhandel.monitor.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.monitor.api.model.Audience;
import nl.mensenhandel.monitor.api.model.CellStatus;
import nl.mensenhandel.monitor.sources.GatheredStatistics;

/** {@link FiguresCsv}: a line per cell with the shown value only; quoting; formulas neutralised. */
class FiguresCsvTest {

    @Test
    void aLinePerCellWithTheDisplayNeverAHiddenValue() {
        FigureTable table = new FigureTable("t", "T", "what; it counts", "signal-service", true, "R", "C",
                List.of(new FigureTable.Label("GM0880", "Wormerland")),
                List.of(new FigureTable.Label("ARBEID", "Arbeid"), new FigureTable.Label("TOTAAL", "Totaal")),
                List.of(List.of(new TableCell(null, "<5", CellStatus.ONDERDRUKT),
                        new TableCell(12.0, "12", CellStatus.GETOOND))), true);
        String csv = FiguresCsv.of(new MonitorFigures.Report("r", Audience.PUBLIEK, 5, Instant.EPOCH,
                new GatheredStatistics("r", List.of()), List.of(table)));
        assertThat(csv.lines().toList()).containsExactly(FiguresCsv.HEADER,
                "t;Wormerland;Arbeid;<5;ONDERDRUKT;\"what; it counts\"",
                "t;Wormerland;Totaal;12;GETOOND;\"what; it counts\"");
    }

    @Test
    void aLeadingFormulaCharacterIsNeutralisedButNumbersStay() {
        assertThat(FiguresCsv.quote("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(FiguresCsv.quote("-3")).isEqualTo("-3");
        assertThat(FiguresCsv.quote("a\"b")).isEqualTo("\"a\"\"b\"");
    }
}
