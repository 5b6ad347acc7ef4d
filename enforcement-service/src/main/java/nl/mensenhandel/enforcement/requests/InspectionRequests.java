package nl.mensenhandel.enforcement.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

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
 * Inspection requests from the tables (issue 8 capability 6): received once per command id from
 * triage-service's outbox; the beleidsregisseur lists the region's, a handhaver those of the municipalities they
 * serve. Every write and list is access-logged.
 */
@Service
@EnableConfigurationProperties(InspectionRequestSenders.class)
public class InspectionRequests {

    /** The purpose in the access log: administrative enforcement on a table's decision (Gemeentewet art. 174). */
    static final String PURPOSE = "bestuurlijke aanpak mensenhandel: integrale controle op besluit van de casustafel"
            + " (Gemeentewet art. 174, Wabo)";

    /** What triage-service sends (the contract's NewInspectionRequest), as the receiver keeps it. */
    public record Received(String region, String caseId, String caseReference, String trackId,
            List<String> municipalityCodes, String reason, LocalDate dueDate, boolean urgent) {
    }

    private final CommandReceiver receiver;
    private final RegionScopedMongo mongo;
    private final AccessLog accessLog;
    private final Clock clock;

    public InspectionRequests(InspectionRequestSenders senders, IdempotentCommands idempotent, RegionScopedMongo mongo,
            AccessLog accessLog, Clock clock) {
        this.receiver = new CommandReceiver(new ServiceAccounts(senders.requestClients()), idempotent,
                MunicipalityRegistry.load(), "receiveInspectionRequest", "inspection-requests-from-platform-services");
        this.mongo = mongo;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Stores the request once per command id; a repeat answers the first (created = false). */
    public Mono<IdempotentOutcome<InspectionRequest>> receive(Received request, String commandId) {
        return receiver.receive(request.region(), request.municipalityCodes(), commandId, request,
                (sender, id) -> mongo.insert(sender, new InspectionRequest(id, request.region(), request.caseId(),
                        request.caseReference(), request.trackId(), request.municipalityCodes(), request.reason(),
                        request.dueDate(), request.urgent(), InspectionRequestStatus.ONTVANGEN, clock.instant(),
                        commandId, sender.username()))
                        .flatMap(stored -> accessLog.record(sender, "CREATE", "inspection-request", stored.id(),
                                stored.caseId(), PURPOSE).thenReturn(stored)),
                (sender, id) -> mongo.findById(sender, id, InspectionRequest.class));
    }

    /** The caller's inspection requests, newest first. */
    public Mono<Paged<InspectionRequest>> list(TenantContext caller, int page, int size) {
        return mayList(caller).enforce(caller).flatMap(c -> {
            Query query = new Query();
            if (!caller.hasRole(Roles.BELEIDSREGISSEUR)) {
                query.addCriteria(Criteria.where("municipalityCodes").in(caller.municipalities()));
            }
            return mongo.page(caller, query, Sort.by(Sort.Direction.DESC, "receivedAt"), page, size,
                    InspectionRequest.class);
        }).flatMap(result -> accessLog.recordList(caller, "inspection-request",
                result.items().stream().map(InspectionRequest::id).toList(), PURPOSE).thenReturn(result));
    }

    /**
     * Rule inspection-requests-need-to-know: the beleidsregisseur directs enforcement in the whole region; a
     * handhaver inspects in the municipalities they serve and sees only the requests about those.
     */
    static PolicyDecision mayList(TenantContext caller) {
        return caller.hasAnyRole(Roles.BELEIDSREGISSEUR, Roles.HANDHAVER) ? PolicyDecision.allowed()
                : PolicyDecision.rejected("inspection-requests-need-to-know", ProblemType.FORBIDDEN,
                        "Only the beleidsregisseur and the handhavers of the region read inspection requests");
    }
}
