package nl.mensenhandel.enforcement.inspections;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.enforcement.api.InspectionsApi;
import nl.mensenhandel.enforcement.api.model.Attachment;
import nl.mensenhandel.enforcement.api.model.AttachmentInfo;
import nl.mensenhandel.enforcement.api.model.Finding;
import nl.mensenhandel.enforcement.api.model.FindingList;
import nl.mensenhandel.enforcement.api.model.InspectionPage;
import nl.mensenhandel.enforcement.api.model.InspectionUpdate;
import nl.mensenhandel.enforcement.api.model.NewAttachment;
import nl.mensenhandel.enforcement.api.model.NewFinding;
import nl.mensenhandel.enforcement.api.model.NewInspection;
import nl.mensenhandel.enforcement.attachments.AttachmentRecords;
import nl.mensenhandel.enforcement.findings.FindingRecords;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Mono;

/**
 * The inspections contract ({@code api-specs/enforcement-service.yaml}); rules live in the records services and
 * policies. Field records answer 201 when created and 200 "already received" for an identical repeat; the
 * Idempotency-Key is accepted (validated by the contract), the record's own id makes the upload idempotent.
 */
@RestController
public class InspectionController implements InspectionsApi {

    private final InspectionQueries queries;
    private final InspectionRecords inspections;
    private final FindingRecords findings;
    private final AttachmentRecords attachments;
    private final InspectionEncryption crypto;

    public InspectionController(InspectionQueries queries, InspectionRecords inspections, FindingRecords findings,
            AttachmentRecords attachments, InspectionEncryption crypto) {
        this.queries = queries;
        this.inspections = inspections;
        this.findings = findings;
        this.attachments = attachments;
        this.crypto = crypto;
    }

    @Override
    public Mono<ResponseEntity<InspectionPage>> listInspections(Integer page, Integer size,
            nl.mensenhandel.enforcement.api.model.InspectionStatus status, ServerWebExchange exchange) {
        return CurrentTenant.get()
                .flatMap(caller -> queries.list(caller, page, size,
                        status == null ? null : InspectionStatus.valueOf(status.getValue())))
                .map(result -> ResponseEntity.ok(InspectionApiMapper.toApi(result)));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.Inspection>> createInspection(
            Mono<NewInspection> body, String idempotencyKey, ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(body)
                .flatMap(both -> inspections.create(both.getT1(), both.getT2()))
                .map(recorded -> ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(InspectionApiMapper.details(recorded.value(), crypto)));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.Inspection>> getInspection(UUID inspectionId,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> queries.get(caller, inspectionId.toString()))
                .map(inspection -> ResponseEntity.ok(InspectionApiMapper.details(inspection, crypto)));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.Inspection>> updateInspection(UUID inspectionId,
            Mono<InspectionUpdate> body, ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(body)
                .flatMap(both -> inspections.update(both.getT1(), inspectionId.toString(), both.getT2()))
                .map(inspection -> ResponseEntity.ok(InspectionApiMapper.details(inspection, crypto)));
    }

    @Override
    public Mono<ResponseEntity<Finding>> recordFinding(UUID inspectionId, Mono<NewFinding> body, String idempotencyKey,
            ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(body)
                .flatMap(both -> queries.writable(both.getT1(), inspectionId.toString())
                        .flatMap(inspection -> findings.record(both.getT1(), inspection, both.getT2())))
                .map(recorded -> ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(findings.toApi(recorded.value())));
    }

    @Override
    public Mono<ResponseEntity<FindingList>> listFindings(UUID inspectionId, ServerWebExchange exchange) {
        return CurrentTenant.get()
                .flatMap(caller -> queries.readable(caller, inspectionId.toString())
                        .flatMap(inspection -> findings.list(caller, inspection)))
                .map(list -> ResponseEntity.ok(new FindingList().items(list.stream().map(findings::toApi).toList())));
    }

    @Override
    public Mono<ResponseEntity<AttachmentInfo>> uploadAttachment(UUID inspectionId, Mono<NewAttachment> body,
            String idempotencyKey, ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(body)
                .flatMap(both -> queries.writable(both.getT1(), inspectionId.toString())
                        .flatMap(inspection -> attachments.upload(both.getT1(), inspection, both.getT2())))
                .map(recorded -> ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(recorded.value()));
    }

    @Override
    public Mono<ResponseEntity<Attachment>> getAttachment(UUID inspectionId, UUID attachmentId,
            ServerWebExchange exchange) {
        return CurrentTenant.get()
                .flatMap(caller -> queries.readable(caller, inspectionId.toString())
                        .flatMap(inspection -> attachments.get(caller, inspection, attachmentId.toString())))
                .map(ResponseEntity::ok);
    }
}
