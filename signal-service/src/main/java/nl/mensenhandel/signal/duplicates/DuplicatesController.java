package nl.mensenhandel.signal.duplicates;

import static nl.mensenhandel.signal.contract.ApiMapping.convert;
import static nl.mensenhandel.signal.contract.ApiMapping.time;
import static nl.mensenhandel.signal.contract.ApiMapping.uuid;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.signal.api.DuplicatesApi;
import nl.mensenhandel.signal.api.model.DuplicateCandidate;
import nl.mensenhandel.signal.api.model.DuplicateReason;
import nl.mensenhandel.signal.api.model.NewSignalLink;
import nl.mensenhandel.signal.api.model.Revocation;
import nl.mensenhandel.signal.api.model.SignalCounts;
import nl.mensenhandel.signal.api.model.SignalStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import nl.mensenhandel.signal.links.LinkKind;
import nl.mensenhandel.signal.signal.SignalApiMapper;
import nl.mensenhandel.signal.signal.SignalQueries;

@RestController
public class DuplicatesController implements DuplicatesApi {

    private final SignalLinks links;
    private final SignalQueries queries;

    public DuplicatesController(SignalLinks links, SignalQueries queries) {
        this.links = links;
        this.queries = queries;
    }

    @Override
    public Mono<ResponseEntity<SignalCounts>> countSignals(ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(queries::counts)
                .map(counts -> ResponseEntity.ok(new SignalCounts(counts.raw(), counts.unique(),
                        counts.repeatVictimisation())));
    }

    @Override
    public Mono<ResponseEntity<Flux<DuplicateCandidate>>> listDuplicateCandidates(UUID signalId,
            ServerWebExchange exchange) {
        // resolve the signal first, so an unknown or invisible one answers 404 rather than an empty list;
        // an outline reader (residence AF of another region) may not probe its address or persons: 403.
        // Every candidate leaves as an outline (no description, persons or address), readable or not.
        return CurrentTenant.get().flatMap(caller -> queries.findReadableInFull(caller, signalId.toString())
                .map(signal -> ResponseEntity.ok(links.candidates(caller, signal).map(c -> new DuplicateCandidate()
                        .signalId(uuid(c.signal().id()))
                        .region(c.signal().region())
                        .municipalityCode(c.signal().municipalityCode())
                        .forms(c.signal().forms().stream().sorted()
                                .map(f -> convert(f, nl.mensenhandel.signal.api.model.ExploitationForm.class)).toList())
                        .readableInFull(c.readableInFull())
                        .status(convert(c.signal().status(), SignalStatus.class))
                        .observedAt(time(c.signal().observedAt()))
                        .reasons(c.reasons().stream().map(r -> convert(r, DuplicateReason.class)).toList())))));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.signal.api.model.SignalLink>> linkSignal(UUID signalId,
            Mono<NewSignalLink> newSignalLink, ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(newSignalLink)
                .flatMap(t -> links.link(t.getT1(), signalId.toString(), t.getT2().getOtherSignalId().toString(),
                        convert(t.getT2().getKind(), LinkKind.class), t.getT2().getReason()))
                .map(link -> ResponseEntity.status(HttpStatus.CREATED).body(SignalApiMapper.toApi(link)));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.signal.api.model.SignalLink>> revokeSignalLink(UUID signalId,
            UUID linkId, Mono<Revocation> revocation, ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(revocation)
                .flatMap(t -> links.revoke(t.getT1(), signalId.toString(), linkId.toString(), t.getT2().getReason()))
                .map(link -> ResponseEntity.ok(SignalApiMapper.toApi(link)));
    }
}
