package nl.mensenhandel.enforcement.inspections;

import java.time.ZoneOffset;
import java.util.UUID;

import nl.mensenhandel.enforcement.api.model.Address;
import nl.mensenhandel.enforcement.api.model.AttachmentInfo;
import nl.mensenhandel.enforcement.api.model.InspectionPage;
import nl.mensenhandel.enforcement.api.model.Organisation;
import nl.mensenhandel.enforcement.api.model.PageMetadata;
import nl.mensenhandel.enforcement.api.model.TeamMember;
import nl.mensenhandel.platform.mongo.Paged;

/** Between the generated contract models and the stored inspection. */
public final class InspectionApiMapper {

    private InspectionApiMapper() {
    }

    /** The summary lists show: no address, members or attachments. */
    public static nl.mensenhandel.enforcement.api.model.Inspection summary(Inspection i) {
        return new nl.mensenhandel.enforcement.api.model.Inspection()
                .id(UUID.fromString(i.id()))
                .region(i.region())
                .municipalityCode(i.municipalityCode())
                .inspectionType(nl.mensenhandel.enforcement.api.model.InspectionType.fromValue(i.inspectionType().name()))
                .inspectedAt(i.inspectedAt() == null ? null : i.inspectedAt().atOffset(ZoneOffset.UTC))
                .status(nl.mensenhandel.enforcement.api.model.InspectionStatus.fromValue(i.status().name()))
                .version(i.version())
                .origin(nl.mensenhandel.enforcement.api.model.InspectionOrigin.fromValue(i.origin().name()))
                .inspectionRequestId(i.inspectionRequestId() == null ? null : UUID.fromString(i.inspectionRequestId()))
                .teamId(i.teamId())
                .members(null)
                .attachments(null)
                .organisations(i.organisations().stream().map(Organisation::fromValue).toList())
                .plannedFor(i.plannedFor())
                .startedAt(i.startedAt() == null ? null : i.startedAt().atOffset(ZoneOffset.UTC))
                .endedAt(i.endedAt() == null ? null : i.endedAt().atOffset(ZoneOffset.UTC))
                .findingCount(i.findingIds().size())
                .overbewoning(i.overbewoning())
                .recordedBy(i.recordedBy());
    }

    /** The whole inspection as getInspection shows it (address and file names decrypted). */
    public static nl.mensenhandel.enforcement.api.model.Inspection details(Inspection i, InspectionEncryption crypto) {
        InspectionAddress address = crypto.openAddress(i);
        return summary(i)
                .members(i.members().stream().map(m -> new TeamMember(m.username(), m.actingFor())).toList())
                .address(address == null ? null
                        : new Address(address.street(), address.houseNumber(), address.postcode(), address.city()))
                .attachments(i.attachments().stream().map(a -> info(i, a, crypto.openFileName(i, a))).toList());
    }

    public static AttachmentInfo info(Inspection i, AttachmentMetadata a, String fileName) {
        return new AttachmentInfo()
                .id(UUID.fromString(a.id()))
                .inspectionId(UUID.fromString(i.id()))
                .findingId(a.findingId() == null ? null : UUID.fromString(a.findingId()))
                .fileName(fileName)
                .contentType(a.contentType())
                .sizeBytes(a.sizeBytes())
                .sha256(a.sha256())
                .uploadedAt(a.uploadedAt().atOffset(ZoneOffset.UTC));
    }

    static InspectionPage toApi(Paged<Inspection> page) {
        return new InspectionPage()
                .items(page.items().stream().map(InspectionApiMapper::summary).toList())
                .page(new PageMetadata(page.number(), page.size(), page.totalElements(), page.totalPages()));
    }
}
