package nl.mensenhandel.triage.cases;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.api.CasesApi;
import nl.mensenhandel.triage.api.model.CasusPage;
import nl.mensenhandel.triage.api.model.NewCasus;
import nl.mensenhandel.triage.api.model.OnBehalfOf;
import nl.mensenhandel.triage.callers.ServiceAccountCallers;
import reactor.core.publisher.Mono;

/** The casussen contract ({@code api-specs/triage-service.yaml}); the rules live in the services and policy. */
@RestController
public class CasusController implements CasesApi {

    private final CasusQueries queries;
    private final CasusOpening opening;
    private final ServiceAccountCallers services;
    private final CasusReading reading;

    public CasusController(CasusQueries queries, CasusOpening opening, ServiceAccountCallers services,
            CasusReading reading) {
        this.queries = queries;
        this.opening = opening;
        this.services = services;
        this.reading = reading;
    }

    @Override
    public Mono<ResponseEntity<CasusPage>> listCases(Integer page, Integer size, ServerWebExchange exchange) {
        return CurrentTenant.get()
                .flatMap(caller -> queries.list(caller, page, size))
                .map(result -> ResponseEntity.ok(CasusApiMapper.toApi(result)));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.triage.api.model.Casus>> openCase(Mono<NewCasus> newCasus,
            @Nullable String idempotencyKey, ServerWebExchange exchange) {
        return newCasus.flatMap(body -> body.getSignalIds().contains(null) || body.getMunicipalityCodes().contains(null)
                // a blank array element reads as null: a client's mistake, named
                ? Mono.error(ApiProblem.invalidField(body.getSignalIds().contains(null) ? "signalIds"
                        : "municipalityCodes", "must not hold empty elements"))
                : Mono.just(body))
                .flatMap(CasusApiMapper::withoutEmptyElements)
                .flatMap(body -> opener(body.getOnBehalfOf())
                .flatMap(opener -> opening.open(opener, request(body), idempotencyKey)))
                .map(CasusController::answer);
    }

    /**
     * A trusted service account must name the AF it acts for; anyone else acts for themselves and may not
     * name someone else (docs/security.md: on-behalf-of is believed only from a service account).
     */
    private Mono<CasusOpening.Opener> opener(@Nullable OnBehalfOf onBehalfOf) {
        return services.current().map(service -> {
            if (onBehalfOf == null) {
                throw ApiProblem.invalidField("onBehalfOf", "is required when a service opens a casus");
            }
            TenantContext af = new TenantContext(onBehalfOf.getSubject(), onBehalfOf.getUsername(),
                    onBehalfOf.getRegion(), Set.copyOf(onBehalfOf.getMunicipalities()), null, null,
                    Set.of(Roles.AANDACHTSFUNCTIONARIS));
            return new CasusOpening.Opener(af, service);
        }).switchIfEmpty(Mono.defer(() -> onBehalfOf != null
                ? Mono.error(new ApiProblem(ProblemType.FORBIDDEN,
                        "Only a trusted service account may act on behalf of someone else (rule: on-behalf-of-only-from-service-account)."))
                : CurrentTenant.get().map(caller -> new CasusOpening.Opener(caller, null))));
    }

    /** One casus as far as the caller needs to know ({@link CasusDisclosurePolicy}). */
    @Override
    public Mono<ResponseEntity<nl.mensenhandel.triage.api.model.CasusDetail>> getCase(UUID caseId,
            ServerWebExchange exchange) {
        return CurrentTenant.get()
                .flatMap(caller -> reading.read(caller, caseId.toString()))
                .map(ResponseEntity::ok);
    }

    private static CasusOpening.Request request(NewCasus body) {
        List<String> signalIds = new ArrayList<>();
        for (UUID id : body.getSignalIds()) {
            signalIds.add(id.toString());
        }
        return new CasusOpening.Request(List.copyOf(signalIds), List.copyOf(body.getMunicipalityCodes()),
                body.getSummary(), Boolean.TRUE.equals(body.getUrgent()),
                CasusApiMapper.acuteInterventions(body.getAcuteInterventions()), CasusApiMapper.personRefs(body.getPersonRefs()));
    }

    private static ResponseEntity<nl.mensenhandel.triage.api.model.Casus> answer(IdempotentOutcome<Casus> outcome) {
        nl.mensenhandel.triage.api.model.Casus body = CasusApiMapper.toApi(outcome.resource());
        URI location = URI.create(CasesApi.PATH_OPEN_CASE + "/" + body.getId());
        return outcome.created() ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }
}
