package nl.mensenhandel.care.trajectories;

import java.util.List;

import org.bson.Document;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.EncryptedDocuments;
import nl.mensenhandel.platform.crypto.EncryptedFields;
import nl.mensenhandel.platform.crypto.FieldEncryption;

/**
 * A zorgtraject is about a (possible) victim of trafficking (AVG art. 9: health, sexual life; art. 32): the name and
 * birth date, the next action, each task's description, and the reasons given for a status change or an override
 * of the responsible municipality are encrypted at rest with the key of the trajectory's region, bound to its id
 * and field. Every write is the whole document (inserted, or replaced conditional on its version: {@link #sealed}),
 * so positions name list elements. Kept in clear: what lists filter, sort and count on (region, status, dates,
 * origin, municipalities, gender, nationality, residence status, forms, need types) — the CoMensha report and the
 * cost key read those.
 */
@Component
class TrajectoryEncryption extends EncryptedDocuments<StoredTrajectory> {

    static final List<String> PATHS = List.of("victim.displayName", "victim.birthDate", "nextAction",
            "needs[].tasks[].description", "statusHistory[].reason", "responsibleMunicipality.reason");

    private final EncryptedFields fields;
    private final MongoConverter converter;

    TrajectoryEncryption(FieldEncryption encryption, @Lazy MongoConverter converter) {
        super(encryption, PATHS);
        this.fields = new EncryptedFields(encryption, PATHS);
        this.converter = converter;
    }

    /**
     * The trajectory in its stored form with its personal fields encrypted, for a conditional replace (a replace by
     * query passes no save event, so {@link #onBeforeSave} would not see it).
     */
    Document sealed(StoredTrajectory trajectory) {
        Document stored = new Document();
        converter.write(trajectory, stored);
        fields.encrypt(stored);
        return stored;
    }
}
