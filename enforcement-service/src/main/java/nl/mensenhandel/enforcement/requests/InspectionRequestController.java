package nl.mensenhandel.enforcement.requests;

import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.enforcement.api.InspectionRequestsApi;
import nl.mensenhandel.enforcement.api.model.InspectionRequestPage;
import nl.mensenhandel.enforcement.api.model.NewInspectionRequest;
import nl.mensenhandel.enforcement.api.model.PageMetadata;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Mono;

/** {@code receiveInspectionRequest} and {@code listInspectionRequests} of {@code api-specs/enforcement-service.yaml}. */
@RestController
public class InspectionRequestController implements InspectionRequestsApi {

    private final InspectionRequests requests;

    public InspectionRequestController(InspectionRequests requests) {
        this.requests = requests;
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.InspectionRequest>> receiveInspectionRequest(
            String idempotencyKey, Mono<NewInspectionRequest> body, ServerWebExchange exchange) {
        return body.map(r -> new InspectionRequests.Received(r.getRegion(), r.getCaseId().toString(),
                        r.getCaseReference(), r.getTrackId().toString(), r.getMunicipalityCodes(), r.getReason(),
                        r.getDueDate(), Boolean.TRUE.equals(r.getUrgent())))
                .flatMap(request -> requests.receive(request, idempotencyKey))
                .map(InspectionRequestController::answer);
    }

    @Override
    public Mono<ResponseEntity<InspectionRequestPage>> listInspectionRequests(Integer page, Integer size,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> requests.list(caller, page, size))
                .map(result -> ResponseEntity.ok(new InspectionRequestPage()
                        .items(result.items().stream().map(InspectionRequestController::toApi).toList())
                        .page(new PageMetadata(result.number(), result.size(), result.totalElements(),
                                result.totalPages()))));
    }

    private static ResponseEntity<nl.mensenhandel.enforcement.api.model.InspectionRequest> answer(
            IdempotentOutcome<InspectionRequest> outcome) {
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(toApi(outcome.resource()));
    }

    private static nl.mensenhandel.enforcement.api.model.InspectionRequest toApi(InspectionRequest r) {
        return new nl.mensenhandel.enforcement.api.model.InspectionRequest()
                .id(UUID.fromString(r.id()))
                .region(r.region())
                .caseId(UUID.fromString(r.caseId()))
                .caseReference(r.caseReference())
                .trackId(UUID.fromString(r.trackId()))
                .municipalityCodes(r.municipalityCodes())
                .reason(r.reason())
                .dueDate(r.dueDate())
                .urgent(r.urgent())
                .status(nl.mensenhandel.enforcement.api.model.InspectionRequest.StatusEnum
                        .fromValue(r.status().name()))
                .receivedAt(r.receivedAt().atOffset(ZoneOffset.UTC));
    }
}
