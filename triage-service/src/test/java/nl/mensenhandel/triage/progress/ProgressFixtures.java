package nl.mensenhandel.triage.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.CasusStatus;
import nl.mensenhandel.triage.cases.Decision;
import nl.mensenhandel.triage.cases.Track;
import nl.mensenhandel.triage.cases.Track.Regiehouder;
import nl.mensenhandel.triage.cases.Track.TrackStatus;
import nl.mensenhandel.triage.cases.Track.TrackType;
import nl.mensenhandel.triage.tables.TableRef;

/** Casussen with decisions and tracks as the decisions slice stores them, written straight into the store. */
final class ProgressFixtures {

    static final String SUMMARY = "Mevrouw Jansen werkt onbetaald in een nagelstudio";

    private ProgressFixtures() {
    }

    static Track track(TrackType type, TrackStatus status, LocalDate due, Instant openedAt, Regiehouder holder,
            String decisionId) {
        return new Track(UUID.randomUUID().toString(), decisionId, type, status, holder, due, openedAt,
                "Details over mevrouw Jansen", null, List.of(), null, null, List.of(), null, null);
    }

    static Decision decision(String id, boolean nextStep, List<Track> opened, Instant at) {
        return new Decision(id, null, "zvh-zaanstreek-waterland", Decision.DecisionForm.OVERLEG, List.of(),
                "Beraadslaging", "Rationale", "ZVH-convenant", List.of(), nextStep,
                opened.stream().map(Track::id).toList(), null, at, "casustafel.test");
    }

    static Casus casus(String region, List<String> municipalities, CasusStatus status, List<Decision> decisions,
            List<Track> tracks, Instant createdAt, String reference) {
        return new Casus(UUID.randomUUID().toString(), region, municipalities.getFirst(), municipalities, status,
                List.of(UUID.randomUUID().toString()), reference, new TableRef("zvh-zaanstreek-waterland", "ZVH"),
                SUMMARY, "af-subject", createdAt, false, List.of(), List.of(), decisions, tracks, List.of(), List.of(),
                0, createdAt);
    }
}
