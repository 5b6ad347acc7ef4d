package nl.mensenhandel.triage.tracks;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.api.TracksApi;
import nl.mensenhandel.triage.api.model.NewOmConsent;
import nl.mensenhandel.triage.api.model.Track;
import nl.mensenhandel.triage.api.model.TrackTransition;
import nl.mensenhandel.triage.cases.CasusDetailMapper;
import nl.mensenhandel.triage.cases.Track.TrackStatus;
import nl.mensenhandel.triage.tables.TriageConfigurations;
import reactor.core.publisher.Mono;

/** The tracks contract ({@code transitionTrack}, {@code recordOmConsent}); rules in {@link TrackAccessPolicy}. */
@RestController
public class TrackController implements TracksApi {

    private final TrackLifecycle lifecycle;
    private final CasusDetailMapper mapper;
    private final TriageConfigurations configurations;

    public TrackController(TrackLifecycle lifecycle, CasusDetailMapper mapper, TriageConfigurations configurations) {
        this.lifecycle = lifecycle;
        this.mapper = mapper;
        this.configurations = configurations;
    }

    @Override
    public Mono<ResponseEntity<Track>> transitionTrack(UUID caseId, UUID trackId, Mono<TrackTransition> body,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(actor -> body
                .flatMap(step -> lifecycle.transition(actor, caseId.toString(), trackId.toString(),
                        new TrackLifecycle.Step(TrackStatus.valueOf(step.getTo().getValue()), step.getReason())))
                .flatMap(changed -> shown(actor, changed)));
    }

    @Override
    public Mono<ResponseEntity<Track>> recordOmConsent(UUID caseId, UUID trackId, Mono<NewOmConsent> body,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(actor -> body
                .flatMap(consent -> lifecycle.recordOmConsent(actor, caseId.toString(), trackId.toString(),
                        new TrackLifecycle.Consent(consent.getReference(), consent.getDecidedOn())))
                .flatMap(changed -> shown(actor, changed)));
    }

    /** The track as the caller may see it now. */
    private Mono<ResponseEntity<Track>> shown(TenantContext actor, TrackLifecycle.Changed changed) {
        return configurations.of(changed.casus().region())
                .map(configuration -> ResponseEntity.ok(mapper.toApi(actor, changed.casus(), changed.track(),
                        configuration)));
    }
}
