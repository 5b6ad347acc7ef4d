package nl.mensenhandel.care.trajectories;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * The zorgcoordinator's changes to a trajectory: the victim's profile, needs and tasks and the next action
 * (optimistic on {@code version}), its status along {@link TrajectoryTransitions}, and the responsible municipality
 * ({@link ResponsibleMunicipalityRule}). Each change replaces the trajectory conditional on the version read and
 * raises it; each is access-logged.
 */
@Service
public class TrajectoryChanges {

    /** What the zorgcoordinator sends to update (the contract's TrajectoryUpdate). */
    public record Update(long version, VictimProfile victim, List<CareNeed> needs, String nextAction,
            LocalDate nextActionDate) {

        public Update {
            needs = needs == null ? List.of() : List.copyOf(needs);
            victim = victim == null ? VictimProfile.unknown() : victim;
        }
    }

    private static final MunicipalityRegistry MUNICIPALITIES = MunicipalityRegistry.load();

    private final TrajectoryAccessPolicy access;
    private final TrajectoryStore store;
    private final Trajectories trajectories;
    private final AccessLog accessLog;
    private final Clock clock;

    TrajectoryChanges(TrajectoryAccessPolicy access, TrajectoryStore store, Trajectories trajectories,
            AccessLog accessLog, Clock clock) {
        this.access = access;
        this.store = store;
        this.trajectories = trajectories;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * Optimistic: {@code version} must be the trajectory's current version (409 {@code conflict} otherwise, nothing
     * changes); not on a closed trajectory (409 {@code illegal-transition}); no date set in the past (422). Without
     * an override the responsible municipality follows the new profile.
     */
    public Mono<Trajectories.View> update(TenantContext caller, String id, Update update) {
        return writable(caller, id).flatMap(stored -> {
            Zorgtraject current = stored.trajectory();
            return TrajectoryTransitions.changeable(current.status()).enforce(current)
                    .flatMap(t -> t.version() == update.version() ? Mono.just(t)
                            : Mono.error(new ApiProblem(ProblemType.CONFLICT, "The trajectory is at version "
                                    + t.version() + ", not " + update.version() + "; read it again and retry")))
                    .flatMap(t -> NoDateInThePast.check(t, update.nextActionDate(), update.needs(),
                            Trajectories.today(clock)).enforce(t))
                    .flatMap(t -> store.replace(caller, stored, changed(t, clock.instant(), update.victim(),
                            ResponsibleMunicipalityRule.apply(update.victim(), t.responsibleMunicipality()),
                            TrajectoryOpening.withTaskIds(update.needs()), update.nextAction(),
                            update.nextActionDate(), t.status(), t.statusHistory()), stored.closedAt()));
        }).flatMap(changed -> logged(caller, changed));
    }

    /**
     * Moves the trajectory along its lifecycle ({@link TrajectoryTransitions}); the same status again answers it
     * unchanged. Each change goes into the status history with who, when and why.
     */
    public Mono<Trajectories.View> changeStatus(TenantContext caller, String id, TrajectoryStatus to, String reason) {
        return access.mayWrite(caller).enforce(caller).flatMap(c -> store.findStored(caller, id))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Trajectory")))
                .flatMap(stored -> {
                    Zorgtraject current = stored.trajectory();
                    if (current.status() == to) {
                        // already there: answered unchanged (a retried or repeated move), logged as the read it is
                        return accessLog.record(caller, "READ", Trajectories.RESOURCE, current.id(),
                                Trajectories.subject(current.id()), Trajectories.PURPOSE)
                                .then(trajectories.view(caller, current));
                    }
                    Instant now = clock.instant();
                    return TrajectoryTransitions.step(current.status(), to).enforce(current)
                            .flatMap(t -> TrajectoryTransitions.reason(t.status(), to, reason).enforce(t))
                            .flatMap(t -> {
                                List<StatusChange> history = new ArrayList<>(t.statusHistory());
                                history.add(new StatusChange(to.name(), now, caller.username(), reason));
                                return store.replace(caller, stored, changed(t, now, t.victim(),
                                        t.responsibleMunicipality(), t.needs(), t.nextAction(), t.nextActionDate(),
                                        to, history), to == TrajectoryStatus.AFGESLOTEN ? now : null)
                                        .flatMap(changed -> logged(caller, changed));
                            });
                });
    }

    /**
     * With a municipality: the override, a municipality of the region with a reason (basis {@code AFWIJKEND}).
     * Without: the override is removed and the rule applies again.
     */
    public Mono<Trajectories.View> setResponsibleMunicipality(TenantContext caller, String id, String municipalityCode,
            String reason) {
        return writable(caller, id).flatMap(stored -> {
            Zorgtraject current = stored.trajectory();
            Mono<ResponsibleMunicipality> responsible = municipalityCode == null
                    ? Mono.justOrEmpty(ResponsibleMunicipalityRule.apply(current.victim(), null))
                    : ResponsibleMunicipalityRule.mayOverride(municipalityCode, reason, caller.region(),
                            MUNICIPALITIES).enforce(ResponsibleMunicipalityRule.override(municipalityCode, reason));
            return TrajectoryTransitions.changeable(current.status()).enforce(current)
                    .then(responsible.map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()))
                    .flatMap(chosen -> store.replace(caller, stored, changed(current, clock.instant(),
                            current.victim(), chosen.orElse(null), current.needs(), current.nextAction(),
                            current.nextActionDate(), current.status(), current.statusHistory()),
                            stored.closedAt()));
        }).flatMap(changed -> logged(caller, changed));
    }

    private Mono<StoredTrajectory> writable(TenantContext caller, String id) {
        return access.mayWrite(caller).enforce(caller).flatMap(c -> store.findStored(caller, id))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Trajectory")));
    }

    private static Zorgtraject changed(Zorgtraject t, Instant now, VictimProfile victim,
            ResponsibleMunicipality responsible, List<CareNeed> needs, String nextAction, LocalDate nextActionDate,
            TrajectoryStatus status, List<StatusChange> history) {
        return new Zorgtraject(t.id(), t.region(), t.reference(), t.origin(), status, history, victim, responsible,
                needs, nextAction, nextActionDate, t.municipalityCodes(), t.openedAt(), t.openedBy(), now,
                t.version() + 1);
    }

    private Mono<Trajectories.View> logged(TenantContext caller, Zorgtraject changed) {
        return accessLog.record(caller, "UPDATE", Trajectories.RESOURCE, changed.id(),
                        Trajectories.subject(changed.id()), Trajectories.PURPOSE)
                .then(trajectories.view(caller, changed));
    }
}
