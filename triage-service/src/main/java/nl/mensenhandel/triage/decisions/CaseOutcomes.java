package nl.mensenhandel.triage.decisions;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.mensenhandel.triage.cases.Track;
import nl.mensenhandel.triage.cases.Track.TrackType;

/**
 * What the reporter's signal hears of a decision (issue 8 §4: "the outcome goes back to the signal service");
 * the values of signal-service's {@code recordCaseOutcome}: {@code AFGESLOTEN} with closing reason
 * {@code NIET_BEVESTIGD} for a casus not confirmed; {@code AFGESLOTEN} with {@code ANDERE_AFDELING} or
 * {@code REGULIERE_HULP} when that is where the decision sends it and nothing else (DOMAIN.md §3: "a case that is
 * not about trafficking still gets a destination"); else {@code DOORGELEID}.
 */
public final class CaseOutcomes {

    public record Outcome(String result, String closingReason) {
    }

    static final String DOORGELEID = "DOORGELEID";
    static final String AFGESLOTEN = "AFGESLOTEN";

    private CaseOutcomes() {
    }

    static Outcome of(List<Track> tracks) {
        return ofTypes(tracks.stream().map(Track::type).collect(Collectors.toSet()));
    }

    /** The outcome of a decision that opened tracks of these types (also the monitor's {@code result} of a casus). */
    public static Outcome ofTypes(Set<TrackType> types) {
        if (types.contains(TrackType.NIET_BEVESTIGD)) {
            return new Outcome(AFGESLOTEN, TrackType.NIET_BEVESTIGD.name());
        }
        if (types.size() == 1 && (types.contains(TrackType.ANDERE_AFDELING) || types.contains(TrackType.REGULIERE_HULP))) {
            return new Outcome(AFGESLOTEN, types.iterator().next().name());
        }
        return new Outcome(DOORGELEID, null);
    }
}
