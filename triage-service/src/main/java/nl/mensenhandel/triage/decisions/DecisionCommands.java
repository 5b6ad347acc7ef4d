package nl.mensenhandel.triage.decisions;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.outbox.Outbox;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.Decision;
import nl.mensenhandel.triage.cases.Track;
import nl.mensenhandel.triage.cases.Track.CommandDelivery;
import nl.mensenhandel.triage.cases.Track.TrackType;
import nl.mensenhandel.triage.commands.Commands;

/**
 * The commands that follow a decision, stored in the casus' outbox in the same update as the decision (issue 8
 * §6: "stored with the decision in the same write and delivered by a retrying dispatcher"; ARCHITECTURE.md
 * "Coordination between services"). Entry ids are deterministic from the decision, so a receiver deduplicates a
 * redelivery: {@code <trackId>:care-request}, {@code <trackId>:inspection-request},
 * {@code <decisionId>:outcome:<signalId>}.
 */
@Component
public class DecisionCommands {

    public static final String CARE_SERVICE = "care-coordination-service";
    public static final String ENFORCEMENT_SERVICE = "enforcement-service";

    private final Outbox outbox;

    public DecisionCommands(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The entry id of a track's command. */
    public static String commandId(Track track) {
        return switch (track.type()) {
            case ZORGTRAJECT, ZORG_EN_STRAF -> track.id() + ":" + Commands.CARE_REQUEST;
            case INTEGRALE_CONTROLE -> track.id() + ":" + Commands.INSPECTION_REQUEST;
            default -> null;
        };
    }

    /** The track with the delivery it will get, for a type that sends a command (care or inspection). */
    public static Track withDelivery(Track track) {
        String to = switch (track.type()) {
            case ZORGTRAJECT, ZORG_EN_STRAF -> CARE_SERVICE;
            case INTEGRALE_CONTROLE -> ENFORCEMENT_SERVICE;
            default -> null;
        };
        return to == null ? track
                : new Track(track.id(), track.decisionId(), track.type(), track.status(), track.regiehouder(),
                        track.dueDate(), track.openedAt(), track.details(), track.criminalInformation(),
                        track.tasks(), track.omConsent(),
                        new CommandDelivery(to, commandId(track), CommandDelivery.DeliveryStatus.PENDING, null),
                        track.history(), track.overdueNotifiedAt(), track.escalatedAt());
    }

    /** Every outbox entry of the decision, ready to push ({@link Outbox#FIELD}). */
    public List<Document> entries(Casus casus, Decision decision, List<Track> tracks) {
        List<Document> entries = new ArrayList<>();
        for (Track track : tracks) {
            if (track.type() == TrackType.ZORGTRAJECT || track.type() == TrackType.ZORG_EN_STRAF) {
                entries.add(entry(casus, commandId(track), Commands.CARE_REQUEST, new Commands.CareRequest(casus.id(),
                        casus.reference(), track.id(), track.type().name(), casus.municipalityCodes(),
                        track.regiehouder().organisation(), detailsOrRationale(track, decision), track.dueDate(),
                        casus.urgent())));
            } else if (track.type() == TrackType.INTEGRALE_CONTROLE) {
                entries.add(entry(casus, commandId(track), Commands.INSPECTION_REQUEST,
                        new Commands.InspectionRequest(casus.id(), casus.reference(), track.id(),
                                casus.municipalityCodes(), detailsOrRationale(track, decision), track.dueDate(), casus.urgent())));
            }
        }
        if (!decision.nextStep()) {
            CaseOutcomes.Outcome outcome = CaseOutcomes.of(tracks);
            List<String> types = tracks.stream().map(track -> track.type().name()).toList();
            for (String signalId : casus.signalIds()) {
                entries.add(entry(casus, decision.id() + ":outcome:" + signalId, Commands.CASE_OUTCOME,
                        new Commands.CaseOutcome(signalId, casus.id(), casus.reference(), decision.id(),
                                outcome.result(), outcome.closingReason(), types, decision.feedbackForReporter())));
            }
        }
        return entries;
    }

    private Document entry(Casus casus, String id, String kind, Object payload) {
        return outbox.entry(casus.region(), casus.id(), id, kind, payload).toDocument();
    }

    /**
     * What the receiver is asked (care coordination's care need, enforcement's reason for the inspection): the
     * track's details, or the decision's rationale where the track has none.
     */
    private static String detailsOrRationale(Track track, Decision decision) {
        return track.details() == null || track.details().isBlank() ? decision.rationale() : track.details();
    }
}
