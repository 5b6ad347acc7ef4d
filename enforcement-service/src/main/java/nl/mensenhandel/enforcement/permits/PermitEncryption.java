package nl.mensenhandel.enforcement.permits;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.mensenhandel.enforcement.premises.Premises;
import nl.mensenhandel.platform.crypto.EncryptedDocuments;
import nl.mensenhandel.platform.crypto.FieldEncryption;

/** The applicant (a person or business) and the premises' address are encrypted at rest (AVG art. 32). */
@Component
public class PermitEncryption extends EncryptedDocuments<PermitApplication> {

    static final List<String> PATHS;

    static {
        List<String> paths = new ArrayList<>(Premises.encryptedPaths("address"));
        paths.add("applicant");
        PATHS = List.copyOf(paths);
    }

    public PermitEncryption(FieldEncryption encryption) {
        super(encryption, PATHS);
    }
}
