package nl.mensenhandel.monitor.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random small cubes (one to three dimensions, each with a total and sometimes an overlapping grouping; counts
 * mostly small) always come out of {@link DisclosureControl} with every small count hidden, no relation with a single
 * hidden member, and nothing the {@link DisclosureAudit} can solve.
 */
class DisclosurePropertiesTest {

    record Shape(List<Dimension> dimensions) {
    }

    @Property(tries = 500)
    void randomCubesPassTheAudit(@ForAll("shapes") Shape shape, @ForAll("counts") List<Integer> counts,
            @ForAll @IntRange(min = 2, max = 6) int threshold) {
        Cube cube = new Cube("M", shape.dimensions());
        List<List<String>> leaves = leafCombinations(shape.dimensions(), 0);
        for (int i = 0; i < leaves.size(); i++) {
            cube.add(leaves.get(i), counts.get(i % counts.size()));
        }
        SuppressedCube published = DisclosureControl.suppress(cube, threshold);

        for (int cell = 0; cell < cube.size(); cell++) {
            if (PrimarySuppression.applies(cube.count(cell), threshold)) {
                assertThat(published.status(cell)).isEqualTo(Onderdrukking.ONDERDRUKT);
            }
            if (published.status(cell).hidden()) {
                assertThat(published.cell(cube.coordinates(cell)).value()).isEmpty();
            }
        }
        assertThat(Cubes.singleHidden(published)).isEmpty();
        assertThat(DisclosureAudit.determinedCells(cube, Cubes.statuses(published))).isEmpty();
    }

    /** The public publication seeded with the region's own: hides a superset, and passes the audit itself. */
    @Property(tries = 200)
    void aHigherThresholdHidesAtLeastWhatTheLowerOneHides(@ForAll("shapes") Shape shape,
            @ForAll("counts") List<Integer> counts, @ForAll @IntRange(min = 1, max = 3) int own,
            @ForAll @IntRange(min = 4, max = 7) int publicThreshold) {
        Cube cube = new Cube("M", shape.dimensions());
        List<List<String>> leaves = leafCombinations(shape.dimensions(), 0);
        for (int i = 0; i < leaves.size(); i++) {
            cube.add(leaves.get(i), counts.get(i % counts.size()));
        }
        SuppressedCube regional = DisclosureControl.suppress(cube, own);
        SuppressedCube published = DisclosureControl.suppress(cube, publicThreshold, regional);

        for (int cell = 0; cell < cube.size(); cell++) {
            if (regional.status(cell).hidden()) {
                assertThat(published.status(cell).hidden()).isTrue();
            }
        }
        assertThat(DisclosureAudit.determinedCells(cube, Cubes.statuses(published))).isEmpty();
    }

    @Provide
    Arbitrary<Shape> shapes() {
        return dimension("d0").list().ofMinSize(1).ofMaxSize(3).map(dimensions -> {
            List<Dimension> named = new ArrayList<>();
            for (int i = 0; i < dimensions.size(); i++) {
                Dimension d = dimensions.get(i);
                named.add(new Dimension("d" + i, d.leaves(), d.aggregates()));
            }
            return new Shape(named);
        });
    }

    private Arbitrary<Dimension> dimension(String name) {
        return Combinators.combine(Arbitraries.integers().between(2, 4), Arbitraries.integers().between(0, 15))
                .as((size, groupingMask) -> {
                    List<String> leaves = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        leaves.add("v" + i);
                    }
                    Map<String, List<String>> aggregates = new LinkedHashMap<>();
                    aggregates.put(Dimension.TOTAL, leaves);
                    List<String> grouping = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        if ((groupingMask & (1 << i)) != 0) {
                            grouping.add(leaves.get(i));
                        }
                    }
                    if (grouping.size() >= 2 && grouping.size() < size) {
                        aggregates.put("grouping", grouping);
                    }
                    return new Dimension(name, leaves, aggregates);
                });
    }

    @Provide
    Arbitrary<List<Integer>> counts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(1, 4)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(5, 40)))
                .list().ofMinSize(1).ofMaxSize(64);
    }

    private static List<List<String>> leafCombinations(List<Dimension> dimensions, int from) {
        List<List<String>> result = new ArrayList<>();
        if (from == dimensions.size()) {
            result.add(new ArrayList<>());
            return result;
        }
        for (String leaf : dimensions.get(from).leaves()) {
            for (List<String> rest : leafCombinations(dimensions, from + 1)) {
                List<String> combination = new ArrayList<>();
                combination.add(leaf);
                combination.addAll(rest);
                result.add(combination);
            }
        }
        return result;
    }
}
