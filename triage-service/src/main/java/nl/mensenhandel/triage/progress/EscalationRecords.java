package nl.mensenhandel.triage.progress;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.springframework.stereotype.Component;

import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.CasusEncryption;
import nl.mensenhandel.triage.cases.Escalation;

/**
 * An escalation as it is pushed into its casus by an update: mapped like the casus maps it, its reason sealed
 * with the region key under the name {@link CasusEncryption} decrypts it by (an update passes no save event, so
 * the casus' own encryption does not see it).
 */
@Component
class EscalationRecords {

    private final CasusEncryption encryption;

    EscalationRecords(CasusEncryption encryption) {
        this.encryption = encryption;
    }

    /** The stored form of an escalation of this casus, reason encrypted. */
    Document stored(Casus casus, Escalation escalation) {
        return encryption.sealed(casus.region(), casus.id(), "escalations", escalation);
    }

    static Escalation automatic(String id, String reason, Instant at) {
        return new Escalation(id, reason, at, true, "triage-service");
    }

    static List<String> ids(Casus casus) {
        return casus.escalations().stream().map(Escalation::id).toList();
    }
}
