package nl.mensenhandel.enforcement.instruments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import nl.mensenhandel.enforcement.api.model.PermitType;
import nl.mensenhandel.enforcement.api.model.Situation;
import nl.mensenhandel.enforcement.instruments.RegionalFrameworkProperties.InstrumentSettings;
import nl.mensenhandel.enforcement.instruments.RegionalFrameworkProperties.MunicipalitySettings;
import nl.mensenhandel.enforcement.instruments.RegionalFrameworkProperties.RegionSettings;
import nl.mensenhandel.enforcement.instruments.RegionalFrameworkProperties.VersionSettings;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

/**
 * The regional legal framework (DOMAIN.md §6 "a regional, uniform framework prevents the waterbed effect"), versioned
 * (§9 "the law changed in 2024": the Omgevingswet replaced the Wabo and the Bouwbesluit 2012, so an instrument's
 * legal basis depends on the date). Every region starts from {@code enforcement.instrument-catalogue}; its own
 * {@code enforcement.regions.<region>.instruments} replace or add instruments by code. Validated at start: a
 * catalogue with a gap (no name, no authority, an unknown situation, no version, overlapping versions, an override
 * of an unknown instrument, a municipality of another region) stops the service from starting.
 */
@Component
@EnableConfigurationProperties(RegionalFrameworkProperties.class)
public class InstrumentCatalogue {

    private final Map<String, Instrument> shared;
    private final Map<String, Map<String, Instrument>> byRegion;
    private final Map<String, Map<String, MunicipalPolicy>> municipalities;

    @org.springframework.beans.factory.annotation.Autowired
    public InstrumentCatalogue(RegionalFrameworkProperties properties) {
        this(properties, MunicipalityRegistry.load());
    }

    InstrumentCatalogue(RegionalFrameworkProperties properties, MunicipalityRegistry registry) {
        this.shared = instruments("enforcement.instrument-catalogue", properties.instrumentCatalogue());
        Map<String, Map<String, Instrument>> regions = new LinkedHashMap<>();
        Map<String, Map<String, MunicipalPolicy>> policies = new LinkedHashMap<>();
        properties.regions().forEach((region, settings) -> {
            String where = "enforcement.regions." + region;
            if (registry.inRegion(region).isEmpty()) {
                throw invalid(where, "is not a region of the reference data");
            }
            Map<String, Instrument> merged = new LinkedHashMap<>(shared);
            merged.putAll(instruments(where + ".instruments", settings.instruments()));
            regions.put(region, Map.copyOf(merged));
            policies.put(region, municipalities(where, region, settings, merged, registry));
        });
        this.byRegion = Map.copyOf(regions);
        this.municipalities = Map.copyOf(policies);
    }

    /** Every instrument of the region (the shared catalogue for a region without its own), by code. */
    public Map<String, Instrument> of(String region) {
        return byRegion.getOrDefault(region, shared);
    }

    public Optional<Instrument> find(String region, String code) {
        return Optional.ofNullable(of(region).get(code));
    }

    /** The municipality's own choices; the model's (no overrides, no designation, no caps) when it has none. */
    public MunicipalPolicy municipality(String region, String municipalityCode) {
        return municipalityCode == null ? MunicipalPolicy.MODEL
                : municipalities.getOrDefault(region, Map.of()).getOrDefault(municipalityCode, MunicipalPolicy.MODEL);
    }

    /** The instrument as in force on {@code date} in the municipality; empty when it has no version then. */
    public Optional<ApplicableInstrument> inForce(String region, String code, LocalDate date, String municipalityCode) {
        return find(region, code).flatMap(instrument -> applicable(instrument, date,
                municipality(region, municipalityCode)));
    }

    /** Which instruments apply to the situation (all when null), on the date, in the municipality (model when null). */
    public List<ApplicableInstrument> applicable(String region, String situation, LocalDate date,
            String municipalityCode) {
        MunicipalPolicy policy = municipality(region, municipalityCode);
        return of(region).values().stream()
                .filter(instrument -> situation == null || instrument.situations().contains(situation))
                .sorted(Comparator.comparing(Instrument::code))
                .flatMap(instrument -> applicable(instrument, date, policy).stream())
                .toList();
    }

    private static Optional<ApplicableInstrument> applicable(Instrument instrument, LocalDate date,
            MunicipalPolicy policy) {
        String article = policy.articles().get(instrument.code());
        return instrument.versions().stream().filter(version -> version.inForceOn(date)).findFirst()
                .map(version -> new ApplicableInstrument(instrument, version,
                        article == null || instrument.modelArticle() == null ? version.legalBasis()
                                : version.legalBasis().replace(instrument.modelArticle(), article),
                        article));
    }

    private static Map<String, Instrument> instruments(String where, Map<String, InstrumentSettings> settings) {
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        settings.forEach((code, s) -> instruments.put(code, instrument(where + "." + code, code, s)));
        return instruments;
    }

    private static Instrument instrument(String where, String code, InstrumentSettings s) {
        if (!code.matches("^[A-Z][A-Z0-9_]{1,59}$")) {
            throw invalid(where, "code must be upper case letters, digits and _");
        }
        if (s.name() == null || s.name().isBlank()) {
            throw invalid(where, "needs a name");
        }
        CompetentAuthority authority;
        try {
            authority = CompetentAuthority.valueOf(String.valueOf(s.competentAuthority()));
        } catch (IllegalArgumentException e) {
            throw invalid(where, "competent-authority must be one of BURGEMEESTER, COLLEGE, RAAD");
        }
        List<String> situations = s.situations() == null ? List.of() : List.copyOf(s.situations());
        if (situations.isEmpty()) {
            throw invalid(where, "needs at least one situation");
        }
        for (String situation : situations) {
            try {
                Situation.fromValue(situation);
            } catch (IllegalArgumentException e) {
                throw invalid(where, "unknown situation " + situation);
            }
        }
        if (s.maxDurationWeeks() != null && s.maxDurationWeeks() < 1) {
            throw invalid(where, "max-duration-weeks must be at least 1");
        }
        List<InstrumentVersion> versions = new ArrayList<>();
        for (VersionSettings v : s.versions() == null ? List.<VersionSettings>of() : s.versions()) {
            if (v.legalBasis() == null || v.legalBasis().isBlank() || v.validFrom() == null) {
                throw invalid(where, "every version needs a legal-basis and valid-from");
            }
            if (v.validUntil() != null && v.validUntil().isBefore(v.validFrom())) {
                throw invalid(where, "a version ends before it starts");
            }
            if (s.modelArticle() != null && !v.legalBasis().contains(s.modelArticle())) {
                throw invalid(where, "model-article " + s.modelArticle() + " is not in the legal basis "
                        + v.legalBasis());
            }
            versions.add(new InstrumentVersion(v.legalBasis(), v.validFrom(), v.validUntil()));
        }
        if (versions.isEmpty()) {
            throw invalid(where, "needs at least one version");
        }
        versions.sort(Comparator.comparing(InstrumentVersion::validFrom));
        for (int i = 1; i < versions.size(); i++) {
            InstrumentVersion previous = versions.get(i - 1);
            if (previous.validUntil() == null || !previous.validUntil().isBefore(versions.get(i).validFrom())) {
                throw invalid(where, "versions overlap: " + previous.validFrom() + " and " + versions.get(i).validFrom());
            }
        }
        Set<InstrumentMark> marks = s.marks() == null || s.marks().isEmpty() ? EnumSet.noneOf(InstrumentMark.class)
                : EnumSet.copyOf(s.marks());
        return new Instrument(code, s.name(), authority, situations,
                s.forms() == null ? List.of() : List.copyOf(s.forms()), s.conditions(), s.maxDurationWeeks(),
                s.modelArticle(), Set.copyOf(marks), List.copyOf(versions));
    }

    private static Map<String, MunicipalPolicy> municipalities(String where, String region, RegionSettings settings,
            Map<String, Instrument> instruments, MunicipalityRegistry registry) {
        Map<String, MunicipalPolicy> policies = new LinkedHashMap<>();
        settings.municipalities().forEach((code, m) -> {
            String at = where + ".municipalities." + code;
            if (!registry.belongsToRegion(code, region)) {
                throw invalid(at, "is not a municipality of " + region);
            }
            validate(at, m, instruments);
            policies.put(code, new MunicipalPolicy(m.articles(), m.housingByLawDesignatesFine(), m.licenceCaps()));
        });
        settings.teams().forEach((id, team) -> {
            String at = where + ".teams." + id;
            if (!id.matches("^[a-z0-9][a-z0-9-]{0,39}$") || team.name() == null || team.name().isBlank()
                    || team.yearlyTarget() < 0 || team.municipalities() == null || team.municipalities().isEmpty()) {
                throw invalid(at, "needs an id like 'regionaal-controleteam', a name, municipalities and a"
                        + " yearly-target of at least 0");
            }
            team.municipalities().stream().filter(code -> !registry.belongsToRegion(code, region)).findAny()
                    .ifPresent(code -> {
                        throw invalid(at, code + " is not a municipality of " + region);
                    });
        });
        return Map.copyOf(policies);
    }

    private static void validate(String at, MunicipalitySettings m, Map<String, Instrument> instruments) {
        m.articles().forEach((code, article) -> {
            Instrument instrument = instruments.get(code);
            if (instrument == null || instrument.modelArticle() == null) {
                throw invalid(at, "articles." + code + " overrides no model article of an instrument of the region");
            }
            if (article == null || article.isBlank()) {
                throw invalid(at, "articles." + code + " is empty");
            }
        });
        m.licenceCaps().forEach((type, cap) -> {
            try {
                PermitType.fromValue(type);
            } catch (IllegalArgumentException e) {
                throw invalid(at, "licence-caps." + type + " is no permit type");
            }
            if (cap == null || cap < 0) {
                throw invalid(at, "licence-caps." + type + " must be at least 0");
            }
        });
    }

    private static IllegalStateException invalid(String where, String problem) {
        return new IllegalStateException("Invalid regional legal framework: " + where + " " + problem);
    }
}
