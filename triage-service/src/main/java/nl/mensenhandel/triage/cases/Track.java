package nl.mensenhandel.triage.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A track (spoor) a decision opened (DOMAIN.md §3.4), monitored by the table until it ends. {@code details} and
 * {@code criminalInformation} are encrypted at rest and shown per need to know (issue 8 §5).
 *
 * @param decisionId          the decision that opened it
 * @param details             what it is about (care need, inspection address and reason, RIEC information, ...)
 * @param criminalInformation {@code ZORG_EN_STRAF} only; shown only after {@code omConsent}
 * @param tasks               {@code MEER_INFORMATIE} only
 * @param delivery            the command it sent to another service, if its type sends one
 * @param history             every step on its lifecycle, oldest first
 * @param overdueNotifiedAt   when the regiehouder was told it is overdue (once)
 * @param escalatedAt         when its lateness escalated the casus (once)
 */
public record Track(String id, String decisionId, TrackType type, TrackStatus status, Regiehouder regiehouder,
        LocalDate dueDate, Instant openedAt, String details, String criminalInformation, List<Task> tasks,
        OmConsent omConsent, CommandDelivery delivery, List<TrackStep> history, Instant overdueNotifiedAt,
        Instant escalatedAt) {

    public Track {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public enum TrackType {
        MEER_INFORMATIE, INTEGRALE_CONTROLE, ZORGTRAJECT, ZORG_EN_STRAF, RIEC, ANDERE_AFDELING, REGULIERE_HULP,
        NIET_BEVESTIGD
    }

    public enum TrackStatus {
        GEOPEND, LOPEND, AFGEROND, GESTOPT;

        public boolean ended() {
            return this == AFGEROND || this == GESTOPT;
        }
    }

    /** Who directs the track; {@code username} where one person is known (they get its notifications). */
    public record Regiehouder(Kind kind, String organisation, String username) {

        public enum Kind {
            AANDACHTSFUNCTIONARIS, ZORGCOORDINATOR, VEILIG_THUIS, POLITIE, OPENBAAR_MINISTERIE, RIEC,
            ZORG_EN_VEILIGHEIDSHUIS, HANDHAVING, ANDERE_AFDELING
        }
    }

    /** A task of a {@code MEER_INFORMATIE} track. */
    public record Task(String description, String assignee, LocalDate dueDate) {
    }

    /** The Openbaar Ministerie agreed to share criminal information (its own step). */
    public record OmConsent(String reference, LocalDate decidedOn, Instant recordedAt, String recordedBy) {
    }

    /** The command the track sent to another service and how far it got. */
    public record CommandDelivery(String to, String commandId, DeliveryStatus status, Instant deliveredAt) {

        public enum DeliveryStatus {
            PENDING, DELIVERED, REFUSED
        }
    }

    /** One step on the track's lifecycle. */
    public record TrackStep(TrackStatus from, TrackStatus to, String reason, Instant at, String by) {
    }

    /** Overdue: the due date has passed and the track has not ended. */
    public boolean overdueOn(LocalDate today) {
        return !status.ended() && dueDate != null && dueDate.isBefore(today);
    }
}
