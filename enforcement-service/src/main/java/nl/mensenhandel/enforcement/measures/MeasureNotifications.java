package nl.mensenhandel.enforcement.measures;

import java.util.List;

import org.bson.Document;
import org.springframework.stereotype.Component;

import nl.mensenhandel.enforcement.commands.EnforcementCommands;
import nl.mensenhandel.platform.inbox.InboxNotification;
import nl.mensenhandel.platform.inbox.InboxNotification.Audience;
import nl.mensenhandel.platform.inbox.InboxSubject;
import nl.mensenhandel.platform.outbox.Outbox;
import nl.mensenhandel.platform.tenancy.Roles;

/**
 * What a measure sends through its outbox, written in the same conditional update as the change that causes it:
 * the inbox notification {@value #WRITING_OVERDUE} for the handhavers of the measure's municipality, and the
 * emergency-housing request for care-coordination-service ({@link EnforcementCommands#EMERGENCY_HOUSING}, delivered
 * by the outbox's delivery for that kind). Minimal content: instrument, dates, counts — never the address or grounds.
 * Also the {@link InboxSubject} of enforcement-service's notifications: about a {@value #ABOUT_TYPE}.
 */
@Component
public class MeasureNotifications implements InboxSubject {

    /** Spoedeisende bestuursdwang not put in writing within {@code enforcement.measures.spoed-written-within}. */
    public static final String WRITING_OVERDUE = "BESTUURSDWANG_NIET_OP_SCHRIFT";
    public static final String ABOUT_TYPE = "measure";

    private final Outbox outbox;

    public MeasureNotifications(Outbox outbox) {
        this.outbox = outbox;
    }

    public static String entryId(String measureId, String kind) {
        return measureId + ":" + kind;
    }

    Document writingOverdue(Measure measure) {
        String title = "Spoedeisende bestuursdwang (%s) van %s is niet op schrift gesteld; dat moest uiterlijk %s."
                .formatted(measure.instrumentCode(), measure.proposedOn(), measure.writingDueOn());
        InboxNotification notification = new InboxNotification(WRITING_OVERDUE, title, measure.municipalityCode(),
                List.of(new Audience(Roles.HANDHAVER, measure.municipalityCode(), null)));
        return outbox.entry(measure.region(), measure.id(), entryId(measure.id(), WRITING_OVERDUE),
                InboxNotification.KIND, notification).toDocument();
    }

    Document emergencyHousing(Measure measure) {
        Measure.Displaced displaced = measure.displacedPersons();
        return outbox.entry(measure.region(), measure.id(), EnforcementCommands.emergencyHousingId(measure.id()),
                EnforcementCommands.EMERGENCY_HOUSING, new EnforcementCommands.EmergencyHousing(
                        measure.municipalityCode(), measure.id(), measure.instrumentCode(), displaced.adults(),
                        displaced.minors(), displaced.shelterNeededFrom())).toDocument();
    }

    @Override
    public String aboutType() {
        return ABOUT_TYPE;
    }

    @Override
    public String urgency(String kind) {
        return WRITING_OVERDUE.equals(kind) ? "HOOG" : "NORMAAL";
    }
}
