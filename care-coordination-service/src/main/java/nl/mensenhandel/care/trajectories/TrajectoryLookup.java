package nl.mensenhandel.care.trajectories;

import java.time.LocalDate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** How other packages (placements, reports, costs) read trajectories: decrypted, of one region. */
public interface TrajectoryLookup {

    /** The trajectory, or empty when the region has none with that id. */
    Mono<Zorgtraject> byId(String region, String trajectoryId);

    /** Every trajectory of the region open at some time in [from, to] (opened on or before to, not closed before from). */
    Flux<Zorgtraject> openDuring(String region, LocalDate from, LocalDate to);
}
