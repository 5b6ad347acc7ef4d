package nl.mensenhandel.care.placements;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.EncryptedDocuments;
import nl.mensenhandel.platform.crypto.FieldEncryption;

/**
 * What the zorgcoördinator tells the provider about the victim, and the provider's note with a decline, speak of a
 * victim's health and situation (AVG art. 9, art. 32): encrypted at rest with the key of the placement's region, bound
 * to its id and field. Kept in clear: what lists and jobs filter and sort on (region, provider, status, type, dates),
 * the references (trajectory, location, CoMensha), the responsible municipality, and gender and age (no identifying
 * value on their own; the catalogue's rules read them).
 */
@Component
public class PlacementEncryption extends EncryptedDocuments<Placement> {

    static final String INFORMATION_FOR_PROVIDER = "informationForProvider";
    static final String DECLINE_NOTE = "declineNote";
    static final List<String> PATHS = List.of(INFORMATION_FOR_PROVIDER, DECLINE_NOTE);

    private final FieldEncryption encryption;

    public PlacementEncryption(FieldEncryption encryption) {
        super(encryption, PATHS);
        this.encryption = encryption;
    }

    /** A value for an update that sets one of the {@link #PATHS} itself (an update bypasses the save event). */
    String sealed(Placement placement, String field, String plaintext) {
        return plaintext == null ? null : encryption.encrypt(placement.region(), placement.id(), field, plaintext);
    }
}
