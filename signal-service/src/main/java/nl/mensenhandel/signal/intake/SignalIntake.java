package nl.mensenhandel.signal.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;
import nl.mensenhandel.signal.regionalconfig.RegionalVocabulary;
import nl.mensenhandel.signal.signal.AnonymousAccess;
import nl.mensenhandel.signal.signal.DuplicateKeyMaker;
import nl.mensenhandel.signal.signal.DuplicateKeys;
import nl.mensenhandel.signal.signal.ExploitationForm;
import nl.mensenhandel.signal.signal.FormRules;
import nl.mensenhandel.signal.signal.ForwardedOutside;
import nl.mensenhandel.signal.signal.Gender;
import nl.mensenhandel.signal.signal.OnBehalfOf;
import nl.mensenhandel.signal.signal.SignalReach;
import nl.mensenhandel.signal.signal.Location;
import nl.mensenhandel.signal.signal.Person;
import nl.mensenhandel.signal.signal.PersonRole;
import nl.mensenhandel.signal.signal.Reporter;
import nl.mensenhandel.signal.signal.SecretHasher;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SignalAccessPolicy;
import nl.mensenhandel.signal.signal.SignalQueries;
import nl.mensenhandel.signal.signal.SignalStatus;
import nl.mensenhandel.signal.signal.SourceType;
import nl.mensenhandel.signal.signal.Urgency;
import nl.mensenhandel.signal.spoed.SpoedAlert;

/**
 * Receives a signal from any source: checks the intake rules, routes it to the region of the
 * exploitation municipality (whose AF receives it) and stores it once per Idempotency-Key.
 * This is the one place where a write crosses regions: a reporter may report about a municipality of
 * another region, and the signal then belongs to that region.
 */
@Service
public class SignalIntake {

    /** What a reporter submits; the server adds the rest. */
    public record Report(String municipalityCode, String residenceMunicipalityCode, Set<ExploitationForm> forms,
            List<String> categories, String sector, SourceType sourceType, Reporter reporter, String description,
            Instant observedAt, Urgency urgency, Location location, List<PersonReport> persons,
            List<String> indicators, OnBehalfOf onBehalfOf) {

        /** The residence municipalities named: the signal's own and each person's. */
        List<String> residences() {
            List<String> codes = new ArrayList<>();
            codes.add(residenceMunicipalityCode);
            persons.forEach(p -> codes.add(p.residenceMunicipalityCode()));
            return codes.stream().filter(c -> c != null).distinct().toList();
        }
    }

    /** A person as reported; the identifying hint only ever becomes a pseudonymous key. */
    public record PersonReport(PersonRole role, Boolean minor, Integer yearOfBirth, String nationality,
            Gender gender, String identifyingHint, String residenceMunicipalityCode) {
    }

    /** The stored signal and — only when this call created an anonymous signal — the status secret. */
    public record Received(Signal signal, String secret) {
    }

    /**
     * Where a report goes: the region, its categories, and — for a municipality this platform does not
     * serve — the record of it going outside the platform.
     */
    private record Routed(String region, Map<String, ExploitationForm> categoryForms, ForwardedOutside outside) {
    }

    private static final int CASE_CODE_ATTEMPTS = 5;

    private final SignalAccessPolicy access;
    private final IntakeRules rules;
    private final MunicipalityRegistry municipalities;
    private final RegionalVocabulary vocabulary;
    private final DuplicateKeyMaker keys;
    private final SecretHasher secrets;
    private final ReactiveMongoTemplate mongo;
    private final IdempotentCommands idempotent;
    private final AccessLog accessLog;
    private final Clock clock;
    private final SpoedAlert spoed;

    public SignalIntake(SignalAccessPolicy access, IntakeRules rules, MunicipalityRegistry municipalities,
            RegionalVocabulary vocabulary, DuplicateKeyMaker keys, SecretHasher secrets, ReactiveMongoTemplate mongo,
            IdempotentCommands idempotent, AccessLog accessLog, Clock clock, SpoedAlert spoed) {
        this.access = access;
        this.rules = rules;
        this.municipalities = municipalities;
        this.vocabulary = vocabulary;
        this.keys = keys;
        this.secrets = secrets;
        this.mongo = mongo;
        this.idempotent = idempotent;
        this.accessLog = accessLog;
        this.clock = clock;
        this.spoed = spoed;
    }

    /** A signal from staff with an account (melder or AF), any source type. */
    public Mono<IdempotentOutcome<Received>> receive(TenantContext reporter, Report report, String idempotencyKey) {
        return access.mayReport(reporter).enforce(report)
                .flatMap(access.mayReportAs(reporter, report.sourceType())::enforce)
                .flatMap(access.mayReportOnBehalf(reporter, report.onBehalfOf())::enforce)
                .flatMap(r -> route(r, reporter))
                .flatMap(routed -> idempotent.run(
                        reporter.region() + "|" + reporter.subject() + "|signals.create", idempotencyKey, report,
                        id -> create(id, routed, report, reporter),
                        id -> load(id, routed.region())))
                .flatMap(outcome -> !outcome.created() ? Mono.just(outcome)
                        : accessLog.record(reporter, "CREATE", "signal", outcome.resource().signal().id(),
                                SignalQueries.dataSubject(outcome.resource().signal()), SignalQueries.PURPOSE)
                                .thenReturn(outcome))
                // SPOED notifies before the intake answers; on a retry too (idempotent), should the first have failed
                .flatMap(outcome -> spoed.raise(outcome.resource().signal()).thenReturn(outcome));
    }

    /**
     * A signal another platform service relays for a reporter of its own (receiveInspectionSignal): the same
     * rules, routing, storage, access log and SPOED alert as {@link #receive}, but without the reporting-role
     * checks (the relaying service vouches for the reporter) and without an idempotency scope of its own — the
     * caller runs it once per command id ({@code CommandReceiver}) and passes the id chosen for that key.
     *
     * @param actor    the relaying service acting in the region, for the access log
     * @param reporter the person the relaying service reports for: subject, username, region and organisation
     *                 as in their token at the time, so they follow the signal in {@code reported-by-me}
     */
    public Mono<Received> receiveRelayed(TenantContext actor, TenantContext reporter, Report report, String id) {
        return route(report, reporter)
                .flatMap(routed -> create(id, routed, report, reporter))
                .flatMap(received -> accessLog.record(actor, "CREATE", "signal", received.signal().id(),
                        SignalQueries.dataSubject(received.signal()), SignalQueries.PURPOSE).thenReturn(received))
                .flatMap(received -> spoed.raise(received.signal()).thenReturn(received));
    }

    /** The signal a relayed command created with {@code id}, or empty when its first attempt did not finish. */
    public Mono<Received> relayed(String id, String region) {
        return load(id, region);
    }

    /**
     * A signal from a resident without an account: nothing about the reporter is stored. Without a caller
     * to scope it by, the Idempotency-Key is scoped by the report itself, so a stranger who sends the same
     * key with another report never collides with the resident's; a replay never shows the secret again.
     */
    public Mono<IdempotentOutcome<Received>> receiveAnonymously(Report report, String idempotencyKey) {
        return route(report, null).flatMap(routed -> idempotent.runScopedByRequest(
                "public|anonymous-signals.create", idempotencyKey, report,
                id -> create(id, routed, report, null),
                id -> load(id, routed.region())));
    }

    /**
     * Checks the report and finds its region. A reporter with an account may report about a municipality
     * this platform does not serve (issue 7 §5): it is received in the reporter's own region and recorded
     * as forwarded outside; the anonymous public intake, without a region of its own, refuses it.
     */
    private Mono<Routed> route(Report report, TenantContext reporter) {
        boolean outside = reporter != null && municipalities.find(report.municipalityCode()).isEmpty();
        List<PolicyDecision> local = new ArrayList<>(List.of(
                outside ? PolicyDecision.allowed() : rules.municipalityKnown("municipalityCode", report.municipalityCode()),
                rules.municipalityKnown("residenceMunicipalityCode", report.residenceMunicipalityCode()),
                rules.observedNotInFuture(report.observedAt()),
                FormRules.unknownFormAlone("forms", report.forms()),
                rules.anonymousCarriesNoIdentity(report.sourceType(), report.reporter()),
                rules.anonymousNotOnBehalf(report.sourceType(), report.onBehalfOf()),
                rules.onBehalfReplacesReporter(report.onBehalfOf(), report.reporter()),
                rules.identifiedReporterHasContact(report.sourceType(), report.reporter(), report.onBehalfOf())));
        for (int i = 0; i < report.persons().size(); i++) {
            local.add(rules.municipalityKnown("persons[" + i + "].residenceMunicipalityCode",
                    report.persons().get(i).residenceMunicipalityCode()));
        }
        String region = outside ? reporter.region()
                : municipalities.find(report.municipalityCode()).map(m -> m.region()).orElse(null);
        ForwardedOutside forwarded = outside ? rules.forwardedOutsideAtIntake(report.municipalityCode(), reporter)
                : null;
        return enforceAll(local, report)
                .then(Mono.zip(vocabulary.activeCategories(region), vocabulary.activeSectors(region)))
                .flatMap(vocab -> rules.categoriesOfRegion(report.categories(), vocab.getT1()).enforce(vocab)
                        .flatMap(rules.sectorOfRegion(report.sector(), vocab.getT2())::enforce))
                .map(vocab -> new Routed(region, vocab.getT1(), forwarded));
    }

    private static Mono<Report> enforceAll(List<PolicyDecision> decisions, Report report) {
        Mono<Report> chain = Mono.just(report);
        for (PolicyDecision decision : decisions) {
            chain = chain.flatMap(decision::enforce);
        }
        return chain;
    }

    private Mono<Received> create(String id, Routed routed, Report report, TenantContext reporter) {
        if (report.sourceType() != SourceType.ANONIEM) {
            return mongo.insert(newSignal(id, routed, report, reporter, null)).map(stored -> new Received(stored, null));
        }
        String secret = secrets.newSecret();
        String salt = secrets.newSalt();
        return secrets.hashOffLoop(secret, salt).flatMap(hash ->
                insertWithNewCaseCode(id, routed, report, reporter, secret, new AnonymousAccess(null, hash, salt),
                        CASE_CODE_ATTEMPTS));
    }

    /**
     * Case codes are random (32^8 codes) and unique by index; should a new one collide with a stored one —
     * astronomically rare — the signal is stored again with another code.
     */
    private Mono<Received> insertWithNewCaseCode(String id, Routed routed, Report report, TenantContext reporter,
            String secret, AnonymousAccess access, int attemptsLeft) {
        AnonymousAccess withCode = new AnonymousAccess(secrets.newCaseCode(), access.secretHash(), access.salt());
        return mongo.insert(newSignal(id, routed, report, reporter, withCode))
                .map(stored -> new Received(stored, secret))
                .onErrorResume(e -> attemptsLeft > 1 && isCaseCodeCollision(e),
                        e -> insertWithNewCaseCode(id, routed, report, reporter, secret, access, attemptsLeft - 1));
    }

    private static boolean isCaseCodeCollision(Throwable e) {
        return e instanceof DuplicateKeyException && e.getMessage() != null
                && e.getMessage().contains(Signal.CASE_CODE_INDEX);
    }

    private Mono<Received> load(String id, String region) {
        return mongo.findOne(new Query(Criteria.where("_id").is(id).and("region").is(region)), Signal.class)
                .map(signal -> new Received(signal, null));
    }

    private Signal newSignal(String id, Routed routed, Report report, TenantContext reporter,
            AnonymousAccess anonymousAccess) {
        Instant now = clock.instant();
        // the reporter's forms as given: a category suggests its form to the AF, it does not add it (issue 7 §4)
        Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
        forms.addAll(report.forms());
        Set<ExploitationForm> suggested = FormRules.suggestedForms(forms, report.categories(), routed.categoryForms());
        String residence = report.residenceMunicipalityCode();
        // the AF of every residence municipality is informed and reads it — also in another region
        SignalReach reach = SignalReach.of(routed.region(), report.municipalityCode(), report.residences(),
                municipalities);
        List<String> visibleTo = reach.visibleTo();
        if (routed.outside() != null) {
            // no AF of this platform serves the municipality: nobody here works it, the reporter follows it
            visibleTo = List.of();
        }
        List<Person> persons = report.persons().stream()
                .map(p -> new Person(p.role(), p.minor(), p.yearOfBirth(), p.nationality(), p.gender(),
                        p.identifyingHint() == null ? null : keys.personKey(routed.region(), p.identifyingHint()),
                        p.residenceMunicipalityCode()))
                .toList();
        DuplicateKeys duplicateKeys = keys.keys(routed.region(), report.location(),
                persons.stream().map(Person::personKey).filter(k -> k != null).distinct().toList());
        Urgency urgency = report.urgency() == null ? Urgency.NORMAAL : report.urgency();
        // the organisation only ever comes from the reporter's token, never from the body
        Reporter recorded = report.reporter() == null ? null : new Reporter(
                reporter == null ? null : reporter.organisation(), report.reporter().name(),
                report.reporter().contact());
        return Signal.builder().id(id).region(routed.region())
                .municipalityCode(report.municipalityCode()).residenceMunicipalityCode(residence)
                .visibleTo(visibleTo).readableByRegions(reach.readableByRegions())
                .forms(forms).suggestedForms(suggested).categories(List.copyOf(report.categories()))
                .sector(report.sector())
                .sourceType(report.sourceType()).reporter(recorded).description(report.description())
                .observedAt(report.observedAt()).urgency(urgency).location(report.location()).persons(persons)
                .indicators(List.copyOf(report.indicators())).duplicateKeys(duplicateKeys)
                .status(SignalStatus.ONTVANGEN).anonymousAccess(anonymousAccess)
                .createdAt(now).updatedAt(now)
                .createdBy(reporter == null ? null : reporter.username())
                .createdBySubject(reporter == null ? null : reporter.subject())
                .reportedFromRegion(reporter == null ? null : reporter.region())
                // an AF's on-behalf signal: the partner organisation (from the body, AF only) follows it
                .onBehalfOf(report.onBehalfOf())
                .forwardedOutside(routed.outside())
                .feedback(routed.outside() == null ? null : IntakeRules.OUTSIDE_FEEDBACK)
                .build();
    }
}
