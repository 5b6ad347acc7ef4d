package nl.mensenhandel.triage.decisions;

import java.time.LocalDate;
import java.util.List;

import nl.mensenhandel.triage.cases.Decision.Advice;
import nl.mensenhandel.triage.cases.Decision.DecisionForm;
import nl.mensenhandel.triage.cases.Track.Regiehouder;
import nl.mensenhandel.triage.cases.Track.Task;
import nl.mensenhandel.triage.cases.Track.TrackType;

/**
 * A decision as the table (or the AF) asks to record it ({@code NewDecision} of the contract), in domain terms.
 *
 * @param nextStep send the casus on to the next table of the region's steps instead of opening tracks
 * @param tracks   the tracks to open (empty when sending on)
 */
public record DecisionRequest(String meetingId, DecisionForm form, List<String> participants, String deliberation,
        String rationale, String legalBasis, List<Advice> advice, boolean nextStep, List<TrackRequest> tracks,
        String feedbackForReporter) {

    public DecisionRequest {
        participants = participants == null ? List.of() : List.copyOf(participants);
        advice = advice == null ? List.of() : List.copyOf(advice);
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
    }

    /** A track to open. */
    public record TrackRequest(TrackType type, Regiehouder regiehouder, LocalDate dueDate, String details,
            String criminalInformation, List<Task> tasks) {

        public TrackRequest {
            tasks = tasks == null ? List.of() : List.copyOf(tasks);
        }
    }

    public boolean opensTracks() {
        return !tracks.isEmpty();
    }

    /** Closes the casus: {@code NIET_BEVESTIGD} (alone, by rule). */
    public boolean notConfirmed() {
        return tracks.stream().anyMatch(track -> track.type() == TrackType.NIET_BEVESTIGD);
    }
}
