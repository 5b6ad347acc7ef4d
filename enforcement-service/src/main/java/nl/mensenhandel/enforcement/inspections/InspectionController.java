package nl.mensenhandel.enforcement.inspections;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.enforcement.api.InspectionsApi;
import nl.mensenhandel.enforcement.api.model.InspectionPage;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Mono;

/** The inspections contract ({@code api-specs/enforcement-service.yaml}); rules live in queries and policy. */
@RestController
public class InspectionController implements InspectionsApi {

    private final InspectionQueries queries;

    public InspectionController(InspectionQueries queries) {
        this.queries = queries;
    }

    @Override
    public Mono<ResponseEntity<InspectionPage>> listInspections(Integer page, Integer size,
            nl.mensenhandel.enforcement.api.model.InspectionStatus status, ServerWebExchange exchange) {
        return CurrentTenant.get()
                .flatMap(caller -> queries.list(caller, page, size))
                .map(result -> ResponseEntity.ok(InspectionApiMapper.toApi(result)));
    }

    // BASE STUBS (issue 10): replaced by the helper who implements inspections, findings and attachments

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.Inspection>> createInspection(Mono<nl.mensenhandel.enforcement.api.model.NewInspection> body, String idempotencyKey, ServerWebExchange exchange) {
        return Mono.error(new nl.mensenhandel.platform.problem.ApiProblem(
                nl.mensenhandel.platform.problem.ProblemType.INTERNAL, "not implemented yet"));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.Attachment>> getAttachment(java.util.UUID inspectionId, java.util.UUID attachmentId, ServerWebExchange exchange) {
        return Mono.error(new nl.mensenhandel.platform.problem.ApiProblem(
                nl.mensenhandel.platform.problem.ProblemType.INTERNAL, "not implemented yet"));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.Inspection>> getInspection(java.util.UUID inspectionId, ServerWebExchange exchange) {
        return Mono.error(new nl.mensenhandel.platform.problem.ApiProblem(
                nl.mensenhandel.platform.problem.ProblemType.INTERNAL, "not implemented yet"));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.FindingList>> listFindings(java.util.UUID inspectionId, ServerWebExchange exchange) {
        return Mono.error(new nl.mensenhandel.platform.problem.ApiProblem(
                nl.mensenhandel.platform.problem.ProblemType.INTERNAL, "not implemented yet"));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.Finding>> recordFinding(java.util.UUID inspectionId, Mono<nl.mensenhandel.enforcement.api.model.NewFinding> body, String idempotencyKey, ServerWebExchange exchange) {
        return Mono.error(new nl.mensenhandel.platform.problem.ApiProblem(
                nl.mensenhandel.platform.problem.ProblemType.INTERNAL, "not implemented yet"));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.Inspection>> updateInspection(java.util.UUID inspectionId, Mono<nl.mensenhandel.enforcement.api.model.InspectionUpdate> body, ServerWebExchange exchange) {
        return Mono.error(new nl.mensenhandel.platform.problem.ApiProblem(
                nl.mensenhandel.platform.problem.ProblemType.INTERNAL, "not implemented yet"));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.AttachmentInfo>> uploadAttachment(java.util.UUID inspectionId, Mono<nl.mensenhandel.enforcement.api.model.NewAttachment> body, String idempotencyKey, ServerWebExchange exchange) {
        return Mono.error(new nl.mensenhandel.platform.problem.ApiProblem(
                nl.mensenhandel.platform.problem.ProblemType.INTERNAL, "not implemented yet"));
    }
}
