package nl.mensenhandel.monitor.partners;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.monitor.disclosure.DisclosureThresholds;
import nl.mensenhandel.monitor.api.model.Audience;
import nl.mensenhandel.monitor.areas.AreaCatalogue;
import nl.mensenhandel.monitor.areas.MonitorArea;
import nl.mensenhandel.monitor.municipalities.MonitorAccessPolicy;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * The region's partner figures, each with its source, definition and kind, disclosure-controlled for the audience
 * ({@link PartnerFigureSuppression}: the disclosure engine over each set's delivered observed counts, at
 * {@link DisclosureThresholds}). Sorted by year, source, area, form, measure.
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
            List<MonitorArea> regionAreas = areas.of(caller.region());
            Query query = year == null ? new Query() : new Query(Criteria.where("year").is(year));
            // the relations the suppression protects lie within one set (region, source, year): a filter keeps them whole
            return mongo.find(caller, query, PartnerFigureSet.class)
                    .flatMapIterable(set -> listed(set, regionAreas, threshold))
                    .sort(ORDER)
                    .collectList();
        });
    }

    /** Each figure of one set as the audience may see it ({@link PartnerFigureSuppression}). */
    private static List<Listed> listed(PartnerFigureSet set, List<MonitorArea> regionAreas, int threshold) {
        List<PartnerFigureDisclosure.Shown> shown = PartnerFigureSuppression.show(set.figures(), regionAreas, threshold);
        List<Listed> listed = new ArrayList<>();
        for (int i = 0; i < set.figures().size(); i++) {
            listed.add(new Listed(set, set.figures().get(i), shown.get(i)));
        }
        return listed;
    }
}
