package nl.mensenhandel.monitor.areas;

import java.util.List;
import java.util.Optional;

/** The areas of each region's monitor (issue 11 capability 4). */
public interface AreaCatalogue {

    /** The region first, then its municipalities by name, then the configured groupings and external areas. */
    List<MonitorArea> of(String region);

    Optional<MonitorArea> find(String region, String id);
}
