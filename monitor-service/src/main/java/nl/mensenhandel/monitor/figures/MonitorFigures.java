package nl.mensenhandel.monitor.figures;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.stereotype.Service;

import nl.mensenhandel.monitor.api.model.Audience;
import nl.mensenhandel.monitor.api.model.ExploitationForm;
import nl.mensenhandel.monitor.areas.AreaCatalogue;
import nl.mensenhandel.monitor.areas.MonitorArea;
import nl.mensenhandel.monitor.municipalities.MonitorAccessPolicy;
import nl.mensenhandel.monitor.sources.GatheredStatistics;
import nl.mensenhandel.monitor.sources.StatisticsSources;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.InvalidField;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * The regional monitor's figures for the caller's region (token claim, never a parameter): gathers the services'
 * statistics, builds the region's one publication for the audience and cuts the tables from it.
 */
@Service
public class MonitorFigures {

    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    static final int DEFAULT_YEARS_BACK = 5;

    /** A request's parameters as the contract names them (null = absent). */
    public record Request(Audience audience, Integer fromYear, Integer toYear, Integer quarter, String area,
            ExploitationForm form) {
    }

    /** The report: the publication's tables for the filters. */
    public record Report(String region, Audience audience, int threshold, Instant generatedAt,
            GatheredStatistics gathered, List<FigureTable> tables) {
    }

    private final MonitorAccessPolicy access;
    private final StatisticsSources sources;
    private final AreaCatalogue areas;
    private final PublicationBuilder publications;
    private final MonitorTables tables;
    private final AudienceThresholds thresholds;
    private final Clock clock;

    public MonitorFigures(MonitorAccessPolicy access, StatisticsSources sources, AreaCatalogue areas,
            PublicationBuilder publications, MonitorTables tables, AudienceThresholds thresholds, Clock clock) {
        this.access = access;
        this.sources = sources;
        this.areas = areas;
        this.publications = publications;
        this.tables = tables;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    public Mono<Report> report(TenantContext caller, Request request) {
        return access.mayReadFigures(caller).enforce(caller).flatMap(c -> {
            String region = c.region();
            Audience audience = request.audience() == null ? Audience.REGIO : request.audience();
            FigureFilters filters = filters(region, request);
            int threshold = thresholds.of(region, audience);
            Audience other = audience == Audience.PUBLIEK ? Audience.REGIO : Audience.PUBLIEK;
            int otherThreshold = thresholds.of(region, other);
            List<MonitorArea> regionAreas = areas.of(region);
            return sources.gather(region).map(gathered -> {
                // the same readers may ask both audiences: the higher threshold's publication hides at least what
                // the lower one's hides, so both together show no more than the lower one (itself audited)
                RegionalPublication publication;
                if (otherThreshold < threshold) {
                    RegionalPublication base = publications.build(gathered, regionAreas, otherThreshold);
                    publication = publications.build(gathered, regionAreas, threshold, base);
                } else {
                    publication = publications.build(gathered, regionAreas, threshold);
                }
                return new Report(region, audience, threshold, clock.instant(), gathered,
                        tables.tables(publication, filters));
            });
        });
    }

    FigureFilters filters(String region, Request request) {
        int current = currentYear(clock);
        int toYear = request.toYear() == null ? current : request.toYear();
        int fromYear = request.fromYear() == null ? Math.min(toYear, current) - DEFAULT_YEARS_BACK : request.fromYear();
        if (fromYear > toYear) {
            throw invalid("fromYear", "must not be after toYear (" + toYear + ")");
        }
        if (toYear - fromYear > 30) {
            throw invalid("fromYear", "may be at most 30 years before toYear");
        }
        String areaId = request.area() == null ? region : request.area();
        MonitorArea area = areas.find(region, areaId)
                .filter(a -> !a.municipalityCodes().isEmpty())
                .orElseThrow(() -> invalid("area", "is not an area of the region's monitor with figures: " + areaId));
        return new FigureFilters(fromYear, toYear, request.quarter(), area, request.form());
    }

    static int currentYear(Clock clock) {
        return ZonedDateTime.ofInstant(clock.instant(), DUTCH_TIME).getYear();
    }

    static ApiProblem invalid(String field, String message) {
        String detail = "Field '" + field + "' " + message;
        return new ApiProblem(ProblemType.VALIDATION, detail, List.of(new InvalidField(field, detail)));
    }
}
