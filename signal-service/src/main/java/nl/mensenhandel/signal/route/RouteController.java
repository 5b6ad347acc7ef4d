package nl.mensenhandel.signal.route;

import static nl.mensenhandel.signal.contract.ApiMapping.convert;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.signal.api.RouteApi;
import nl.mensenhandel.signal.api.model.NewEnrichment;
import nl.mensenhandel.signal.api.model.NewResidenceDisclosure;
import nl.mensenhandel.signal.api.model.Transition;
import reactor.core.publisher.Mono;
import nl.mensenhandel.signal.links.SignalLinkQueries;
import nl.mensenhandel.signal.signal.ClosingReason;
import nl.mensenhandel.signal.signal.EnrichmentSource;
import nl.mensenhandel.signal.signal.SignalAccessPolicy;
import nl.mensenhandel.signal.signal.SignalApiMapper;
import nl.mensenhandel.signal.signal.SignalStatus;

@RestController
public class RouteController implements RouteApi {

    private final SignalRoute route;
    private final SignalLinkQueries links;
    private final SignalAccessPolicy access;

    public RouteController(SignalRoute route, SignalLinkQueries links, SignalAccessPolicy access) {
        this.route = route;
        this.links = links;
        this.access = access;
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.signal.api.model.Signal>> transitionSignal(UUID signalId,
            Mono<Transition> transition, ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(transition).flatMap(t -> {
            Transition body = t.getT2();
            var command = new SignalRoute.TransitionCommand(convert(body.getTo(), SignalStatus.class),
                    body.getReason(), convert(body.getClosingReason(), ClosingReason.class), body.getForwardedTo(),
                    body.getFeedback(), body.getAcuteAction());
            return route.transition(t.getT1(), signalId.toString(), command)
                    .zipWhen(signal -> links.linksOf(t.getT1(), signal.id()).collectList())
                    .map(s -> ResponseEntity.ok(SignalApiMapper.toApi(s.getT1(), t.getT1(), access, s.getT2())));
        });
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.signal.api.model.ResidenceDisclosure>> discloseToResidence(
            UUID signalId, Mono<NewResidenceDisclosure> newResidenceDisclosure, ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(newResidenceDisclosure)
                .flatMap(t -> route.discloseToResidence(t.getT1(), signalId.toString(), t.getT2().getReason()))
                .map(outcome -> ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(SignalApiMapper.toApi(outcome.resource())));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.signal.api.model.Enrichment>> enrichSignal(UUID signalId,
            Mono<NewEnrichment> newEnrichment, @Nullable String idempotencyKey, ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(newEnrichment).flatMap(t -> {
            NewEnrichment body = t.getT2();
            var command = new SignalRoute.EnrichmentCommand(convert(body.getSource(), EnrichmentSource.class),
                    body.getSummary(), body.getLegalBasis(),
                    body.getCorrects() == null ? null : body.getCorrects().toString());
            return route.enrich(t.getT1(), signalId.toString(), command, idempotencyKey);
        }).map(outcome -> ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(SignalApiMapper.toApi(outcome.resource())));
    }
}
