package nl.mensenhandel.signal.regionalconfig;

import static nl.mensenhandel.signal.contract.ApiMapping.time;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.signal.api.MeldpuntenApi;
import nl.mensenhandel.signal.api.model.Meldpunt;
import nl.mensenhandel.signal.api.model.MeldpuntDefinition;
import nl.mensenhandel.signal.api.model.PublicMeldpunt;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Anonymous intake per municipality: the regio-beheerder sets it, a resident's form reads it without an account. */
@RestController
public class MeldpuntController implements MeldpuntenApi {

    private final Meldpunten meldpunten;

    public MeldpuntController(Meldpunten meldpunten) {
        this.meldpunten = meldpunten;
    }

    @Override
    public Mono<ResponseEntity<Flux<Meldpunt>>> listMeldpunten(ServerWebExchange exchange) {
        return CurrentTenant.get().map(caller -> ResponseEntity.ok(meldpunten.ofRegion(caller)
                .map(MeldpuntController::toApi)));
    }

    @Override
    public Mono<ResponseEntity<Meldpunt>> putMeldpunt(String municipalityCode, Mono<MeldpuntDefinition> definition,
            ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(definition)
                .flatMap(t -> meldpunten.put(t.getT1(), municipalityCode,
                        Boolean.TRUE.equals(t.getT2().getAnonymousIntake()), toDomain(t.getT2().getAlternatives())))
                .map(view -> ResponseEntity.ok(toApi(view)));
    }

    @Override
    public Mono<ResponseEntity<PublicMeldpunt>> getPublicMeldpunt(String municipalityCode,
            ServerWebExchange exchange) {
        return meldpunten.of(municipalityCode)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Municipality " + municipalityCode)))
                .map(view -> ResponseEntity.ok(new PublicMeldpunt(view.municipality().code(),
                        view.municipality().name(), view.anonymousIntake(), toApiAlternatives(view.alternatives()))));
    }

    private static Meldpunt toApi(Meldpunten.View view) {
        return new Meldpunt(view.municipality().code(), view.municipality().name(), view.anonymousIntake(),
                toApiAlternatives(view.alternatives()), view.configured()).updatedAt(time(view.updatedAt()));
    }

    private static List<nl.mensenhandel.signal.api.model.ReportingAlternative> toApiAlternatives(
            List<ReportingAlternative> alternatives) {
        return alternatives.stream().map(a -> new nl.mensenhandel.signal.api.model.ReportingAlternative(a.name(),
                a.forWhat()).phone(a.phone()).url(a.url()).email(a.email()))
                .toList();
    }

    private static List<ReportingAlternative> toDomain(
            List<nl.mensenhandel.signal.api.model.ReportingAlternative> alternatives) {
        return alternatives == null ? List.of() : alternatives.stream().map(a -> new ReportingAlternative(
                a.getName(), a.getForWhat(), a.getPhone(), a.getUrl(),
                a.getEmail())).toList();
    }
}
