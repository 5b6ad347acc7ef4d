package nl.mensenhandel.care.requests;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.care.trajectories.CareRequestOrigins.TableRequest;
import nl.mensenhandel.care.trajectories.TrajectoryOpening;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.commands.CommandReceiver;
import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.security.ServiceAccounts;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * Care requests from the tables (issue 8 capability 6, "commands that are never lost"): received once per
 * command id from triage-service's outbox, listed for the region's zorgcoordinators. Receiving one opens its
 * zorgtraject (issue 9: status AANGEMELD, origin TAFEL) — on a repeat too, so that a receipt that stopped between
 * storing the request and opening the trajectory is finished by the sender's retry; the trajectory's id follows
 * from the request's, so it is never opened twice. Every write and list is access-logged.
 */
@Service
@EnableConfigurationProperties(CareRequestSenders.class)
public class CareRequests {

    /** A care request names a victim's care need (AVG art. 9); the purpose goes into the log. */
    static final String PURPOSE = "zorgcoordinatie slachtoffers mensenhandel: zorgtraject op besluit van de"
            + " casustafel (Wmo 2015 / Jeugdwet)";

    /** What triage-service sends (the contract's NewCareRequest), as the receiver keeps it. */
    public record Received(String region, String caseId, String caseReference, String trackId, String trackType,
            List<String> municipalityCodes, String regiehouderOrganisation, String careNeed,
            java.time.LocalDate dueDate, boolean urgent) {
    }

    private final CommandReceiver receiver;
    private final TrajectoryOpening trajectories;
    private final RegionScopedMongo mongo;
    private final AccessLog accessLog;
    private final Clock clock;

    public CareRequests(CareRequestSenders senders, IdempotentCommands idempotent, TrajectoryOpening trajectories,
            RegionScopedMongo mongo, AccessLog accessLog, Clock clock) {
        this.trajectories = trajectories;
        this.receiver = new CommandReceiver(new ServiceAccounts(senders.requestClients()), idempotent,
                MunicipalityRegistry.load(), "receiveCareRequest", "care-requests-from-platform-services");
        this.mongo = mongo;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * Stores the request once per command id and opens its trajectory; a repeat answers the first (created = false)
     * and opens the trajectory only if the first receipt did not get that far.
     */
    public Mono<IdempotentOutcome<CareRequest>> receive(Received request, String commandId) {
        return receiver.receive(request.region(), request.municipalityCodes(), commandId, request,
                (sender, id) -> mongo.insert(sender, new CareRequest(id, request.region(), request.caseId(),
                        request.caseReference(), request.trackId(), request.trackType(), request.municipalityCodes(),
                        request.regiehouderOrganisation(), request.careNeed(), request.dueDate(), request.urgent(),
                        CareRequestStatus.ONTVANGEN, clock.instant(), commandId, sender.username(),
                        TrajectoryOpening.trajectoryIdOf(id)))
                        .flatMap(stored -> accessLog.record(sender, "CREATE", "care-request", stored.id(),
                                stored.caseId(), PURPOSE).thenReturn(stored))
                        .flatMap(stored -> withTrajectory(sender, stored)),
                (sender, id) -> mongo.findById(sender, id, CareRequest.class)
                        .flatMap(stored -> withTrajectory(sender, stored)));
    }

    /** Opens the request's trajectory unless it is open (requests stored before issue 9 name none: left as they are). */
    private Mono<CareRequest> withTrajectory(TenantContext sender, CareRequest stored) {
        if (stored.trajectoryId() == null) {
            return Mono.just(stored);
        }
        return trajectories.openForTable(sender, new TableRequest(stored.id(), stored.caseId(), stored.caseReference(),
                stored.trackId(), stored.municipalityCodes())).thenReturn(stored);
    }

    /** The region's care requests, newest first: the zorgcoordinator's work list. */
    public Mono<Paged<CareRequest>> list(TenantContext caller, int page, int size) {
        return mayList(caller).enforce(caller)
                .flatMap(c -> mongo.page(caller, new Query(), Sort.by(Sort.Direction.DESC, "receivedAt"), page, size,
                        CareRequest.class))
                .flatMap(result -> accessLog.recordList(caller, "care-request",
                        result.items().stream().map(CareRequest::id).toList(), PURPOSE).thenReturn(result));
    }

    /** Rule care-requests-for-zorgcoordinator: the care coordinator of the region takes up care requests. */
    static PolicyDecision mayList(TenantContext caller) {
        return caller.hasRole(Roles.ZORGCOORDINATOR) ? PolicyDecision.allowed()
                : PolicyDecision.rejected("care-requests-for-zorgcoordinator", ProblemType.FORBIDDEN,
                        "Only the zorgcoordinator of the region reads care requests");
    }
}
