package nl.mensenhandel.enforcement.inspections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.mensenhandel.enforcement.api.model.NewInspection;

/**
 * What a field tool sends of an inspection, in canonical form (instants in UTC, organisations sorted): the same
 * id with equal content is a repeat, with other content a conflict. Server-made fields (version, counts,
 * attachments, recordedBy) are not part of it.
 */
public record InspectionContent(String municipalityCode, InspectionType inspectionType, InspectionOrigin origin,
        String inspectionRequestId, String teamId, List<InspectionMember> members, List<String> organisations,
        InspectionAddress address, LocalDate plannedFor, Instant startedAt, Instant endedAt, InspectionStatus status) {

    public static InspectionContent of(NewInspection received) {
        return new InspectionContent(received.getMunicipalityCode(),
                InspectionType.valueOf(received.getInspectionType().getValue()),
                InspectionOrigin.valueOf(received.getOrigin().getValue()),
                received.getInspectionRequestId() == null ? null : received.getInspectionRequestId().toString(),
                received.getTeamId(),
                received.getMembers() == null ? List.of() : received.getMembers().stream()
                        .map(m -> new InspectionMember(m.getUsername(), m.getActingFor())).toList(),
                received.getOrganisations() == null ? List.of() : received.getOrganisations().stream()
                        .map(o -> o.getValue()).sorted().toList(),
                received.getAddress() == null ? null : new InspectionAddress(received.getAddress().getStreet(),
                        received.getAddress().getHouseNumber(), received.getAddress().getPostcode(),
                        received.getAddress().getCity()),
                received.getPlannedFor(),
                received.getStartedAt() == null ? null : received.getStartedAt().toInstant(),
                received.getEndedAt() == null ? null : received.getEndedAt().toInstant(),
                InspectionStatus.valueOf(received.getStatus().getValue()));
    }

    public static InspectionContent of(Inspection stored, InspectionAddress address) {
        return new InspectionContent(stored.municipalityCode(), stored.inspectionType(), stored.origin(),
                stored.inspectionRequestId(), stored.teamId(), stored.members(),
                stored.organisations().stream().sorted().toList(), address, stored.plannedFor(), stored.startedAt(),
                stored.endedAt(), stored.status());
    }

    /** A new stored inspection of this content. */
    public Inspection toStored(UUID id, String region, String sealedAddress, String recordedBy, Instant now) {
        return new Inspection(id.toString(), region, municipalityCode, inspectionType, status, 0, origin,
                inspectionRequestId, teamId, members, organisations, sealedAddress, plannedFor, startedAt, endedAt,
                startedAt, List.of(), false, List.of(), recordedBy, now);
    }
}
