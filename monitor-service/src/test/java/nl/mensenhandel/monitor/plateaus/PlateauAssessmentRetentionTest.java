package nl.mensenhandel.monitor.plateaus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import nl.mensenhandel.platform.retention.RetentionPeriods;
import nl.mensenhandel.platform.testing.ApiTestSupport;

/** Self-assessments are removed ten years after their last change (configured period), in their region only. */
class PlateauAssessmentRetentionTest extends ApiTestSupport {

    @Autowired
    PlateauAssessmentRetention retention;
    @Autowired
    RetentionPeriods periods;
    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void anAssessmentUnchangedForTheWholePeriodIsRemoved() {
        assertThat(periods.periodOf(PlateauAssessmentRetention.RECORD_TYPE, "ijsselland")).isEqualTo(Duration.ofDays(3650));
        Instant now = Instant.parse("2040-01-01T00:00:00Z");
        Instant cutoff = now.minus(Duration.ofDays(3650));
        mongo.insert(record("ijsselland", "GM0193", 2027, cutoff.minusSeconds(60))).block();
        mongo.insert(record("ijsselland", "GM0193", 2028, cutoff.plusSeconds(60))).block();
        mongo.insert(record("rotterdam", "GM0599", 2027, cutoff.minusSeconds(60))).block();

        assertThat(retention.apply("ijsselland", cutoff, now).block()).isEqualTo(1L);
        assertThat(mongo.findById("ijsselland|GM0193|2027", PlateauAssessmentRecord.class).block()).isNull();
        assertThat(mongo.findById("ijsselland|GM0193|2028", PlateauAssessmentRecord.class).block()).isNotNull();
        assertThat(mongo.findById("rotterdam|GM0599|2027", PlateauAssessmentRecord.class).block()).isNotNull();
    }

    private static PlateauAssessmentRecord record(String region, String code, int year, Instant updatedAt) {
        return new PlateauAssessmentRecord(PlateauAssessmentRecord.idOf(region, code, year), region, code, year, 1,
                List.of(new PlateauAnswer("ibp-beleid", "JA", null)), updatedAt);
    }
}
