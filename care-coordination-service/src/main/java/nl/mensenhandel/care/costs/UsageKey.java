package nl.mensenhandel.care.costs;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.mensenhandel.care.trajectories.ResponsibleMunicipality;
import nl.mensenhandel.care.trajectories.TrajectoryLookup;
import nl.mensenhandel.care.trajectories.Zorgtraject;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import reactor.core.publisher.Mono;

/**
 * {@code NAAR_GEBRUIK}: each municipality's share rests on the number of trajectories open at some time in the year
 * for which it is the responsible municipality — the municipality that pays for care under the Wmo 2015 / Jeugdwet
 * (DOMAIN.md §5: where the victim is registered in the BRP, else where found). Every municipality of the region is
 * listed, with 0 when it had none; a trajectory without a responsible municipality, or with one outside the region,
 * is not counted (nobody of the region can be charged for it).
 */
final class UsageKey implements CostKey {

    private final TrajectoryLookup trajectories;
    private final MunicipalityRegistry registry;

    UsageKey(TrajectoryLookup trajectories, MunicipalityRegistry registry) {
        this.trajectories = trajectories;
        this.registry = registry;
    }

    @Override
    public Mono<List<Basis>> bases(String region, int year, CostSettings settings) {
        return trajectories.openDuring(region, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .mapNotNull(UsageKey::responsibleCode)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .map(counts -> bases(region, counts));
    }

    private static String responsibleCode(Zorgtraject trajectory) {
        ResponsibleMunicipality responsible = trajectory.responsibleMunicipality();
        return responsible == null ? null : responsible.municipalityCode();
    }

    private List<Basis> bases(String region, Map<String, Long> counts) {
        return registry.inRegion(region).stream()
                .map(m -> new Basis(m.code(), m.name(), counts.getOrDefault(m.code(), 0L)))
                .sorted(Comparator.comparing(Basis::name))
                .toList();
    }
}
