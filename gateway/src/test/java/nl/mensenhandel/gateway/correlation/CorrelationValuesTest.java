package nl.mensenhandel.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What counts as a valid request id and traceparent, and what the gateway creates instead. */
class CorrelationValuesTest {

    @Test
    void requestIdAcceptsOneWellFormedValue() {
        assertThat(RequestIdFilter.acceptOrCreate(List.of("3f2a9c1e-0b7d-4d5e-9a51-7c0d2e8f6a14")))
                .isEqualTo("3f2a9c1e-0b7d-4d5e-9a51-7c0d2e8f6a14");
        assertThat(RequestIdFilter.acceptOrCreate(List.of("01HZX3Y9K2"))).isEqualTo("01HZX3Y9K2");
    }

    @Test
    void requestIdReplacesMissingInvalidOrRepeatedValues() {
        for (List<String> values : List.of(List.<String>of(), List.of(""), List.of("a b"), List.of("a\r\nb"),
                List.of("x".repeat(129)), List.of("one", "two"))) {
            String id = RequestIdFilter.acceptOrCreate(values);
            assertThat(id).as(values.toString()).matches("[0-9a-f-]{36}").isNotIn(values);
        }
        assertThat(RequestIdFilter.acceptOrCreate(null)).matches("[0-9a-f-]{36}");
        assertThat(RequestIdFilter.isValid("x".repeat(128))).isTrue();
    }

    @Test
    void requestIdValidationIsExactlyTheDocumentedPattern() {
        Pattern documented = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
        Random random = new Random(7);
        String alphabet = "aZ09._:- /\u00e9\r";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(i % 50 == 0 ? 140 : 6); n > 0; n--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(RequestIdFilter.isValid(value.toString())).as("'%s'", value)
                    .isEqualTo(documented.matcher(value).matches());
        }
    }
}
