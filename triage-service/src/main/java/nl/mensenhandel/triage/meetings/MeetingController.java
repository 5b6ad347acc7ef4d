package nl.mensenhandel.triage.meetings;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.triage.api.MeetingsApi;
import nl.mensenhandel.triage.api.model.AgendaItem;
import nl.mensenhandel.triage.api.model.MeetingForm;
import nl.mensenhandel.triage.api.model.MeetingPage;
import nl.mensenhandel.triage.api.model.NewMeeting;
import nl.mensenhandel.triage.api.model.PageMetadata;
import reactor.core.publisher.Mono;

/** The meetings contract ({@code api-specs/triage-service.yaml}, tag {@code meetings}). */
@RestController
public class MeetingController implements MeetingsApi {

    private final Meetings meetings;

    public MeetingController(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.triage.api.model.Meeting>> scheduleMeeting(Mono<NewMeeting> newMeeting,
            @Nullable String idempotencyKey, ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(newMeeting)
                .flatMap(found -> meetings.schedule(found.getT1(), request(found.getT2()), idempotencyKey))
                .map(MeetingController::answer);
    }

    @Override
    public Mono<ResponseEntity<MeetingPage>> listMeetings(@Nullable String tableId, Integer page, Integer size,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> meetings.list(caller, tableId, page, size))
                .map(result -> ResponseEntity.ok(toApi(result)));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.triage.api.model.Meeting>> getMeeting(UUID meetingId,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> meetings.get(caller, meetingId.toString()))
                .map(view -> ResponseEntity.ok(toApi(view)));
    }

    private static Meetings.Request request(NewMeeting body) {
        return new Meetings.Request(body.getTableId(), Meeting.Form.valueOf(body.getForm().name()),
                body.getScheduledAt().toInstant());
    }

    private static ResponseEntity<nl.mensenhandel.triage.api.model.Meeting> answer(
            IdempotentOutcome<Agendas.View> outcome) {
        nl.mensenhandel.triage.api.model.Meeting body = toApi(outcome.resource());
        URI location = URI.create(MeetingsApi.PATH_SCHEDULE_MEETING + "/" + body.getId());
        return outcome.created() ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    private static MeetingPage toApi(Paged<Agendas.View> page) {
        return new MeetingPage()
                .items(page.items().stream().map(MeetingController::toApi).toList())
                .page(new PageMetadata(page.number(), page.size(), page.totalElements(), page.totalPages()));
    }

    static nl.mensenhandel.triage.api.model.Meeting toApi(Agendas.View view) {
        Meeting meeting = view.meeting();
        return new nl.mensenhandel.triage.api.model.Meeting()
                .id(UUID.fromString(meeting.id()))
                .region(meeting.region())
                .tableId(meeting.tableId())
                .tableName(meeting.tableName())
                .form(MeetingForm.valueOf(meeting.form().name()))
                .scheduledAt(meeting.scheduledAt().atOffset(ZoneOffset.UTC))
                .status(view.held() ? nl.mensenhandel.triage.api.model.Meeting.StatusEnum.GEHOUDEN
                        : nl.mensenhandel.triage.api.model.Meeting.StatusEnum.GEPLAND)
                .agenda(view.agenda().stream().map(MeetingController::toApi).toList());
    }

    private static AgendaItem toApi(Agendas.Item item) {
        return new AgendaItem()
                .caseId(UUID.fromString(item.caseId()))
                .reference(item.reference())
                .municipalityCodes(item.municipalityCodes())
                .urgent(item.urgent())
                .decisionId(item.decisionId() == null ? null : UUID.fromString(item.decisionId()));
    }
}
