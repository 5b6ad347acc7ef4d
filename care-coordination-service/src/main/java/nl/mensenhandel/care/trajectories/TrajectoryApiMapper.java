package nl.mensenhandel.care.trajectories;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.mensenhandel.care.api.model.CareNeedStatus;
import nl.mensenhandel.care.api.model.CareNeedType;
import nl.mensenhandel.care.api.model.Trajectory;
import nl.mensenhandel.care.trajectories.TrajectoryMonitoring.Monitored;

/**
 * Between the contract's trajectory models and the domain records. The status-only view (AF, table) is built from
 * an empty model on purpose: it fills id, region, reference, the casus part of the origin, status and statusSince —
 * and nothing else can slip in.
 */
final class TrajectoryApiMapper {

    private TrajectoryApiMapper() {
    }

    static Trajectory toApi(Trajectories.View view) {
        return view.statusOnly() ? statusOnly(view.monitored().trajectory()) : full(view.monitored());
    }

    static Trajectory statusOnly(Zorgtraject t) {
        nl.mensenhandel.care.api.model.TrajectoryOrigin origin = new nl.mensenhandel.care.api.model.TrajectoryOrigin(
                nl.mensenhandel.care.api.model.TrajectoryOrigin.KindEnum.fromValue(t.origin().kind().name()))
                .caseId(uuid(t.origin().caseId()))
                .caseReference(t.origin().caseReference())
                .trackId(uuid(t.origin().trackId()));
        return new Trajectory(UUID.fromString(t.id()), t.region(), t.reference(), origin,
                nl.mensenhandel.care.api.model.TrajectoryStatus.fromValue(t.status().name()), time(statusSince(t)))
                .statusHistory(null).needs(null).overdueItems(null);
    }

    static Trajectory full(Monitored m) {
        Zorgtraject t = m.trajectory();
        TrajectoryOrigin o = t.origin();
        nl.mensenhandel.care.api.model.TrajectoryOrigin origin = new nl.mensenhandel.care.api.model.TrajectoryOrigin(
                nl.mensenhandel.care.api.model.TrajectoryOrigin.KindEnum.fromValue(o.kind().name()))
                .caseId(uuid(o.caseId())).caseReference(o.caseReference()).trackId(uuid(o.trackId()))
                .careRequestId(uuid(o.careRequestId())).questionId(uuid(o.questionId()));
        return new Trajectory(UUID.fromString(t.id()), t.region(), t.reference(), origin,
                nl.mensenhandel.care.api.model.TrajectoryStatus.fromValue(t.status().name()), time(statusSince(t)))
                .statusHistory(t.statusHistory().stream().map(TrajectoryApiMapper::toApi).toList())
                .victim(toApi(t.victim()))
                .responsibleMunicipality(toApi(t.responsibleMunicipality()))
                .needs(t.needs().stream().map(TrajectoryApiMapper::toApi).toList())
                .nextAction(t.nextAction())
                .nextActionDate(t.nextActionDate())
                .openedAt(time(t.openedAt()))
                .openedBy(t.openedBy())
                .ageDays(m.ageDays())
                .overdue(m.overdue())
                .overdueItems(m.overdueItems())
                .version(t.version());
    }

    /** Since when the trajectory has its status: the last change of its history. */
    static Instant statusSince(Zorgtraject t) {
        return t.statusHistory().isEmpty() ? t.openedAt() : t.statusHistory().getLast().at();
    }

    static nl.mensenhandel.care.api.model.StatusChange toApi(StatusChange c) {
        return new nl.mensenhandel.care.api.model.StatusChange(c.status(), time(c.at()), c.by()).reason(c.reason());
    }

    static nl.mensenhandel.care.api.model.ResponsibleMunicipality toApi(ResponsibleMunicipality r) {
        return r == null ? null : new nl.mensenhandel.care.api.model.ResponsibleMunicipality(r.municipalityCode(),
                nl.mensenhandel.care.api.model.ResponsibleMunicipality.BasisEnum.fromValue(r.basis().name()))
                .reason(r.reason());
    }

    static nl.mensenhandel.care.api.model.VictimProfile toApi(VictimProfile v) {
        return new nl.mensenhandel.care.api.model.VictimProfile()
                .displayName(v.displayName())
                .birthDate(v.birthDate())
                .gender(v.gender() == null ? null : nl.mensenhandel.care.api.model.Gender.fromValue(v.gender().name()))
                .nationality(v.nationality())
                .residenceStatus(v.residenceStatus() == null ? null
                        : nl.mensenhandel.care.api.model.ResidenceStatus.fromValue(v.residenceStatus().name()))
                .exploitationForms(v.exploitationForms().stream().sorted()
                        .map(f -> nl.mensenhandel.care.api.model.ExploitationForm.fromValue(f.name()))
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .brpMunicipalityCode(v.brpMunicipalityCode())
                .foundMunicipalityCode(v.foundMunicipalityCode())
                .workMunicipalityCode(v.workMunicipalityCode());
    }

    static VictimProfile fromApi(nl.mensenhandel.care.api.model.VictimProfile v) {
        if (v == null) {
            return VictimProfile.unknown();
        }
        return new VictimProfile(v.getDisplayName(), v.getBirthDate(),
                v.getGender() == null ? null : Gender.valueOf(v.getGender().getValue()),
                v.getNationality(),
                v.getResidenceStatus() == null ? null : ResidenceStatus.valueOf(v.getResidenceStatus().getValue()),
                v.getExploitationForms() == null ? null : v.getExploitationForms().stream()
                        .map(f -> ExploitationForm.valueOf(f.getValue())).collect(Collectors.toSet()),
                v.getBrpMunicipalityCode(), v.getFoundMunicipalityCode(), v.getWorkMunicipalityCode());
    }

    static nl.mensenhandel.care.api.model.CareNeed toApi(CareNeed n) {
        return new nl.mensenhandel.care.api.model.CareNeed()
                .type(CareNeedType.fromValue(n.type().name()))
                .status(CareNeedStatus.fromValue(n.status().name()))
                .tasks(n.tasks().stream().map(t -> new nl.mensenhandel.care.api.model.CareTask(t.description())
                        .id(uuid(t.id())).assignee(t.assignee()).dueDate(t.dueDate()).done(t.done())).toList());
    }

    static List<CareNeed> fromApi(List<nl.mensenhandel.care.api.model.CareNeed> needs) {
        if (needs == null) {
            return List.of();
        }
        return needs.stream().map(n -> new CareNeed(CareNeed.Type.valueOf(n.getType().getValue()),
                CareNeed.Status.valueOf(n.getStatus().getValue()),
                n.getTasks() == null ? List.of() : n.getTasks().stream().map(t -> new CareTask(
                        t.getId() == null ? null : t.getId().toString(), t.getDescription(), t.getAssignee(),
                        t.getDueDate(), Boolean.TRUE.equals(t.getDone()))).toList()))
                .toList();
    }

    private static UUID uuid(String id) {
        return id == null ? null : UUID.fromString(id);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
