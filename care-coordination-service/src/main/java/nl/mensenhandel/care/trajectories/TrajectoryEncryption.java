package nl.mensenhandel.care.trajectories;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.EncryptedDocuments;
import nl.mensenhandel.platform.crypto.FieldEncryption;

/**
 * A zorgtraject is about a (possible) victim of trafficking (AVG art. 9: health, sexual life; art. 32): the name and
 * birth date, the next action, each task's description, and the reasons given for a status change or an override
 * of the responsible municipality are encrypted at rest with the key of the trajectory's region, bound to its id
 * and field. Every write replaces the whole document ({@code TrajectoryStore}), so positions name list elements.
 * Kept in clear: what lists filter, sort and count on (region, status, dates, origin, municipalities, gender,
 * nationality, residence status, forms, need types) — the CoMensha report and the cost key read those.
 */
@Component
class TrajectoryEncryption extends EncryptedDocuments<StoredTrajectory> {

    static final List<String> PATHS = List.of("victim.displayName", "victim.birthDate", "nextAction",
            "needs[].tasks[].description", "statusHistory[].reason", "responsibleMunicipality.reason");

    TrajectoryEncryption(FieldEncryption encryption) {
        super(encryption, PATHS);
    }
}
