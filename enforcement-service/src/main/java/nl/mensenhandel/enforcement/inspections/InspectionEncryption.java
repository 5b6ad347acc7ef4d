package nl.mensenhandel.enforcement.inspections;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.FieldEncryption;
import tools.jackson.databind.json.JsonMapper;

/**
 * The personal data of an inspection at rest: the address (one JSON value, AEAD bound to region, id and field)
 * and the attachments' file names.
 */
@Component
public class InspectionEncryption {

    private final FieldEncryption encryption;
    private final JsonMapper json;

    public InspectionEncryption(FieldEncryption encryption, JsonMapper json) {
        this.encryption = encryption;
        this.json = json;
    }

    public String sealAddress(String region, String id, InspectionAddress address) {
        return address == null ? null : encryption.encrypt(region, id, "address", json.writeValueAsString(address));
    }

    public InspectionAddress openAddress(Inspection inspection) {
        String plain = encryption.decrypt(inspection.region(), inspection.id(), "address", inspection.address());
        return plain == null ? null : json.readValue(plain, InspectionAddress.class);
    }

    public String sealFileName(String region, String inspectionId, String attachmentId, String fileName) {
        return encryption.encrypt(region, inspectionId, "attachments." + attachmentId + ".fileName", fileName);
    }

    public String openFileName(Inspection inspection, AttachmentMetadata attachment) {
        return encryption.decrypt(inspection.region(), inspection.id(), "attachments." + attachment.id() + ".fileName",
                attachment.fileName());
    }
}
