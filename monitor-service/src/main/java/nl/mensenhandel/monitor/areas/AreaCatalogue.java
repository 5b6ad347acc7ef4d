package nl.mensenhandel.monitor.areas;

import java.util.List;
import java.util.Optional;

/** The areas a region's monitor reports on: the region, its municipalities and its configured groupings. */
public interface AreaCatalogue {

    List<MonitorArea> of(String region);

    Optional<MonitorArea> find(String region, String id);
}
