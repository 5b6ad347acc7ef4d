package nl.mensenhandel.signal.links;

import java.util.Map;
import java.util.Set;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reading the links of the caller's region: which signals are merged away, and the links of one signal. */
@Component
public class SignalLinkQueries {

    private final RegionScopedMongo scoped;

    public SignalLinkQueries(RegionScopedMongo scoped) {
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

    /** The active (not revoked) links of one kind in the caller's region. */
    public Flux<SignalLink> activeLinks(TenantContext caller, LinkKind kind) {
        return scoped.find(caller, new Query(Criteria.where("kind").is(kind).and("revokedAt").is(null)),
                SignalLink.class);
    }

    /** Every link of a signal, active or revoked, both directions. */
    public Flux<SignalLink> linksOf(TenantContext caller, String signalId) {
        return scoped.find(caller, new Query(new Criteria().orOperator(Criteria.where("signalId").is(signalId),
                Criteria.where("otherSignalId").is(signalId))), SignalLink.class);
    }
}
