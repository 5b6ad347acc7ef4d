package nl.mensenhandel.triage.cases;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.Access;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.audit.LegalBasis;
import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.callers.ServiceAccountCallers.ServiceAccount;
import nl.mensenhandel.triage.signals.SignalLookup;
import nl.mensenhandel.triage.signals.SignalNotFound;
import nl.mensenhandel.triage.tables.TriageConfiguration;
import nl.mensenhandel.triage.tables.TriageConfigurations;
import nl.mensenhandel.triage.urgent.UrgentPath;
import nl.mensenhandel.triage.urgent.UrgentPathRules;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Opens a casus from signals and puts it on the agenda of the first table of the region's steps (status
 * {@code AANGEMELD}); where the region has no table (the AF decides), it waits for the AF's decision.
 * At most once per Idempotency-Key: signal-service's retrying delivery of a submission sends the same key
 * every time, so a casus is never opened twice.
 */
@Service
public class CasusOpening {

    /**
     * What to open: the signals, the municipalities concerned (the first leads), the summary for the table; on the
     * urgent path the acute interventions already taken; persons by reference.
     */
    public record Request(List<String> signalIds, List<String> municipalityCodes, String summary, boolean urgent,
            List<AcuteIntervention> acuteInterventions, List<String> personRefs) {

        public Request {
            acuteInterventions = acuteInterventions == null ? List.of() : List.copyOf(acuteInterventions);
            personRefs = personRefs == null ? List.of() : List.copyOf(personRefs);
        }

        public Request(List<String> signalIds, List<String> municipalityCodes, String summary) {
            this(signalIds, municipalityCodes, summary, false, List.of(), List.of());
        }
    }

    /**
     * Who opens it: the aandachtsfunctionaris, either calling themselves ({@code service} null) or through a
     * trusted service account acting for them (the AF's tenant as recorded by that service).
     */
    public record Opener(TenantContext af, ServiceAccount service) {

        boolean throughService() {
            return service != null;
        }
    }

    private final CasusAccessPolicy access;
    private final RegionScopedMongo mongo;
    private final IdempotentCommands idempotent;
    private final CasusReferences references;
    private final TriageConfigurations configurations;
    private final SignalLookup signals;
    /** Reference data: which municipality lies in which region. */
    private static final MunicipalityRegistry MUNICIPALITIES = MunicipalityRegistry.load();

    private final AccessLog accessLog;
    private final Clock clock;
    private final UrgentPath urgentPath;

    public CasusOpening(CasusAccessPolicy access, RegionScopedMongo mongo, IdempotentCommands idempotent,
            CasusReferences references, TriageConfigurations configurations, SignalLookup signals,
            AccessLog accessLog, Clock clock, UrgentPath urgentPath) {
        this.urgentPath = urgentPath;
        this.access = access;
        this.mongo = mongo;
        this.idempotent = idempotent;
        this.references = references;
        this.configurations = configurations;
        this.signals = signals;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public Mono<IdempotentOutcome<Casus>> open(Opener opener, Request request, String idempotencyKey) {
        TenantContext af = opener.af();
        return access.mayOpen(af, request.municipalityCodes()).enforce(af)
                .flatMap(this::municipalitiesOfRegion)
                .flatMap(checked -> UrgentPathRules.check(request.urgent(), request.acuteInterventions(),
                        clock.instant()).enforce(checked))
                .flatMap(checked -> idempotent.run(af.region() + "|" + af.subject() + "|cases.open", idempotencyKey,
                        request,
                        id -> verifiedSignals(opener, request).then(create(opener, request, id)),
                        id -> mongo.findById(af, id, Casus.class)))
                // the urgent path: its notification is in the inboxes before the AF gets the answer (issue 8 §7)
                .flatMap(outcome -> outcome.created()
                        ? urgentPath.deliverNow(outcome.resource()).thenReturn(outcome)
                        : Mono.just(outcome));
    }

    /** The municipalities an on-behalf-of names must be of the region it names (reference data). */
    private Mono<TenantContext> municipalitiesOfRegion(TenantContext af) {
        boolean consistent = af.municipalities().stream()
                .allMatch(code -> MUNICIPALITIES.belongsToRegion(code, af.region()));
        return consistent ? Mono.just(af)
                : Mono.error(new ApiProblem(ProblemType.FORBIDDEN, "The municipalities are not of region " + af.region()));
    }

    /**
     * The AF's own call: each signal must be visible to them in signal-service (their token relayed) and
     * lie in one of the casus' municipalities. A trusted service has checked this itself before it asked
     * (signal-service holds the signals), so its call is not sent back to it.
     */
    private Mono<Void> verifiedSignals(Opener opener, Request request) {
        if (opener.throughService()) {
            return Mono.empty();
        }
        return Flux.fromIterable(request.signalIds())
                .concatMap(id -> signals.find(UUID.fromString(id)))
                .concatMap(signal -> !opener.af().region().equals(signal.region())
                        ? Mono.error(new SignalNotFound(signal.id()))
                        : access.signalFits(signal.municipalityCode(), request.municipalityCodes()).enforce(signal))
                .then();
    }

    private Mono<Casus> create(Opener opener, Request request, String id) {
        TenantContext af = opener.af();
        // the first step of the region's way of weighing; none where the AF decides without a table (Rotterdam)
        return configurations.of(af.region()).zipWith(references.next(af.region())).flatMap(found -> {
            String reference = found.getT2();
            Casus casus = Casus.opened(id, af.region(), request.municipalityCodes(), request.signalIds(), reference,
                    found.getT1().firstStep().map(TriageConfiguration.Table::ref).orElse(null), request.summary(),
                    af.subject(), clock.instant(), request.urgent(), request.acuteInterventions(),
                    request.personRefs());
            return mongo.insert(af, urgentPath.withNotification(casus));
        }).flatMap(casus -> accessLog.record(logEntry(opener, casus)).thenReturn(casus));
    }

    /**
     * Through a service account the entry names that account as the caller and the AF as the one it acted
     * for; the legal basis is the AF's (the municipal task), not the account's.
     */
    private static Access logEntry(Opener opener, Casus casus) {
        TenantContext af = opener.af();
        TenantContext caller = !opener.throughService() ? af
                : new TenantContext(opener.service().subject(), opener.service().username(), af.region(), Set.of(),
                        null, null, Set.of());
        Access entry = Access.by(caller, "CREATE", "casus", casus.id())
                .dataSubject("casus:" + casus.id() + "/signals")
                .purpose(CasusQueries.PURPOSE)
                .legalBasis(LegalBasis.forRoles(Set.of(Roles.AANDACHTSFUNCTIONARIS)));
        return opener.throughService() ? entry.onBehalfOf(af.subject()) : entry;
    }
}
