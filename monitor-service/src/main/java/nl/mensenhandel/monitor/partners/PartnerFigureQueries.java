package nl.mensenhandel.monitor.partners;

import java.util.Comparator;
import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.monitor.disclosure.DisclosureThresholds;
import nl.mensenhandel.monitor.api.model.Audience;
import nl.mensenhandel.monitor.areas.AreaCatalogue;
import nl.mensenhandel.monitor.municipalities.MonitorAccessPolicy;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * The region's partner figures, each with its source, definition and kind, disclosure-controlled for the audience
 * ({@link PartnerFigureDisclosure} at {@link DisclosureThresholds}). Sorted by year, source, area, form, measure.
 */
@Service
public class PartnerFigureQueries {

    /** A stored figure with the set it belongs to. */
    public record Listed(PartnerFigureSet set, PartnerFigureSet.StoredFigure figure,
            PartnerFigureDisclosure.Shown shown) {
    }

    private static final Comparator<Listed> ORDER = Comparator.<Listed>comparingInt(l -> l.set().year())
            .thenComparing(l -> l.set().source())
            .thenComparing(l -> l.figure().area())
            .thenComparing(l -> l.figure().form())
            .thenComparing(l -> l.figure().measure());

    private final MonitorAccessPolicy access;
    private final RegionScopedMongo mongo;
    private final DisclosureThresholds thresholds;
    private final AreaCatalogue areas;

    public PartnerFigureQueries(MonitorAccessPolicy access, RegionScopedMongo mongo, DisclosureThresholds thresholds,
            AreaCatalogue areas) {
        this.access = access;
        this.mongo = mongo;
        this.thresholds = thresholds;
        this.areas = areas;
    }

    public Mono<List<Listed>> list(TenantContext caller, Integer year, Audience audience) {
        Audience shownTo = audience == null ? Audience.REGIO : audience;
        return access.mayReadFigures(caller).enforce(caller).flatMap(c -> {
            int threshold = thresholds.of(caller.region(), shownTo);
            Query query = year == null ? new Query() : new Query(Criteria.where("year").is(year));
            // the sums the complementary suppression protects lie within one year: a year filter keeps them whole
            return mongo.find(caller, query, PartnerFigureSet.class)
                    .flatMapIterable(set -> set.figures().stream().map(figure -> new Listed(set, figure,
                            PartnerFigureDisclosure.show(new FigureValue(figure.value(), figure.low(), figure.high()),
                                    "SCHATTING".equals(figure.kind()), threshold))).toList())
                    .sort(ORDER)
                    .collectList()
                    .map(listed -> suppressed(listed, caller.region(), threshold));
        });
    }

    /** Complementary suppression over the observed counts of the answer ({@link ComplementarySuppression}). */
    private List<Listed> suppressed(List<Listed> listed, String region, int threshold) {
        List<ComplementarySuppression.Cell> cells = new java.util.ArrayList<>();
        java.util.Map<Listed, ComplementarySuppression.Cell> cellOf = new java.util.IdentityHashMap<>();
        for (Listed l : listed) {
            if ("WAARNEMING".equals(l.figure().kind())) {
                ComplementarySuppression.Cell cell = new ComplementarySuppression.Cell(l.set().year(), l.set().source(),
                        l.figure().area(), l.figure().form(), l.figure().measure(), l.figure().value(), l.shown());
                cells.add(cell);
                cellOf.put(l, cell);
            }
        }
        ComplementarySuppression.apply(cells, areas.of(region), threshold);
        return listed.stream().map(l -> cellOf.containsKey(l) ? new Listed(l.set(), l.figure(), cellOf.get(l).shown())
                : l).toList();
    }
}
