package nl.mensenhandel.triage.decisions;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.triage.api.CasesApi;
import nl.mensenhandel.triage.api.DecisionsApi;
import nl.mensenhandel.triage.api.model.CasusDetail;
import nl.mensenhandel.triage.api.model.NewDecision;
import nl.mensenhandel.triage.api.model.NewTrack;
import nl.mensenhandel.triage.cases.CasusReading;
import nl.mensenhandel.triage.cases.Decision;
import nl.mensenhandel.triage.cases.Track;
import reactor.core.publisher.Mono;

/** The decisions contract ({@code recordDecision}); the rules live in {@link DecisionRules}. */
@RestController
public class DecisionController implements DecisionsApi {

    private final DecisionRecording recording;
    private final CasusReading reading;

    public DecisionController(DecisionRecording recording, CasusReading reading) {
        this.recording = recording;
        this.reading = reading;
    }

    @Override
    public Mono<ResponseEntity<CasusDetail>> recordDecision(UUID caseId, Mono<NewDecision> newDecision,
            @Nullable String idempotencyKey, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(actor -> newDecision.map(DecisionController::request)
                .flatMap(request -> recording.record(actor, caseId.toString(), request, idempotencyKey))
                .flatMap(outcome -> reading.detail(actor, outcome.resource()).map(detail -> {
                    URI location = URI.create(CasesApi.PATH_OPEN_CASE + "/" + caseId);
                    return outcome.created() ? ResponseEntity.created(location).body(detail)
                            : ResponseEntity.ok().location(location).body(detail);
                })));
    }

    static DecisionRequest request(NewDecision body) {
        if (body.getParticipants().contains(null) || body.getTracks() != null && body.getTracks().contains(null)
                || body.getAdvice() != null && body.getAdvice().contains(null)) {
            // a blank array element reads as null: a client's mistake, named
            throw ApiProblem.invalidField(body.getParticipants().contains(null) ? "participants"
                    : body.getAdvice() != null && body.getAdvice().contains(null) ? "advice" : "tracks",
                    "must not hold empty elements");
        }
        List<DecisionRequest.TrackRequest> tracks = body.getTracks() == null ? List.of()
                : body.getTracks().stream().map(DecisionController::track).toList();
        return new DecisionRequest(body.getMeetingId() == null ? null : body.getMeetingId().toString(),
                Decision.DecisionForm.valueOf(body.getForm().getValue()), List.copyOf(body.getParticipants()),
                body.getDeliberation(), body.getRationale(), body.getLegalBasis(),
                body.getAdvice() == null ? List.of()
                        : body.getAdvice().stream().map(a -> new Decision.Advice(a.getFrom(), a.getSummary())).toList(),
                Boolean.TRUE.equals(body.getNextStep()), tracks, body.getFeedbackForReporter());
    }

    private static DecisionRequest.TrackRequest track(NewTrack track) {
        if (track.getTasks() != null && track.getTasks().contains(null)) {
            throw ApiProblem.invalidField("tracks[].tasks", "must not hold empty elements");
        }
        return new DecisionRequest.TrackRequest(Track.TrackType.valueOf(track.getType().getValue()),
                new Track.Regiehouder(Track.Regiehouder.Kind.valueOf(track.getRegiehouder().getKind().getValue()),
                        track.getRegiehouder().getOrganisation(), track.getRegiehouder().getUsername()),
                track.getDueDate(), blankToNull(track.getDetails()), blankToNull(track.getCriminalInformation()),
                track.getTasks() == null ? List.of()
                        : track.getTasks().stream()
                                .map(task -> new Track.Task(task.getDescription(), task.getAssignee(),
                                        task.getDueDate()))
                                .toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
