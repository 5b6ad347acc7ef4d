package nl.mensenhandel.care.trajectories;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.care.api.TrajectoriesApi;
import nl.mensenhandel.care.api.model.NewTrajectory;
import nl.mensenhandel.care.api.model.PageMetadata;
import nl.mensenhandel.care.api.model.ResponsibleMunicipalityOverride;
import nl.mensenhandel.care.api.model.Trajectory;
import nl.mensenhandel.care.api.model.TrajectoryPage;
import nl.mensenhandel.care.api.model.TrajectoryStatusChange;
import nl.mensenhandel.care.api.model.TrajectoryUpdate;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Mono;

/** The {@code trajectories} operations of {@code api-specs/care-coordination-service.yaml}. */
@RestController
class TrajectoryController implements TrajectoriesApi {

    private final TrajectoryOpening opening;
    private final Trajectories trajectories;
    private final TrajectoryChanges changes;

    TrajectoryController(TrajectoryOpening opening, Trajectories trajectories, TrajectoryChanges changes) {
        this.opening = opening;
        this.trajectories = trajectories;
        this.changes = changes;
    }

    @Override
    public Mono<ResponseEntity<Trajectory>> openTrajectory(String idempotencyKey, Mono<NewTrajectory> body,
            ServerWebExchange exchange) {
        return Mono.zip(CurrentTenant.get(), body).flatMap(found -> {
            NewTrajectory r = found.getT2();
            TrajectoryOpening.NewTrajectory request = new TrajectoryOpening.NewTrajectory(
                    r.getQuestionId() == null ? null : r.getQuestionId().toString(),
                    r.getCareRequestId() == null ? null : r.getCareRequestId().toString(),
                    TrajectoryApiMapper.fromApi(r.getVictim()), TrajectoryApiMapper.fromApi(r.getNeeds()),
                    r.getNextAction(), r.getNextActionDate());
            return opening.open(found.getT1(), request, idempotencyKey)
                    .flatMap(outcome -> trajectories.view(found.getT1(), outcome.resource())
                            .map(view -> ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                                    .body(TrajectoryApiMapper.toApi(view))));
        });
    }

    @Override
    public Mono<ResponseEntity<TrajectoryPage>> listTrajectories(
            nl.mensenhandel.care.api.model.TrajectoryStatus status, Boolean overdue, UUID caseId, Integer page,
            Integer size, ServerWebExchange exchange) {
        return CurrentTenant.get()
                .flatMap(caller -> trajectories.list(caller,
                        status == null ? null : TrajectoryStatus.valueOf(status.getValue()), overdue,
                        caseId == null ? null : caseId.toString(), page, size))
                .map(result -> ResponseEntity.ok(new TrajectoryPage()
                        .items(result.items().stream().map(TrajectoryApiMapper::toApi).toList())
                        .page(new PageMetadata(result.number(), result.size(), result.totalElements(),
                                result.totalPages()))));
    }

    @Override
    public Mono<ResponseEntity<Trajectory>> getTrajectory(UUID trajectoryId, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> trajectories.get(caller, trajectoryId.toString()))
                .map(view -> ResponseEntity.ok(TrajectoryApiMapper.toApi(view)));
    }

    @Override
    public Mono<ResponseEntity<Trajectory>> updateTrajectory(UUID trajectoryId, Mono<TrajectoryUpdate> body,
            ServerWebExchange exchange) {
        return Mono.zip(CurrentTenant.get(), body).flatMap(found -> {
            TrajectoryUpdate u = found.getT2();
            return changes.update(found.getT1(), trajectoryId.toString(), new TrajectoryChanges.Update(
                    u.getVersion(), TrajectoryApiMapper.fromApi(u.getVictim()), TrajectoryApiMapper.fromApi(u.getNeeds()),
                    u.getNextAction(), u.getNextActionDate()));
        }).map(view -> ResponseEntity.ok(TrajectoryApiMapper.toApi(view)));
    }

    @Override
    public Mono<ResponseEntity<Trajectory>> changeTrajectoryStatus(UUID trajectoryId, Mono<TrajectoryStatusChange> body,
            ServerWebExchange exchange) {
        return Mono.zip(CurrentTenant.get(), body)
                .flatMap(found -> changes.changeStatus(found.getT1(), trajectoryId.toString(),
                        TrajectoryStatus.valueOf(found.getT2().getStatus().getValue()), found.getT2().getReason()))
                .map(view -> ResponseEntity.ok(TrajectoryApiMapper.toApi(view)));
    }

    @Override
    public Mono<ResponseEntity<Trajectory>> setResponsibleMunicipality(UUID trajectoryId,
            Mono<ResponsibleMunicipalityOverride> body, ServerWebExchange exchange) {
        return Mono.zip(CurrentTenant.get(), body)
                .flatMap(found -> changes.setResponsibleMunicipality(found.getT1(), trajectoryId.toString(),
                        found.getT2().getMunicipalityCode(), found.getT2().getReason()))
                .map(view -> ResponseEntity.ok(TrajectoryApiMapper.toApi(view)));
    }
}
