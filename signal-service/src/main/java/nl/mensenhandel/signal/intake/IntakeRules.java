package nl.mensenhandel.signal.intake;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejectedField;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.signal.signal.ExploitationForm;
import nl.mensenhandel.signal.signal.ForwardedOutside;
import nl.mensenhandel.signal.signal.OnBehalfOf;
import nl.mensenhandel.signal.signal.Reporter;
import nl.mensenhandel.signal.signal.SourceType;

/** The rules a report must meet to be received, one named rule each. */
@Component
public class IntakeRules {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Set<SourceType> ANONYMOUS = Set.of(SourceType.ANONIEM, SourceType.MMA);
    private static final Set<SourceType> IDENTIFIED = Set.of(SourceType.PROFESSIONAL, SourceType.KETENPARTNER);

    private final MunicipalityRegistry municipalities;
    private final Clock clock;

    public IntakeRules(MunicipalityRegistry municipalities, Clock clock) {
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** Rule: the exploitation municipality is a municipality this instance serves (any region). */
    public PolicyDecision municipalityKnown(String field, String code) {
        return code == null || municipalities.find(code).isPresent() ? allowed()
                : rejectedField("municipality-known", field, "is not a municipality served by this platform");
    }

    /** Rule: what was observed cannot have been observed in the future (a little clock skew is tolerated). */
    public PolicyDecision observedNotInFuture(Instant observedAt) {
        return observedAt.isAfter(clock.instant().plus(CLOCK_SKEW))
                ? rejectedField("observation-not-in-future", "observedAt", "must not be in the future")
                : allowed();
    }

    /** Rule: an anonymous (ANONIEM, MMA) signal carries no reporter identity at all. */
    public PolicyDecision anonymousCarriesNoIdentity(SourceType source, Reporter reporter) {
        return ANONYMOUS.contains(source) && reporter != null
                ? rejectedField("anonymous-carries-no-identity", "reporter",
                        "must be absent for an anonymous (" + source + ") signal")
                : allowed();
    }

    /** Rule: an anonymous (ANONIEM, MMA) signal is not recorded on behalf of a partner either. */
    public PolicyDecision anonymousNotOnBehalf(SourceType source, OnBehalfOf onBehalfOf) {
        return ANONYMOUS.contains(source) && onBehalfOf != null
                ? rejectedField("anonymous-not-on-behalf", "onBehalfOf",
                        "must be absent for an anonymous (" + source + ") signal")
                : allowed();
    }

    /** Rule: a professional or partner reporter leaves a contact for feedback. */
    public PolicyDecision identifiedReporterHasContact(SourceType source, Reporter reporter) {
        return identifiedReporterHasContact(source, reporter, null);
    }

    /**
     * Rule: a professional or partner reporter leaves a contact for feedback — for a signal recorded on
     * behalf of a partner, the partner's contact.
     */
    public PolicyDecision identifiedReporterHasContact(SourceType source, Reporter reporter, OnBehalfOf onBehalfOf) {
        if (!IDENTIFIED.contains(source) || onBehalfOf != null) {
            return allowed();
        }
        return reporter == null || reporter.contact() == null
                ? rejectedField("identified-reporter-has-contact", "reporter.contact",
                        "is required for a " + source + " signal, for feedback")
                : allowed();
    }

    /**
     * Rule (issue 7 §1): a signal recorded on behalf of a partner names the partner as its reporter, not
     * the AF who took the call, so it carries no {@code reporter} of its own.
     */
    public PolicyDecision onBehalfReplacesReporter(OnBehalfOf onBehalfOf, Reporter reporter) {
        return onBehalfOf != null && reporter != null
                ? rejectedField("on-behalf-replaces-reporter", "reporter",
                        "must be absent when the signal is recorded on behalf of a partner (onBehalfOf)")
                : allowed();
    }

    /**
     * Rule (issue 7 §5, "not refused"): a valid gemeentecode this platform does not serve is recorded as
     * forwarded outside the platform: no AF here receives it, and the reporter is told in their feedback
     * where to report it. Codes that are no gemeentecode at all are refused by the contract's pattern.
     */
    public ForwardedOutside forwardedOutsideAtIntake(String municipalityCode, TenantContext reporter) {
        return new ForwardedOutside(municipalityCode, "Gemeente " + municipalityCode + " (niet aangesloten)",
                clock.instant(), reporter.username(), "Gemeente niet aangesloten bij dit platform");
    }

    /** The feedback a reporter gets on a signal about a municipality this platform does not serve. */
    public static final String OUTSIDE_FEEDBACK = "Deze gemeente is niet aangesloten bij dit platform. Meld het "
            + "signaal rechtstreeks bij de aandachtsfunctionaris mensenhandel van die gemeente of bij de politie.";

    /** Rule: categories are active categories of the signal's region. */
    public PolicyDecision categoriesOfRegion(Collection<String> categories, Map<String, ExploitationForm> active) {
        Set<String> unknown = categories.stream().filter(c -> !active.containsKey(c))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        return unknown.isEmpty() ? allowed()
                : rejectedField("categories-of-signal-region", "categories",
                        "holds codes that are no active category of the signal's region: " + unknown);
    }

    /** Rule: the sector is on the signal's region's sector list. */
    public PolicyDecision sectorOfRegion(String sector, Set<String> active) {
        return sector == null || active.contains(sector) ? allowed()
                : rejectedField("sector-of-signal-region", "sector", "is no active sector of the signal's region");
    }
}
