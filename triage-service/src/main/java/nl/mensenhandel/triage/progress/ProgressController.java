package nl.mensenhandel.triage.progress;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.triage.api.ProgressApi;
import nl.mensenhandel.triage.api.model.Count;
import nl.mensenhandel.triage.api.model.Escalation;
import nl.mensenhandel.triage.api.model.NewEscalation;
import nl.mensenhandel.triage.api.model.PageMetadata;
import nl.mensenhandel.triage.api.model.Regiehouder;
import nl.mensenhandel.triage.api.model.TrackProgress;
import nl.mensenhandel.triage.api.model.TrackProgressPage;
import nl.mensenhandel.triage.api.model.TrackStatus;
import nl.mensenhandel.triage.api.model.TrackType;
import nl.mensenhandel.triage.api.model.TriageFigures;
import nl.mensenhandel.triage.cases.Track;
import reactor.core.publisher.Mono;

/** The progress contract ({@code api-specs/triage-service.yaml}, tag progress); the rules live in the services. */
@RestController
public class ProgressController implements ProgressApi {

    private final TrackProgressQueries tracks;
    private final Escalations escalations;
    private final TriageFiguresQuery figures;

    public ProgressController(TrackProgressQueries tracks, Escalations escalations, TriageFiguresQuery figures) {
        this.tracks = tracks;
        this.escalations = escalations;
        this.figures = figures;
    }

    @Override
    public Mono<ResponseEntity<TrackProgressPage>> listTracks(@Nullable TrackStatus status, @Nullable Boolean overdue,
            Integer page, Integer size, ServerWebExchange exchange) {
        Track.TrackStatus wanted = status == null ? null : Track.TrackStatus.valueOf(status.getValue());
        return CurrentTenant.get().flatMap(caller -> tracks.list(caller, wanted, overdue, page, size))
                .map(result -> ResponseEntity.ok(toApi(result)));
    }

    @Override
    public Mono<ResponseEntity<Escalation>> escalateCase(UUID caseId, Mono<NewEscalation> newEscalation,
            @Nullable String idempotencyKey, ServerWebExchange exchange) {
        return newEscalation.flatMap(body -> CurrentTenant.get()
                .flatMap(caller -> escalations.escalate(caller, caseId.toString(), body.getReason(), idempotencyKey)))
                .map(ProgressController::answer);
    }

    @Override
    public Mono<ResponseEntity<TriageFigures>> getTriageFigures(ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(figures::figures).map(result -> ResponseEntity.ok(new TriageFigures()
                .region(result.region())
                .cases(counts(result.cases()))
                .decisions(counts(result.decisions()))
                .tracks(counts(result.tracks()))
                .overdueTracks(result.overdueTracks())
                .escalations(result.escalations())));
    }

    private static List<Count> counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    private static ResponseEntity<Escalation> answer(IdempotentOutcome<Escalations.Escalated> outcome) {
        nl.mensenhandel.triage.cases.Escalation e = outcome.resource().escalation();
        Escalation body = new Escalation().id(UUID.fromString(e.id()))
                .caseId(UUID.fromString(outcome.resource().caseId())).reason(e.reason())
                .escalatedAt(e.escalatedAt().atOffset(ZoneOffset.UTC)).automatic(e.automatic());
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).body(body);
    }

    private static TrackProgressPage toApi(Paged<TrackProgressQueries.Row> page) {
        return new TrackProgressPage()
                .items(page.items().stream().map(ProgressController::toApi).toList())
                .page(new PageMetadata(page.number(), page.size(), page.totalElements(), page.totalPages()));
    }

    private static TrackProgress toApi(TrackProgressQueries.Row row) {
        Track track = row.track();
        return new TrackProgress()
                .caseId(UUID.fromString(row.casus().id()))
                .caseReference(row.casus().reference())
                .tableId(row.casus().table() == null ? null : row.casus().table().id())
                .municipalityCodes(row.casus().municipalityCodes())
                .trackId(UUID.fromString(track.id()))
                .type(TrackType.fromValue(track.type().name()))
                .status(TrackStatus.fromValue(track.status().name()))
                .regiehouder(track.regiehouder() == null ? null : new Regiehouder()
                        .kind(Regiehouder.KindEnum.fromValue(track.regiehouder().kind().name()))
                        .organisation(track.regiehouder().organisation())
                        .username(track.regiehouder().username()))
                .openedAt(track.openedAt() == null ? null : track.openedAt().atOffset(ZoneOffset.UTC))
                .ageDays((int) row.ageDays())
                .dueDate(track.dueDate())
                .overdue(row.overdue())
                .overdueNotifiedAt(track.overdueNotifiedAt() == null ? null
                        : track.overdueNotifiedAt().atOffset(ZoneOffset.UTC));
    }
}
