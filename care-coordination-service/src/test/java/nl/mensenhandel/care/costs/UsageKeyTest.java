package nl.mensenhandel.care.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.care.trajectories.ResponsibleMunicipality;
import nl.mensenhandel.care.trajectories.TrajectoryLookup;
import nl.mensenhandel.care.trajectories.TrajectoryStatus;
import nl.mensenhandel.care.trajectories.Zorgtraject;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** NAAR_GEBRUIK: shares by the trajectories open in the year per responsible municipality. */
class UsageKeyTest {

    /** A fake of the trajectories package's lookup that remembers what it was asked. */
    static final class FakeLookup implements TrajectoryLookup {
        final List<Zorgtraject> open = new ArrayList<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public Mono<Zorgtraject> byId(String region, String trajectoryId) {
            return Mono.empty();
        }

        @Override
        public Flux<Zorgtraject> openDuring(String region, LocalDate from, LocalDate to) {
            asked.add(region + " " + from + " " + to);
            return Flux.fromIterable(open);
        }
    }

    @Test
    void countsTheYearsTrajectoriesPerResponsibleMunicipalityOverEveryMunicipalityOfTheRegion() {
        FakeLookup lookup = new FakeLookup();
        lookup.open.addAll(List.of(trajectory("GM0193"), trajectory("GM0193"), trajectory("GM0193"),
                trajectory("GM0150"), trajectory(null), trajectory("GM0479")));
        UsageKey key = new UsageKey(lookup, MunicipalityRegistry.load());

        List<Basis> bases = key.bases("ijsselland", 2025, null).block();

        assertThat(lookup.asked).containsExactly("ijsselland 2025-01-01 2025-12-31");
        assertThat(bases).hasSize(11);
        assertThat(bases).filteredOn(b -> b.municipalityCode().equals("GM0193")).singleElement()
                .extracting(Basis::count).isEqualTo(3L);
        assertThat(bases).filteredOn(b -> b.municipalityCode().equals("GM0150")).singleElement()
                .extracting(Basis::count).isEqualTo(1L);
        assertThat(bases.stream().mapToLong(Basis::count).sum()).as("no municipality: not counted").isEqualTo(4);

        Allocation allocation = ProportionalSplit.allocate("ijsselland", 2025, AllocationMethod.NAAR_GEBRUIK,
                Rounding.GROOTSTE_REST, new BigDecimal("1000.00"), bases);
        assertThat(allocation.shares()).filteredOn(s -> s.municipalityCode().equals("GM0193")).singleElement()
                .satisfies(s -> {
                    assertThat(s.amount()).isEqualByComparingTo("750.00");
                    assertThat(s.percentage()).isEqualByComparingTo("75.00");
                });
        assertThat(allocation.sumOfAmounts()).isEqualByComparingTo("1000.00");
    }

    @Test
    void aYearWithoutTrajectoriesChargesNobodyAndShowsTheWholeTotalAsTheDifference() {
        UsageKey key = new UsageKey(new FakeLookup(), MunicipalityRegistry.load());

        Allocation allocation = ProportionalSplit.allocate("ijsselland", 2025, AllocationMethod.NAAR_GEBRUIK,
                Rounding.HALF_UP_PER_GEMEENTE, new BigDecimal("500.00"), key.bases("ijsselland", 2025, null).block());

        assertThat(allocation.shares()).allSatisfy(s -> assertThat(s.amount()).isEqualByComparingTo("0.00"));
        assertThat(allocation.roundingDifference()).isEqualByComparingTo("500.00");
    }

    static Zorgtraject trajectory(String responsible) {
        return new Zorgtraject(java.util.UUID.randomUUID().toString(), "ijsselland", "ZT-1", null,
                TrajectoryStatus.ACTIEF, null, null,
                responsible == null ? null
                        : new ResponsibleMunicipality(responsible, ResponsibleMunicipality.Basis.BRP, null),
                null, null, null, null, Instant.parse("2025-03-01T10:00:00Z"), "zc", null, 0);
    }
}
