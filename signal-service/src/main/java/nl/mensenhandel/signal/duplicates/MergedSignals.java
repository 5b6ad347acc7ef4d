package nl.mensenhandel.signal.duplicates;

import java.util.Map;
import java.util.Set;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/** Which signals of the caller's region are currently merged away as duplicates (active MERGE links). */
@Component
public class MergedSignals {

    private final RegionScopedMongo scoped;

    public MergedSignals(RegionScopedMongo scoped) {
        this.scoped = scoped;
    }

    public Mono<Set<String>> mergedAway(TenantContext caller) {
        return mergedInto(caller).map(Map::keySet);
    }

    /** Merged-away signal id → the id of the signal it is merged into. */
    public Mono<Map<String, String>> mergedInto(TenantContext caller) {
        Query activeMerges = new Query(Criteria.where("kind").is(LinkKind.MERGE).and("revokedAt").is(null));
        return scoped.find(caller, activeMerges, SignalLink.class)
                .collectMap(SignalLink::otherSignalId, SignalLink::signalId);
    }
}
