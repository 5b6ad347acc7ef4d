package nl.mensenhandel.care.trajectories;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * A zorgtraject as stored in {@value Zorgtraject#COLLECTION}: the shared {@link Zorgtraject} with the birth date as
 * text (so it can be encrypted at rest like the name, {@link TrajectoryEncryption}) and the moment it was closed
 * (retention counts from there). Every change replaces the whole document, conditional on {@code version}.
 *
 * @param closedAt when the trajectory was last closed; null while it is open (a reopening clears it)
 */
@Document(Zorgtraject.COLLECTION)
@CompoundIndex(name = "region-status", def = "{'region': 1, 'status': 1}")
record StoredTrajectory(
        @Id String id,
        String region,
        String reference,
        TrajectoryOrigin origin,
        TrajectoryStatus status,
        List<StatusChange> statusHistory,
        StoredVictim victim,
        ResponsibleMunicipality responsibleMunicipality,
        List<CareNeed> needs,
        String nextAction,
        LocalDate nextActionDate,
        List<String> municipalityCodes,
        Instant openedAt,
        String openedBy,
        Instant updatedAt,
        Instant closedAt,
        long version) implements RegionScoped {

    StoredTrajectory {
        statusHistory = statusHistory == null ? List.of() : List.copyOf(statusHistory);
        needs = needs == null ? List.of() : List.copyOf(needs);
        municipalityCodes = municipalityCodes == null ? List.of() : List.copyOf(municipalityCodes);
        victim = victim == null ? StoredVictim.of(VictimProfile.unknown()) : victim;
    }

    /** The victim as stored: the birth date as ISO text, encrypted at rest like the name. */
    record StoredVictim(String displayName, String birthDate, Gender gender, String nationality,
            ResidenceStatus residenceStatus, Set<ExploitationForm> exploitationForms, String brpMunicipalityCode,
            String foundMunicipalityCode, String workMunicipalityCode) {

        static StoredVictim of(VictimProfile v) {
            return new StoredVictim(v.displayName(), v.birthDate() == null ? null : v.birthDate().toString(),
                    v.gender(), v.nationality(), v.residenceStatus(), v.exploitationForms(), v.brpMunicipalityCode(),
                    v.foundMunicipalityCode(), v.workMunicipalityCode());
        }

        VictimProfile profile() {
            return new VictimProfile(displayName, birthDate == null ? null : LocalDate.parse(birthDate), gender,
                    nationality, residenceStatus, exploitationForms, brpMunicipalityCode, foundMunicipalityCode,
                    workMunicipalityCode);
        }
    }

    static StoredTrajectory of(Zorgtraject t, Instant closedAt) {
        return new StoredTrajectory(t.id(), t.region(), t.reference(), t.origin(), t.status(), t.statusHistory(),
                StoredVictim.of(t.victim()), t.responsibleMunicipality(), t.needs(), t.nextAction(),
                t.nextActionDate(), t.municipalityCodes(), t.openedAt(), t.openedBy(), t.updatedAt(), closedAt,
                t.version());
    }

    Zorgtraject trajectory() {
        return new Zorgtraject(id, region, reference, origin, status, statusHistory, victim.profile(),
                responsibleMunicipality, needs, nextAction, nextActionDate, municipalityCodes, openedAt, openedBy,
                updatedAt, version);
    }
}
