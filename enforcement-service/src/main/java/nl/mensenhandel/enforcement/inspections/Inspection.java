package nl.mensenhandel.enforcement.inspections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * An integrated inspection (integrale controle) at one address in one municipality, as stored. The id is made by
 * the field tool. {@code address} is encrypted ({@link InspectionEncryption}).
 *
 * @param inspectedAt  when it took place (= startedAt); null while only planned (orders the lists)
 * @param findingIds   the findings recorded (set semantics: a repeated recording adds nothing)
 * @param overbewoning a finding of this inspection found overbewoning
 * @param createdAt    when it was logged
 */
@Document("inspections")
@CompoundIndex(name = "worklist", def = "{'region': 1, 'municipalityCode': 1, 'inspectedAt': -1}")
public record Inspection(
        @Id String id,
        String region,
        String municipalityCode,
        InspectionType inspectionType,
        InspectionStatus status,
        long version,
        InspectionOrigin origin,
        String inspectionRequestId,
        String teamId,
        List<InspectionMember> members,
        List<String> organisations,
        String address,
        LocalDate plannedFor,
        Instant startedAt,
        Instant endedAt,
        Instant inspectedAt,
        List<String> findingIds,
        boolean overbewoning,
        List<AttachmentMetadata> attachments,
        String recordedBy,
        Instant createdAt) implements RegionScoped {

    public Inspection {
        members = members == null ? List.of() : List.copyOf(members);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        findingIds = findingIds == null ? List.of() : List.copyOf(findingIds);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
