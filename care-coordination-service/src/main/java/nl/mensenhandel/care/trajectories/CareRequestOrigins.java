package nl.mensenhandel.care.trajectories;

import java.util.List;

import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * The tables' care requests as far as a trajectory needs them (implemented by the {@code requests} package, which
 * opens a trajectory for each request it receives): so {@code openTrajectory} can tell a care request of the region
 * from an unknown id without the packages depending on each other both ways.
 */
public interface CareRequestOrigins {

    /** What a table's care request brings to its trajectory. */
    record TableRequest(String careRequestId, String caseId, String caseReference, String trackId,
            List<String> municipalityCodes) {

        public TableRequest {
            municipalityCodes = municipalityCodes == null ? List.of() : List.copyOf(municipalityCodes);
        }
    }

    /** The care request of the caller's region with this id, or empty. */
    Mono<TableRequest> find(TenantContext caller, String careRequestId);
}
