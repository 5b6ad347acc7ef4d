package nl.mensenhandel.enforcement.measures;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.mensenhandel.enforcement.premises.Premises;
import nl.mensenhandel.platform.crypto.EncryptedDocuments;
import nl.mensenhandel.platform.crypto.EncryptedFields;
import nl.mensenhandel.platform.crypto.FieldEncryption;

/**
 * The premises' address (it points at the people who live there), the grounds (facts about them) and the reasons of
 * the steps are encrypted at rest with the key of the measure's region (AVG art. 32). Kept in clear: what lists,
 * rules, jobs and figures filter on (region, municipality, instrument, status, dates, counts) and the blind index of
 * the premises.
 */
@Component
public class MeasureEncryption extends EncryptedDocuments<Measure> {

    static final String HISTORY_REASON = "history[].reason";
    static final List<String> PATHS;

    static {
        List<String> paths = new ArrayList<>(Premises.encryptedPaths("address"));
        paths.add("grounds");
        paths.add(HISTORY_REASON);
        PATHS = List.copyOf(paths);
    }

    private final FieldEncryption encryption;

    public MeasureEncryption(FieldEncryption encryption) {
        super(encryption, PATHS);
        this.encryption = encryption;
    }

    /** The reason of the step at {@code position} of the history, sealed for an update that pushes it. */
    String sealedReason(Measure measure, int position, String reason) {
        return reason == null ? null : encryption.encrypt(measure.region(), measure.id(),
                EncryptedFields.fieldName(HISTORY_REASON, String.valueOf(position)), reason);
    }
}
