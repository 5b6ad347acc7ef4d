package nl.mensenhandel.triage.meetings;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * A meeting of a table as scheduled (collection {@value StoredMeetingCheck#COLLECTION}): which table, in which form,
 * when. What it is about is not stored: its agenda and whether it was held follow from the casussen
 * ({@link Agendas}), so a decision recorded in it never has to update the meeting as well (one document per
 * write; ARCHITECTURE.md). The field names {@code _id}, {@code region} and {@code tableId} are read by
 * {@link StoredMeetingCheck}.
 *
 * @param tableName the table's name when it was scheduled (a later configuration may rename or drop the table)
 * @param createdBy subject of who scheduled it
 */
@org.springframework.data.mongodb.core.mapping.Document(StoredMeetingCheck.COLLECTION)
@CompoundIndex(name = "table", def = "{'region': 1, 'tableId': 1, 'scheduledAt': 1}")
public record Meeting(@Id String id, String region, String tableId, String tableName, Form form,
        Instant scheduledAt, String createdBy, Instant createdAt) implements RegionScoped {

    /**
     * How the table meets (DOMAIN.md §3): together ({@code OVERLEG}), or, when it cannot wait, by mail
     * ({@code MAIL_CONSULTATIE}) or in a digital urgent multidisciplinary meeting ({@code SPOED_MDO}).
     */
    public enum Form {
        OVERLEG, MAIL_CONSULTATIE, SPOED_MDO
    }
}
