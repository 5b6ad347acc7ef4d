package nl.mensenhandel.signal.statistics;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.statistics.StatisticsTable;

/**
 * The monitor's counts of one region as last computed, one document per region (its id), so the monitor's query
 * reads one document by id instead of counting a million signals. Counts only, never personal data.
 *
 * @param fingerprint what the region's signals and links looked like when the counts were taken
 *                    ({@link SignalStatisticsSource#fingerprints()}): a different one means they changed
 */
@Document("statisticsSnapshots")
public record StatisticsSnapshot(@Id String region, String fingerprint, StatisticsTable table) {
}
