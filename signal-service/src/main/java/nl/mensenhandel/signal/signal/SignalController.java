package nl.mensenhandel.signal.signal;

import static nl.mensenhandel.signal.contract.ApiMapping.convert;
import static nl.mensenhandel.signal.contract.ApiMapping.instant;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.signal.api.SignalsApi;
import nl.mensenhandel.signal.api.model.ExploitationForm;
import nl.mensenhandel.signal.api.model.PageMetadata;
import nl.mensenhandel.signal.api.model.SignalPage;
import nl.mensenhandel.signal.api.model.SignalStatus;
import nl.mensenhandel.signal.api.model.Urgency;
import nl.mensenhandel.signal.api.model.WorkListSort;
import reactor.core.publisher.Mono;
import nl.mensenhandel.signal.links.SignalLinkQueries;

/** The AF's work list and the signal detail ({@code api-specs/signal-service.yaml}). */
@RestController
public class SignalController implements SignalsApi {

    private final SignalQueries queries;
    private final SignalLinkQueries links;
    private final SignalAccessPolicy access;

    public SignalController(SignalQueries queries, SignalLinkQueries links,
            SignalAccessPolicy access) {
        this.queries = queries;
        this.links = links;
        this.access = access;
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
                convert(status, nl.mensenhandel.signal.signal.SignalStatus.class),
                convert(form, nl.mensenhandel.signal.signal.ExploitationForm.class), category,
                convert(urgency, nl.mensenhandel.signal.signal.Urgency.class), instant("observedFrom", observedFrom),
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
