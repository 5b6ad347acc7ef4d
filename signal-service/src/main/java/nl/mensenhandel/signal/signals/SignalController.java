package nl.mensenhandel.signal.signals;

import static nl.mensenhandel.signal.api.ApiMapping.convert;
import static nl.mensenhandel.signal.api.ApiMapping.instant;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.signal.api.SignalsApi;
import nl.mensenhandel.signal.api.model.ExploitationForm;
import nl.mensenhandel.signal.api.model.NewSignal;
import nl.mensenhandel.signal.api.model.PageMetadata;
import nl.mensenhandel.signal.api.model.ReceivedSignal;
import nl.mensenhandel.signal.api.model.SignalPage;
import nl.mensenhandel.signal.api.model.SignalStatus;
import nl.mensenhandel.signal.api.model.Urgency;
import nl.mensenhandel.signal.api.model.WorkListSort;
import nl.mensenhandel.signal.duplicates.SignalLinks;
import reactor.core.publisher.Mono;

/** Intake by staff, the AF's work list and the signal detail ({@code api-specs/signal-service.yaml}). */
@RestController
public class SignalController implements SignalsApi {

    private final SignalIntake intake;
    private final SignalQueries queries;
    private final SignalLinks links;
    private final SignalAccessPolicy access;

    public SignalController(SignalIntake intake, SignalQueries queries, SignalLinks links,
            SignalAccessPolicy access) {
        this.intake = intake;
        this.queries = queries;
        this.links = links;
        this.access = access;
    }

    @Override
    public Mono<ResponseEntity<ReceivedSignal>> createSignal(Mono<NewSignal> newSignal,
            @Nullable String idempotencyKey, ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(newSignal)
                .flatMap(t -> intake.receive(t.getT1(), SignalApiMapper.toReport(t.getT2()), idempotencyKey))
                .map(SignalController::created);
    }

    static ResponseEntity<ReceivedSignal> created(IdempotentOutcome<SignalIntake.Received> outcome) {
        ReceivedSignal body = SignalApiMapper.toReceived(outcome.resource());
        URI location = URI.create(SignalsApi.PATH_CREATE_SIGNAL + "/" + body.getId());
        return outcome.created()
                ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.signal.api.model.Signal>> getSignal(UUID signalId,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> queries.read(caller, signalId.toString())
                .zipWhen(signal -> links.linksOf(caller, signal.id()).collectList())
                .map(t -> ResponseEntity.ok(SignalApiMapper.toApi(t.getT1(), caller, access, t.getT2()))));
    }

    @Override
    public Mono<ResponseEntity<SignalPage>> listSignals(Integer page, Integer size, @Nullable String municipalityCode,
            @Nullable SignalStatus status, @Nullable ExploitationForm form, @Nullable String category,
            @Nullable Urgency urgency, @Nullable OffsetDateTime observedFrom, @Nullable OffsetDateTime observedTo,
            Boolean includeMerged, WorkListSort sort, ServerWebExchange exchange) {
        SignalQueries.WorkListFilter filter = new SignalQueries.WorkListFilter(municipalityCode,
                convert(status, nl.mensenhandel.signal.signals.SignalStatus.class),
                convert(form, nl.mensenhandel.signal.signals.ExploitationForm.class), category,
                convert(urgency, nl.mensenhandel.signal.signals.Urgency.class), instant("observedFrom", observedFrom),
                instant("observedTo", observedTo), Boolean.TRUE.equals(includeMerged),
                convert(sort, SignalQueries.Sorting.class));
        return CurrentTenant.get().flatMap(caller -> queries.workList(caller, filter, page, size)
                .map(workList -> ResponseEntity.ok(new SignalPage()
                        .items(workList.page().items().stream()
                                .map(s -> SignalApiMapper.toSummary(s, caller, access, workList.mergedInto()))
                                .toList())
                        .page(new PageMetadata(page, size, workList.page().totalElements(),
                                workList.page().totalPages()))
                        .statusCounts(SignalApiMapper.toApi(workList.statusCounts())))));
    }
}
