package nl.mensenhandel.monitor.partners;

import java.util.Comparator;
import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.monitor.api.model.Audience;
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

    public PartnerFigureQueries(MonitorAccessPolicy access, RegionScopedMongo mongo, DisclosureThresholds thresholds) {
        this.access = access;
        this.mongo = mongo;
        this.thresholds = thresholds;
    }

    public Mono<List<Listed>> list(TenantContext caller, Integer year, Audience audience) {
        Audience shownTo = audience == null ? Audience.REGIO : audience;
        return access.mayReadFigures(caller).enforce(caller).flatMap(c -> {
            int threshold = thresholds.threshold(caller.region(), shownTo);
            Query query = year == null ? new Query() : new Query(Criteria.where("year").is(year));
            return mongo.find(caller, query, PartnerFigureSet.class)
                    .flatMapIterable(set -> set.figures().stream().map(figure -> new Listed(set, figure,
                            PartnerFigureDisclosure.show(new FigureValue(figure.value(), figure.low(), figure.high()),
                                    "SCHATTING".equals(figure.kind()), threshold))).toList())
                    .sort(ORDER)
                    .collectList();
        });
    }
}
