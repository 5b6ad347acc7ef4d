package nl.mensenhandel.care.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.commands.CommandReceiver;
import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.security.ServiceAccounts;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * Emergency housing for people who lose their home through an administrative measure (issue 10): received once
 * per command id from enforcement-service's outbox ({@link CommandReceiver}: trusted service accounts only, the
 * municipality of the named region), stored with the zorgcoördinatoren's inbox notification in the same insert,
 * and listed for the region's zorgcoördinatoren. Every write and list is access-logged.
 */
@Service
@EnableConfigurationProperties(EmergencyHousingSenders.class)
public class EmergencyHousingRequests {

    static final String PURPOSE = "zorgcoordinatie: noodopvang van mensen die door een bestuurlijke maatregel hun"
            + " woning verliezen (Wmo 2015 art. 1.2.1)";

    /** What enforcement-service sends (the contract's NewEmergencyHousingRequest). */
    public record Received(String region, String municipalityCode, String measureId, String instrumentCode,
            int adults, int minors, Instant shelterNeededFrom) {
    }

    private final CommandReceiver receiver;
    private final EmergencyHousingNotification notification;
    private final RegionScopedMongo mongo;
    private final AccessLog accessLog;
    private final Clock clock;

    public EmergencyHousingRequests(EmergencyHousingSenders senders, IdempotentCommands idempotent,
            EmergencyHousingNotification notification, RegionScopedMongo mongo, AccessLog accessLog, Clock clock) {
        this.receiver = new CommandReceiver(new ServiceAccounts(senders.emergencyHousingClients()), idempotent,
                MunicipalityRegistry.load(), "receiveEmergencyHousingRequest",
                "emergency-housing-from-platform-services");
        this.notification = notification;
        this.mongo = mongo;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Stores the request and its notification once per command id; a repeat answers the first. */
    public Mono<IdempotentOutcome<EmergencyHousingRequest>> receive(Received request, String commandId) {
        return receiver.receive(request.region(), List.of(request.municipalityCode()), commandId, request,
                (sender, id) -> mongo.insert(sender, new EmergencyHousingRequest(id, request.region(),
                        request.municipalityCode(), request.measureId(), request.instrumentCode(), request.adults(),
                        request.minors(), request.shelterNeededFrom(), clock.instant(), commandId, sender.username(),
                        List.of(notification.entry(request.region(), id, request.municipalityCode(),
                                request.instrumentCode(), request.adults(), request.minors(),
                                request.shelterNeededFrom()))))
                        .flatMap(stored -> accessLog.record(sender, "CREATE", "emergency-housing-request",
                                stored.id(), stored.measureId(), PURPOSE).thenReturn(stored)),
                (sender, id) -> mongo.findById(sender, id, EmergencyHousingRequest.class));
    }

    /** The region's requests, newest first: the zorgcoördinator's work list (rule care-requests-for-zorgcoordinator). */
    public Mono<Paged<EmergencyHousingRequest>> list(TenantContext caller, int page, int size) {
        return CareRequests.mayList(caller).enforce(caller)
                .flatMap(c -> mongo.page(caller, new Query(), Sort.by(Sort.Direction.DESC, "receivedAt"), page, size,
                        EmergencyHousingRequest.class))
                .flatMap(result -> accessLog.recordList(caller, "emergency-housing-request",
                        result.items().stream().map(EmergencyHousingRequest::id).toList(), PURPOSE)
                        .thenReturn(result));
    }
}
