package nl.mensenhandel.signal.regionalconfig;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Anonymous intake per municipality: whether a resident can report anonymously about it here, and where to
 * report instead. Source: DOMAIN.md §9 "No extra meldpunt everywhere" — Heemstede deliberately opens no extra
 * meldpunt and points residents to Meld Misdaad Anoniem, the police or the municipality (uitvoeringsplan
 * aanpak mensenhandel Heemstede 2024-2026, §3.3.3); the Rotterdam unit's plan sends residents to Meld Misdaad
 * Anoniem, the police or the Arbeidsinspectie. So it is each municipality's own choice, set by the
 * regio-beheerder of its region.
 */
@Service
@EnableConfigurationProperties(MeldpuntProperties.class)
public class Meldpunten {

    /**
     * Rule: a municipality that has not chosen takes no anonymous reports on this platform — opening a
     * meldpunt is a decision a municipality takes (Heemstede decided against one), never a side effect of
     * being on the platform. Residents are sent to the national places instead.
     */
    public static final boolean DEFAULT_ANONYMOUS_INTAKE = false;

    /** A municipality's effective setting; {@code configured} is false where the default applies. */
    public record View(Municipality municipality, boolean anonymousIntake, List<ReportingAlternative> alternatives,
            boolean configured, Instant updatedAt) {
    }

    private final RegionScopedMongo scoped;
    private final ReactiveMongoTemplate mongo;
    private final MunicipalityRegistry municipalities;
    private final MeldpuntProperties properties;
    private final Clock clock;

    public Meldpunten(RegionScopedMongo scoped, ReactiveMongoTemplate mongo, MunicipalityRegistry municipalities,
            MeldpuntProperties properties, Clock clock) {
        this.scoped = scoped;
        this.mongo = mongo;
        this.municipalities = municipalities;
        this.properties = properties;
        this.clock = clock;
    }

    /** Rule: only the regio-beheerder opens or closes anonymous intake for the region's municipalities. */
    static PolicyDecision mayManage(TenantContext caller) {
        return caller.hasRole(Roles.REGIO_BEHEERDER) ? PolicyDecision.allowed()
                : PolicyDecision.rejected("meldpunten-managed-by-regio-beheerder", ProblemType.FORBIDDEN,
                        "Only the regio-beheerder sets anonymous intake per municipality");
    }

    /**
     * Rule: a resident is never refused without being told where to go — where anonymous intake is off, at
     * least one place to report instead; and each place can be reached (phone, web address or e-mail).
     */
    static PolicyDecision alternativesTellWhereToGo(boolean anonymousIntake, List<ReportingAlternative> alternatives) {
        if (!anonymousIntake && alternatives.isEmpty()) {
            return PolicyDecision.rejectedField("closed-meldpunt-names-alternatives", "alternatives",
                    "must name at least one place to report when anonymous intake is off");
        }
        for (int i = 0; i < alternatives.size(); i++) {
            if (!alternatives.get(i).reachable()) {
                return PolicyDecision.rejectedField("alternative-is-reachable", "alternatives[" + i + "]",
                        "needs a phone number, a web address or an e-mail address");
            }
        }
        return PolicyDecision.allowed();
    }

    /** The setting of a municipality this platform serves; empty for any other code. Reference data, public. */
    public Mono<View> of(String municipalityCode) {
        return Mono.justOrEmpty(municipalities.find(municipalityCode))
                .flatMap(municipality -> mongo.findById(municipality.code(), Meldpunt.class)
                        .map(stored -> view(municipality, stored))
                        .defaultIfEmpty(defaultView(municipality)));
    }

    /** Every municipality of the caller's region, by code, with its setting or the default. */
    public Flux<View> ofRegion(TenantContext caller) {
        return scoped.find(caller, new Query(), Meldpunt.class).collectMap(Meldpunt::id)
                .flatMapMany(stored -> Flux.fromIterable(regionByCode(caller.region(), stored)));
    }

    private List<View> regionByCode(String region, Map<String, Meldpunt> stored) {
        return municipalities.inRegion(region).stream().sorted(Comparator.comparing(Municipality::code))
                .map(m -> stored.containsKey(m.code()) ? view(m, stored.get(m.code())) : defaultView(m))
                .toList();
    }

    /** Opens or closes anonymous intake for a municipality of the caller's region (another's: 404). */
    public Mono<View> put(TenantContext caller, String municipalityCode, boolean anonymousIntake,
            List<ReportingAlternative> alternatives) {
        return mayManage(caller).enforce(caller)
                .filter(c -> municipalities.belongsToRegion(municipalityCode, c.region()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Municipality " + municipalityCode)))
                .flatMap(alternativesTellWhereToGo(anonymousIntake, alternatives)::enforce)
                .flatMap(c -> scoped.save(c, new Meldpunt(municipalityCode, c.region(), anonymousIntake,
                        List.copyOf(alternatives), clock.instant())))
                .map(saved -> view(municipalities.find(municipalityCode).orElseThrow(), saved));
    }

    /**
     * Lets an anonymous report about this municipality through only where it takes them; a municipality this
     * platform does not serve passes here (intake refuses it with a 400 naming the field).
     */
    public Mono<Void> requireAnonymousIntake(String municipalityCode) {
        return of(municipalityCode).filter(view -> !view.anonymousIntake())
                .flatMap(closed -> Mono.<Void>error(new AnonymousIntakeClosed(closed)));
    }

    private View view(Municipality municipality, Meldpunt stored) {
        return new View(municipality, stored.anonymousIntake(),
                stored.alternatives() == null ? List.of() : stored.alternatives(), true, stored.updatedAt());
    }

    private View defaultView(Municipality municipality) {
        return new View(municipality, DEFAULT_ANONYMOUS_INTAKE, properties.nationalAlternatives(), false, null);
    }
}
