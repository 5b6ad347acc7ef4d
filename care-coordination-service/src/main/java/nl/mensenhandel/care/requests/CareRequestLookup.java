package nl.mensenhandel.care.requests;

import org.springframework.stereotype.Component;

import nl.mensenhandel.care.trajectories.CareRequestOrigins;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/** The tables' care requests as a trajectory needs them ({@code openTrajectory} naming a {@code careRequestId}). */
@Component
class CareRequestLookup implements CareRequestOrigins {

    private final RegionScopedMongo mongo;

    CareRequestLookup(RegionScopedMongo mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<TableRequest> find(TenantContext caller, String careRequestId) {
        return mongo.findById(caller, careRequestId, CareRequest.class)
                .map(r -> new TableRequest(r.id(), r.caseId(), r.caseReference(), r.trackId(), r.municipalityCodes()));
    }
}
