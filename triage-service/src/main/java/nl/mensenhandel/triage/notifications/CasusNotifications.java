package nl.mensenhandel.triage.notifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.inbox.InboxNotification;
import nl.mensenhandel.platform.inbox.InboxNotification.Audience;
import nl.mensenhandel.platform.inbox.InboxSubject;
import nl.mensenhandel.platform.outbox.Outbox;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.triage.cases.AcuteIntervention;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.Escalation;
import nl.mensenhandel.triage.cases.Track;

/**
 * The notifications a casus raises in the platform inbox, as outbox entries written in the same insert or update
 * as what they tell (so none is lost, none is sent for what was not stored), delivered by platform-support's
 * {@code InboxDelivery} about the casus ({@link #aboutType()}). Minimal content (inbox.yaml): the kind, the casus by
 * reference and id, what happened — never a name, a summary or a free-text reason.
 * <p>
 * Kinds (documented in {@code docs/triage.md}): {@value #URGENT} (urgency SPOED), {@value #OVERDUE} (NORMAAL),
 * {@value #ESCALATED} (HOOG).
 */
@Component
public class CasusNotifications implements InboxSubject {

    /** A casus opened on the urgent path: the municipality's AFs and the table are told at once (issue 8 §7). */
    public static final String URGENT = "CASUS_SPOED";
    /** A track passed its due date: its regiehouder is told, once (issue 8 §8). */
    public static final String OVERDUE = "SPOOR_TE_LAAT";
    /** A casus was escalated to the region's beleidsregisseur (issue 8 §8). */
    public static final String ESCALATED = "CASUS_GEESCALEERD";
    /** A decision opened a track: its regiehouder, and the function that carries it out, are told (issue 8 §4). */
    public static final String TRACK_OPENED = "SPOOR_GEOPEND";
    /** How the inbox names a casus ({@code ResourceReference.type}). */
    public static final String ABOUT_TYPE = "casus";

    private final Outbox outbox;

    public CasusNotifications(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The id of the urgent notification of a casus (its Idempotency-Key at the inbox). */
    public static String urgentEntryId(String caseId) {
        return caseId + ":urgent";
    }

    public static String trackOpenedEntryId(String trackId) {
        return trackId + ":opened";
    }

    public static String overdueEntryId(String trackId) {
        return trackId + ":overdue";
    }

    public static String escalationEntryId(String escalationId) {
        return escalationId + ":escalation";
    }

    /**
     * The urgent path's notification (DOMAIN.md §3 "snel acteren": the municipality and the table are informed as
     * soon as possible after the acute intervention): the AFs of every municipality of the casus and the table
     * members (role casustafel) of the region.
     */
    public Document urgent(Casus casus) {
        List<Audience> audience = new ArrayList<>();
        casus.municipalityCodes().forEach(code -> audience.add(new Audience(Roles.AANDACHTSFUNCTIONARIS, code, null)));
        audience.add(new Audience(Roles.CASUSTAFEL, null, null));
        String by = casus.acuteInterventions().stream().map(AcuteIntervention::by).map(Enum::name).distinct()
                .collect(Collectors.joining(", "));
        String title = "Spoedcasus %s: acute interventie al genomen (%s); de casus staat als eerste op de volgende vergadering."
                .formatted(casus.reference(), by);
        return entry(casus, urgentEntryId(casus.id()),
                new InboxNotification(URGENT, title, casus.municipalityCode(), audience));
    }

    /**
     * A track opened by a decision: its regiehouder ({@link #regiehouder}), and where the track is carried out by a
     * function of its own also that function — the region's zorgcoördinatoren for a care track (the care request
     * reaches care coordination by the outbox), the handhavers of the lead municipality for an integrated inspection.
     */
    public Document trackOpened(Casus casus, Track track) {
        List<Audience> audience = new ArrayList<>(List.of(regiehouder(casus, track)));
        Audience carriedOutBy = switch (track.type()) {
            case ZORGTRAJECT, ZORG_EN_STRAF -> new Audience(Roles.ZORGCOORDINATOR, null, null);
            case INTEGRALE_CONTROLE -> new Audience(Roles.HANDHAVER, casus.municipalityCode(), null);
            default -> null;
        };
        if (carriedOutBy != null && !audience.contains(carriedOutBy)) {
            audience.add(carriedOutBy);
        }
        String title = "Casus %s: spoor %s geopend, regie bij %s, termijn %s."
                .formatted(casus.reference(), track.type(), track.regiehouder().organisation(), track.dueDate());
        return entry(casus, trackOpenedEntryId(track.id()),
                new InboxNotification(TRACK_OPENED, title, casus.municipalityCode(), audience));
    }

    /** A track overdue: its regiehouder ({@link #regiehouder}). */
    public Document overdue(Casus casus, Track track, long daysOverdue) {
        String title = "Spoor %s van casus %s is %d dag(en) over de termijn (%s)."
                .formatted(track.type(), casus.reference(), daysOverdue, track.dueDate());
        return entry(casus, overdueEntryId(track.id()),
                new InboxNotification(OVERDUE, title, casus.municipalityCode(), List.of(regiehouder(casus, track))));
    }

    /**
     * An escalation: the region's beleidsregisseurs. The title names what happened, never the reason given (a free
     * text, which the casus shows per need to know).
     */
    public Document escalated(Casus casus, Escalation escalation, String what) {
        String title = "Casus %s is geëscaleerd naar de beleidsregisseur: %s.".formatted(casus.reference(), what);
        return entry(casus, escalationEntryId(escalation.id()), new InboxNotification(ESCALATED, title,
                casus.municipalityCode(), List.of(new Audience(Roles.BELEIDSREGISSEUR, null, null))));
    }

    /**
     * Who hears about a track: its regiehouder by username where one person is known; else by function — the AFs
     * of the lead municipality, the zorgcoördinatoren, the handhavers of the lead municipality, and for every
     * other organisation (police, OM, RIEC, Veilig Thuis, ...) the table members, who speak for them at the table.
     */
    public static Audience regiehouder(Casus casus, Track track) {
        Track.Regiehouder holder = track.regiehouder();
        if (holder != null && holder.username() != null && !holder.username().isBlank()) {
            return new Audience(null, null, holder.username());
        }
        Track.Regiehouder.Kind kind = holder == null ? null : holder.kind();
        if (kind == null) {
            return new Audience(Roles.CASUSTAFEL, null, null);
        }
        return switch (kind) {
            case AANDACHTSFUNCTIONARIS -> new Audience(Roles.AANDACHTSFUNCTIONARIS, casus.municipalityCode(), null);
            case ZORGCOORDINATOR -> new Audience(Roles.ZORGCOORDINATOR, null, null);
            case HANDHAVING -> new Audience(Roles.HANDHAVER, casus.municipalityCode(), null);
            default -> new Audience(Roles.CASUSTAFEL, null, null);
        };
    }

    /** How the inbox names a casus ({@code ResourceReference.type}). */
    @Override
    public String aboutType() {
        return ABOUT_TYPE;
    }

    @Override
    public String urgency(String kind) {
        return urgencyOf(kind);
    }

    /** The inbox urgency of a kind. */
    static String urgencyOf(String kind) {
        return switch (kind) {
            case URGENT -> "SPOED";
            case ESCALATED -> "HOOG";
            default -> "NORMAAL";
        };
    }

    /** Days a track is past its due date on {@code today} (0 when it is not). */
    public static long daysOverdue(Track track, LocalDate today) {
        return track.dueDate() == null || !track.dueDate().isBefore(today) ? 0
                : java.time.temporal.ChronoUnit.DAYS.between(track.dueDate(), today);
    }

    private Document entry(Casus casus, String id, InboxNotification notification) {
        return outbox.entry(casus.region(), casus.id(), id, InboxNotification.KIND, notification).toDocument();
    }
}
