package nl.mensenhandel.monitor.figures;

import java.time.ZoneOffset;
import java.util.List;

import nl.mensenhandel.monitor.api.model.FigureCell;
import nl.mensenhandel.monitor.api.model.Label;
import nl.mensenhandel.monitor.api.model.MonitorReport;
import nl.mensenhandel.monitor.api.model.SourceStatus;
import nl.mensenhandel.monitor.sources.SourceResult;

/** Between the report and the generated contract models. */
public final class FiguresApiMapper {

    private FiguresApiMapper() {
    }

    public static MonitorReport toApi(MonitorFigures.Report report) {
        return new MonitorReport()
                .region(report.region())
                .audience(report.audience())
                .threshold(report.threshold())
                .generatedAt(report.generatedAt().atOffset(ZoneOffset.UTC))
                .sources(report.gathered().sources().stream().map(FiguresApiMapper::toApi).toList())
                .tables(report.tables().stream().map(FiguresApiMapper::toApi).toList());
    }

    static SourceStatus toApi(SourceResult source) {
        return new SourceStatus(source.source(), source.available())
                .asOf(source.asOf() == null ? null : source.asOf().atOffset(ZoneOffset.UTC))
                .detail(source.detail());
    }

    static nl.mensenhandel.monitor.api.model.FigureTable toApi(FigureTable table) {
        return new nl.mensenhandel.monitor.api.model.FigureTable(table.id(), table.title(), table.counts(),
                table.source(), table.available(), table.rowLabel(), table.columnLabel(), labels(table.rows()),
                labels(table.columns()),
                table.cells().stream().map(line -> line.stream().map(FiguresApiMapper::toApi).toList()).toList(),
                table.totals());
    }

    static FigureCell toApi(TableCell cell) {
        return new FigureCell(cell.display(), cell.status()).value(cell.value());
    }

    private static List<Label> labels(List<FigureTable.Label> labels) {
        return labels.stream().map(l -> new Label(l.key(), l.label())).toList();
    }
}
