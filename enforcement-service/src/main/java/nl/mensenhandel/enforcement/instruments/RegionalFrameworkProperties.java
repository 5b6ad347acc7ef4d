package nl.mensenhandel.enforcement.instruments;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The regional legal framework as configuration ({@code application.yml}, DOMAIN.md §6): one shared catalogue of
 * instruments ({@code enforcement.instrument-catalogue}) that every region starts from, per region instruments that
 * override or add ({@code enforcement.regions.<region>.instruments}), per municipality its own APV/by-law article
 * numbers, whether its housing by-law designates the Huisvestingswet fine, and its licence caps, and per region
 * the teams with their yearly targets ({@code enforcement.regions.<region>.teams}).
 */
@ConfigurationProperties("enforcement")
public record RegionalFrameworkProperties(Map<String, InstrumentSettings> instrumentCatalogue,
        Map<String, RegionSettings> regions) {

    public RegionalFrameworkProperties {
        instrumentCatalogue = instrumentCatalogue == null ? Map.of() : Map.copyOf(instrumentCatalogue);
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    /** One instrument: what it is, who decides, where it applies, and its versions in time. */
    public record InstrumentSettings(String name, String competentAuthority, List<String> situations,
            List<String> forms, String conditions, Integer maxDurationWeeks, String modelArticle,
            Set<InstrumentMark> marks, List<VersionSettings> versions) {
    }

    /** A version of an instrument: its legal basis and the period it is in force (validUntil inclusive). */
    public record VersionSettings(String legalBasis, LocalDate validFrom, LocalDate validUntil) {
    }

    /** A region's own instruments, municipalities and teams. */
    public record RegionSettings(Map<String, InstrumentSettings> instruments,
            Map<String, MunicipalitySettings> municipalities, Map<String, TeamSettings> teams) {

        public RegionSettings {
            instruments = instruments == null ? Map.of() : Map.copyOf(instruments);
            municipalities = municipalities == null ? Map.of() : Map.copyOf(municipalities);
            teams = teams == null ? Map.of() : Map.copyOf(teams);
        }
    }

    /** A municipality's own choices. */
    public record MunicipalitySettings(Map<String, String> articles, boolean housingByLawDesignatesFine,
            Map<String, Integer> licenceCaps) {

        public MunicipalitySettings {
            articles = articles == null ? Map.of() : Map.copyOf(articles);
            licenceCaps = licenceCaps == null ? Map.of() : Map.copyOf(licenceCaps);
        }
    }

    /** A team (e.g. the Regionaal Controleteam) with the municipalities it serves and its yearly target. */
    public record TeamSettings(String name, List<String> municipalities, int yearlyTarget) {
    }
}
