package nl.mensenhandel.care.requests;

import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.care.api.CareRequestsApi;
import nl.mensenhandel.care.api.model.CareRequestPage;
import nl.mensenhandel.care.api.model.EmergencyHousingRequest;
import nl.mensenhandel.care.api.model.EmergencyHousingRequestPage;
import nl.mensenhandel.care.api.model.NewEmergencyHousingRequest;
import nl.mensenhandel.care.api.model.NewCareRequest;
import nl.mensenhandel.care.api.model.PageMetadata;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Mono;

/**
 * {@code receiveCareRequest}, {@code listCareRequests}, {@code receiveEmergencyHousingRequest} and
 * {@code listEmergencyHousingRequests} of {@code api-specs/care-coordination-service.yaml}. */
@RestController
public class CareRequestController implements CareRequestsApi {

    private final CareRequests requests;
    private final EmergencyHousingRequests emergencyHousing;

    public CareRequestController(CareRequests requests, EmergencyHousingRequests emergencyHousing) {
        this.requests = requests;
        this.emergencyHousing = emergencyHousing;
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.care.api.model.CareRequest>> receiveCareRequest(String idempotencyKey,
            Mono<NewCareRequest> body, ServerWebExchange exchange) {
        return body.map(CareRequestController::received)
                .flatMap(request -> requests.receive(request, idempotencyKey))
                .map(CareRequestController::answer);
    }

    @Override
    public Mono<ResponseEntity<CareRequestPage>> listCareRequests(Integer page, Integer size,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> requests.list(caller, page, size))
                .map(result -> ResponseEntity.ok(new CareRequestPage()
                        .items(result.items().stream().map(CareRequestController::toApi).toList())
                        .page(new PageMetadata(result.number(), result.size(), result.totalElements(),
                                result.totalPages()))));
    }

    private static CareRequests.Received received(NewCareRequest r) {
        return new CareRequests.Received(r.getRegion(), r.getCaseId().toString(), r.getCaseReference(),
                r.getTrackId().toString(), r.getTrackType().getValue(), r.getMunicipalityCodes(),
                r.getRegiehouderOrganisation(), r.getCareNeed(), r.getDueDate(), Boolean.TRUE.equals(r.getUrgent()));
    }

    private static ResponseEntity<nl.mensenhandel.care.api.model.CareRequest> answer(
            IdempotentOutcome<CareRequest> outcome) {
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(toApi(outcome.resource()));
    }

    private static nl.mensenhandel.care.api.model.CareRequest toApi(CareRequest r) {
        return new nl.mensenhandel.care.api.model.CareRequest()
                .id(UUID.fromString(r.id()))
                .region(r.region())
                .caseId(UUID.fromString(r.caseId()))
                .caseReference(r.caseReference())
                .trackId(UUID.fromString(r.trackId()))
                .trackType(nl.mensenhandel.care.api.model.CareRequest.TrackTypeEnum.fromValue(r.trackType()))
                .municipalityCodes(r.municipalityCodes())
                .regiehouderOrganisation(r.regiehouderOrganisation())
                .careNeed(r.careNeed())
                .dueDate(r.dueDate())
                .urgent(r.urgent())
                .status(nl.mensenhandel.care.api.model.CareRequest.StatusEnum.fromValue(r.status().name()))
                .receivedAt(r.receivedAt().atOffset(ZoneOffset.UTC))
                .trajectoryId(r.trajectoryId() == null ? null : UUID.fromString(r.trajectoryId()));
    }

    @Override
    public Mono<ResponseEntity<EmergencyHousingRequest>> receiveEmergencyHousingRequest(String idempotencyKey,
            Mono<NewEmergencyHousingRequest> body, ServerWebExchange exchange) {
        return body.map(r -> new EmergencyHousingRequests.Received(r.getRegion(), r.getMunicipalityCode(),
                        r.getMeasureId().toString(), r.getInstrumentCode(), r.getAdults(), r.getMinors(),
                        r.getShelterNeededFrom().toInstant()))
                .flatMap(request -> emergencyHousing.receive(request, idempotencyKey))
                .map(outcome -> ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(toApi(outcome.resource())));
    }

    @Override
    public Mono<ResponseEntity<EmergencyHousingRequestPage>> listEmergencyHousingRequests(Integer page, Integer size,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> emergencyHousing.list(caller, page, size))
                .map(result -> ResponseEntity.ok(new EmergencyHousingRequestPage()
                        .items(result.items().stream().map(CareRequestController::toApi).toList())
                        .page(new PageMetadata(result.number(), result.size(), result.totalElements(),
                                result.totalPages()))));
    }

    private static EmergencyHousingRequest toApi(nl.mensenhandel.care.requests.EmergencyHousingRequest r) {
        return new EmergencyHousingRequest()
                .id(UUID.fromString(r.id()))
                .region(r.region())
                .municipalityCode(r.municipalityCode())
                .measureId(UUID.fromString(r.measureId()))
                .instrumentCode(r.instrumentCode())
                .adults(r.adults())
                .minors(r.minors())
                .shelterNeededFrom(r.shelterNeededFrom().atOffset(ZoneOffset.UTC))
                .receivedAt(r.receivedAt().atOffset(ZoneOffset.UTC));
    }
}
