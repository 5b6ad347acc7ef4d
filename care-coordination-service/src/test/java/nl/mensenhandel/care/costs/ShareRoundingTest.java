package nl.mensenhandel.care.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The two roundings on small cases one can check by hand, and largest remainder on many random ones. */
class ShareRoundingTest {

    static final BigInteger HUNDRED_CENTS = BigInteger.valueOf(100);

    @Test
    void halfUpPerMunicipalityRoundsEachShareOnItsOwnSoTheSumMayMiss() {
        // 1.00 over three equal bases: 33.33...ct each → 33 ct each, 99 ct in all
        assertThat(new HalfUpPerMunicipality().split(HUNDRED_CENTS, List.of(1L, 1L, 1L)))
                .containsExactly(cents(33), cents(33), cents(33));
        // 0.01 over two equal bases: 0.5 ct each → half up: 1 ct each, 2 ct in all
        assertThat(new HalfUpPerMunicipality().split(BigInteger.ONE, List.of(1L, 1L)))
                .containsExactly(cents(1), cents(1));
    }

    @Test
    void largestRemainderGivesTheMissingCentsToTheLargestRemainders() {
        // 1.00 over 1:1:1 → 33, 33, 33 and one cent left: equal remainders, equal bases → the first
        assertThat(new LargestRemainder().split(HUNDRED_CENTS, List.of(1L, 1L, 1L)))
                .containsExactly(cents(34), cents(33), cents(33));
        // 1.00 over 1:2 → 33.33 and 66.67: the larger remainder (0.67) gets the cent
        assertThat(new LargestRemainder().split(HUNDRED_CENTS, List.of(1L, 2L)))
                .containsExactly(cents(33), cents(67));
    }

    @Test
    void largestRemainderAlwaysAddsUpToTheTotalAndStaysWithinACentOfTheExactShare() {
        Random random = new Random(20260922L);
        for (int run = 0; run < 500; run++) {
            List<Long> bases = IntStream.range(0, 1 + random.nextInt(15))
                    .mapToObj(i -> (long) random.nextInt(200_000)).toList();
            if (bases.stream().mapToLong(Long::longValue).sum() == 0) {
                continue;
            }
            BigInteger total = BigInteger.valueOf(random.nextLong(10_000_000_000L));
            List<BigInteger> split = new LargestRemainder().split(total, bases);
            assertThat(split.stream().reduce(BigInteger.ZERO, BigInteger::add)).isEqualTo(total);
            BigInteger basisTotal = ShareRounding.sum(bases);
            for (int i = 0; i < bases.size(); i++) {
                BigInteger floor = total.multiply(BigInteger.valueOf(bases.get(i))).divide(basisTotal);
                assertThat(split.get(i)).isBetween(floor, floor.add(BigInteger.ONE));
            }
        }
    }

    @Test
    void percentagesAreHalfUpToTwoDecimalsAndZeroWithoutBasis() {
        assertThat(ProportionalSplit.percentage(129_840, 534_800)).isEqualByComparingTo("24.28");
        assertThat(ProportionalSplit.percentage(1, 8)).hasToString("12.50");
        assertThat(ProportionalSplit.percentage(1, 3)).hasToString("33.33");
        assertThat(ProportionalSplit.percentage(0, 0)).hasToString("0.00");
    }

    private static BigInteger cents(long value) {
        return BigInteger.valueOf(value);
    }
}
