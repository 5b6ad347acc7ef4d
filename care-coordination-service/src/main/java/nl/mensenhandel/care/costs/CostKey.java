package nl.mensenhandel.care.costs;

import java.util.List;

import reactor.core.publisher.Mono;

/** One allocation method: what each municipality's share rests on. The division itself is {@link ProportionalSplit}. */
interface CostKey {

    /** The bases in the order the shares are shown (by municipality name). */
    Mono<List<Basis>> bases(String region, int year, CostSettings settings);
}
