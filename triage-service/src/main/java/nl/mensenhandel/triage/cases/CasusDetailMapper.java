package nl.mensenhandel.triage.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.api.model.Advice;
import nl.mensenhandel.triage.api.model.CasusDetail;
import nl.mensenhandel.triage.api.model.CommandDelivery;
import nl.mensenhandel.triage.api.model.DecisionForm;
import nl.mensenhandel.triage.api.model.OmConsent;
import nl.mensenhandel.triage.api.model.Regiehouder;
import nl.mensenhandel.triage.api.model.Task;
import nl.mensenhandel.triage.api.model.TrackStatus;
import nl.mensenhandel.triage.api.model.TrackType;
import nl.mensenhandel.triage.tables.TriageConfiguration;

/**
 * A casus as the caller may see it ({@link CasusDisclosurePolicy}): what a rule withholds is absent, and a track
 * whose details were withheld says {@code detailsWithheld: true}.
 */
@Component
public class CasusDetailMapper {

    /** Due dates are calendar days in the Netherlands. */
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final CasusDisclosurePolicy disclosure;
    private final Clock clock;

    public CasusDetailMapper(CasusDisclosurePolicy disclosure, Clock clock) {
        this.disclosure = disclosure;
        this.clock = clock;
    }

    public CasusDetail toApi(TenantContext caller, Casus casus, TriageConfiguration configuration) {
        nl.mensenhandel.triage.api.model.Casus outline = CasusApiMapper.toApi(casus).urgent(casus.urgent());
        if (disclosure.seesContent(caller)) {
            outline.personRefs(casus.personRefs()).acuteInterventions(casus.acuteInterventions().stream()
                    .map(CasusDetailMapper::toApi).toList());
        } else {
            outline.summary(null);
        }
        return new CasusDetail()
                .casus(outline)
                .decisions(disclosure.seesDecisions(caller)
                        ? casus.decisions().stream().map(decision -> toApi(caller, decision)).toList()
                        : List.of())
                .tracks(casus.tracks().stream().map(track -> toApi(caller, casus, track, configuration)).toList())
                .escalations(casus.escalations().stream().map(escalation -> toApi(caller, casus, escalation))
                        .toList());
    }

    public nl.mensenhandel.triage.api.model.Track toApi(TenantContext caller, Casus casus, Track track,
            TriageConfiguration configuration) {
        LocalDate today = LocalDate.now(clock.withZone(NETHERLANDS));
        nl.mensenhandel.triage.api.model.Track shown = new nl.mensenhandel.triage.api.model.Track()
                .id(UUID.fromString(track.id()))
                .type(TrackType.fromValue(track.type().name()))
                .status(TrackStatus.fromValue(track.status().name()))
                .regiehouder(new Regiehouder(Regiehouder.KindEnum.fromValue(track.regiehouder().kind().name()),
                        track.regiehouder().organisation()).username(track.regiehouder().username()))
                .dueDate(track.dueDate())
                .openedAt(track.openedAt().atOffset(ZoneOffset.UTC))
                .ageDays((int) ChronoUnit.DAYS.between(track.openedAt().atZone(NETHERLANDS).toLocalDate(), today))
                .overdue(track.overdueOn(today))
                .omConsent(track.omConsent() == null ? null
                        : new OmConsent(track.omConsent().reference(), track.omConsent().decidedOn(),
                                track.omConsent().recordedAt().atOffset(ZoneOffset.UTC))
                                .recordedBy(track.omConsent().recordedBy()))
                .delivery(track.delivery() == null ? null : toApi(track.delivery()))
                .tasks(null);
        boolean withheld = false;
        if (present(track.details())) {
            if (disclosure.seesDetails(caller, casus, track, configuration)) {
                shown.details(track.details());
            } else {
                withheld = true;
            }
        }
        if (present(track.criminalInformation())) {
            if (disclosure.seesCriminalInformation(caller, casus, track, configuration)) {
                shown.criminalInformation(track.criminalInformation());
            } else {
                withheld = true;
            }
        }
        if (!track.tasks().isEmpty()) {
            if (disclosure.seesTasks(caller, casus, track, configuration)) {
                shown.tasks(track.tasks().stream()
                        .map(task -> new Task(task.description(), task.assignee(), task.dueDate())).toList());
            } else {
                withheld = true;
            }
        }
        return shown.detailsWithheld(withheld);
    }

    private nl.mensenhandel.triage.api.model.Decision toApi(TenantContext caller, Decision decision) {
        return new nl.mensenhandel.triage.api.model.Decision()
                .id(UUID.fromString(decision.id()))
                .meetingId(decision.meetingId() == null ? null : UUID.fromString(decision.meetingId()))
                .tableId(decision.tableId())
                .form(DecisionForm.fromValue(decision.form().name()))
                .participants(decision.participants())
                .deliberation(disclosure.seesDeliberation(caller) ? decision.deliberation() : null)
                .rationale(decision.rationale())
                .legalBasis(decision.legalBasis())
                .advice(decision.advice().isEmpty() ? null
                        : decision.advice().stream().map(advice -> new Advice(advice.from(), advice.summary()))
                                .toList())
                .nextStep(decision.nextStep())
                .trackIds(decision.trackIds().stream().map(UUID::fromString).toList())
                .decidedAt(decision.decidedAt().atOffset(ZoneOffset.UTC))
                .decidedBy(decision.decidedBy());
    }

    /** An escalation's reason is for the table and the AF (who escalate); the others see that it happened. */
    private nl.mensenhandel.triage.api.model.Escalation toApi(TenantContext caller, Casus casus,
            Escalation escalation) {
        return new nl.mensenhandel.triage.api.model.Escalation(UUID.fromString(escalation.id()),
                UUID.fromString(casus.id()), disclosure.seesContent(caller) ? escalation.reason() : "",
                escalation.escalatedAt().atOffset(ZoneOffset.UTC), escalation.automatic());
    }

    private static nl.mensenhandel.triage.api.model.AcuteIntervention toApi(AcuteIntervention intervention) {
        return new nl.mensenhandel.triage.api.model.AcuteIntervention(
                nl.mensenhandel.triage.api.model.AcuteIntervention.ByEnum.fromValue(intervention.by().name()),
                intervention.description(), intervention.takenAt().atOffset(ZoneOffset.UTC));
    }

    private static CommandDelivery toApi(Track.CommandDelivery delivery) {
        return new CommandDelivery(CommandDelivery.ToEnum.fromValue(delivery.to()),
                CommandDelivery.StatusEnum.fromValue(delivery.status().name()))
                .deliveredAt(delivery.deliveredAt() == null ? null : delivery.deliveredAt().atOffset(ZoneOffset.UTC));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
