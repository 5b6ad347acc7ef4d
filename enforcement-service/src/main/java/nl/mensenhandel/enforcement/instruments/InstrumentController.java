package nl.mensenhandel.enforcement.instruments;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.enforcement.api.InstrumentsApi;
import nl.mensenhandel.enforcement.api.model.InstrumentList;
import nl.mensenhandel.enforcement.api.model.Situation;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/** {@code listInstruments}: the region's catalogue as it applies to a situation, on a date, in a municipality. */
@RestController
public class InstrumentController implements InstrumentsApi {

    static final String RULE = "instruments-for-enforcement-roles";
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final InstrumentCatalogue catalogue;
    private final MunicipalityRegistry registry = MunicipalityRegistry.load();
    private final java.time.Clock clock;

    public InstrumentController(InstrumentCatalogue catalogue, java.time.Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public Mono<ResponseEntity<InstrumentList>> listInstruments(Situation situation, LocalDate date,
            String municipalityCode, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> mayList(caller).enforce(caller)).flatMap(caller -> {
            if (municipalityCode != null && !registry.belongsToRegion(municipalityCode, caller.region())) {
                return Mono.error(ApiProblem.invalidField("municipalityCode", "is not a municipality of your region"));
            }
            LocalDate on = date == null ? LocalDate.now(clock.withZone(NETHERLANDS)) : date;
            return Mono.just(ResponseEntity.ok(new InstrumentList().date(on).municipalityCode(municipalityCode)
                    .items(catalogue.applicable(caller.region(), situation == null ? null : situation.getValue(), on,
                            municipalityCode).stream().map(InstrumentController::toApi).toList())));
        });
    }

    /**
     * Rule {@value #RULE} (access matrix {@code listInstruments}): the roles of the region that work with
     * enforcement read the framework; others 403.
     */
    static PolicyDecision mayList(TenantContext caller) {
        return caller.hasAnyRole(Roles.HANDHAVER, Roles.BELEIDSREGISSEUR, Roles.CASUSTAFEL,
                Roles.AANDACHTSFUNCTIONARIS, Roles.REGIO_BEHEERDER) ? PolicyDecision.allowed()
                        : PolicyDecision.rejected(RULE, ProblemType.FORBIDDEN,
                                "Only the roles that work with enforcement read the instruments");
    }

    static nl.mensenhandel.enforcement.api.model.Instrument toApi(ApplicableInstrument a) {
        Instrument i = a.instrument();
        return new nl.mensenhandel.enforcement.api.model.Instrument()
                .code(i.code())
                .name(i.name())
                .legalBasis(a.legalBasis())
                .competentAuthority(nl.mensenhandel.enforcement.api.model.CompetentAuthority
                        .fromValue(i.competentAuthority().name()))
                .situations(i.situations().stream().map(Situation::fromValue).toList())
                .forms(i.forms().stream()
                        .map(nl.mensenhandel.enforcement.api.model.Instrument.FormsEnum::fromValue).toList())
                .conditions(i.conditions())
                .maxDurationWeeks(i.maxDurationWeeks())
                .validFrom(a.version().validFrom())
                .validUntil(a.version().validUntil())
                .municipalArticle(a.municipalArticle());
    }
}
