package nl.mensenhandel.monitor.plateaus;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.monitor.api.model.Audience;
import nl.mensenhandel.monitor.municipalities.MonitorAccessPolicy;
import nl.mensenhandel.monitor.disclosure.DisclosureThresholds;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.mongo.RegionScoped;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * The VNG plateau and IBP self-assessment of a municipality for a year (issue 11 capability 6): every criterion of
 * the {@link PlateauFramework} with its stored answer ({@code ONBEKEND} when none), the plateau reached per theme
 * ({@link PlateauReached}) and the platform's evidence beside a criterion ({@link PlateauEvidence}).
 * <ul>
 * <li>a municipality of another region (or an unknown code) answers 404, with nothing of it;</li>
 * <li>recording replaces all answers in one document write; {@code version} is the version read (0 before the first
 * answers): the write is conditional on it, so an older version answers 409 {@code conflict} and changes nothing;</li>
 * <li>every criterion id must exist and appear once (400 naming {@code answers[i].criterionId}).</li>
 * </ul>
 * The notes are free text: each read or write of an assessment holding notes is access-logged.
 */
@Service
public class PlateauAssessments {

    private static final Logger LOG = LoggerFactory.getLogger(PlateauAssessments.class);
    static final String RESOURCE = "plateau-assessment";
    static final String PURPOSE = "regionale monitor mensenhandel: zelfevaluatie VNG-plateaus en IBP-afspraken";

    /** An answer as recorded. */
    public record Answer(String criterionId, String answer, String note) {
    }

    /** One criterion as shown: its answer, note and evidence (null when the platform holds none for it). */
    public record CriterionView(PlateauCriterion criterion, String answer, String note, String evidence) {
    }

    public record Assessment(String municipalityCode, int year, long version, List<CriterionView> criteria,
            Map<String, Integer> plateauReached) {
    }

    private final MonitorAccessPolicy access;
    private final PlateauFramework framework;
    private final PlateauEvidence evidence;
    private final DisclosureThresholds thresholds;
    private final RegionScopedMongo scoped;
    private final ReactiveMongoTemplate mongo;
    private final AccessLog accessLog;
    private final Clock clock;
    private final MunicipalityRegistry registry;
    private final PlateauAssessmentEncryption encryption;

    public PlateauAssessments(MonitorAccessPolicy access, PlateauFramework framework, PlateauEvidence evidence,
            DisclosureThresholds thresholds, RegionScopedMongo scoped, ReactiveMongoTemplate mongo,
            AccessLog accessLog, Clock clock, MunicipalityRegistry registry, PlateauAssessmentEncryption encryption) {
        this.access = access;
        this.framework = framework;
        this.evidence = evidence;
        this.thresholds = thresholds;
        this.scoped = scoped;
        this.mongo = mongo;
        this.accessLog = accessLog;
        this.clock = clock;
        this.registry = registry;
        this.encryption = encryption;
    }

    public Mono<Assessment> get(TenantContext caller, String municipalityCode, int year) {
        return access.mayReadFigures(caller).enforce(caller)
                .flatMap(c -> municipality(caller, municipalityCode))
                .flatMap(municipality -> scoped.findById(caller,
                        PlateauAssessmentRecord.idOf(caller.region(), municipalityCode, year),
                        PlateauAssessmentRecord.class)
                        .flatMap(stored -> logged(caller, "READ", stored))
                        .map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                        .flatMap(stored -> view(caller, municipality, year, stored.orElse(null))));
    }

    public Mono<Assessment> put(TenantContext caller, String municipalityCode, int year, long version,
            List<Answer> answers) {
        return access.mayRecordFigures(caller).enforce(caller)
                .flatMap(c -> municipality(caller, municipalityCode))
                .flatMap(municipality -> known(answers).thenReturn(municipality))
                .flatMap(municipality -> {
                    String id = PlateauAssessmentRecord.idOf(caller.region(), municipalityCode, year);
                    PlateauAssessmentRecord next = new PlateauAssessmentRecord(id, caller.region(), municipalityCode,
                            year, version + 1, answers.stream()
                                    .map(a -> new PlateauAnswer(a.criterionId(), a.answer(), a.note())).toList(),
                            clock.instant());
                    return write(caller, next, version)
                            .doOnSuccess(stored -> LOG.info("plateau answers stored: region={} municipality={} year={}"
                                    + " version={}", caller.region(), municipalityCode, year, stored.version()))
                            .flatMap(stored -> logged(caller, "UPDATE", stored))
                            .flatMap(stored -> view(caller, municipality, year, stored));
                });
    }

    /**
     * Optimistic locking: version 0 inserts (the natural key is the {@code _id}: a concurrent first answer loses with
     * a duplicate key), a later version replaces only the document still at that version. Both are one document
     * write; the notes are sealed by {@link PlateauAssessmentEncryption} (on insert by its save event, on the
     * conditional replace explicitly).
     */
    private Mono<PlateauAssessmentRecord> write(TenantContext caller, PlateauAssessmentRecord next, long version) {
        if (version == 0) {
            return scoped.insert(caller, next).onErrorResume(DuplicateKeyException.class, duplicate -> conflict(version));
        }
        Query current = new Query(Criteria.where("_id").is(next.id()).and(RegionScoped.FIELD).is(caller.region())
                .and("version").is(version));
        org.bson.Document sealed = encryption.sealed(next, mongo.getConverter());
        return mongo.getCollection(mongo.getCollectionName(PlateauAssessmentRecord.class))
                .flatMap(collection -> Mono.from(collection.replaceOne(current.getQueryObject(), sealed)))
                .flatMap(result -> result.getMatchedCount() == 1 ? Mono.just(next) : conflict(version));
    }

    private static <T> Mono<T> conflict(long version) {
        return Mono.error(new ApiProblem(ProblemType.CONFLICT, "The answers were changed since version " + version
                + ": read the assessment again and record your answers on its current version."));
    }

    private Mono<Void> known(List<Answer> answers) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            String id = answers.get(i).criterionId();
            if (framework.find(id).isEmpty()) {
                return Mono.error(ApiProblem.invalidField("answers[" + i + "].criterionId",
                        "names no criterion of the framework: " + id));
            }
            if (!seen.add(id)) {
                return Mono.error(ApiProblem.invalidField("answers[" + i + "].criterionId",
                        "names criterion " + id + " a second time"));
            }
        }
        return Mono.empty();
    }

    /** The municipality, when it is one of the caller's region; 404 otherwise (nothing of another region). */
    private Mono<Municipality> municipality(TenantContext caller, String code) {
        return Mono.justOrEmpty(registry.find(code).filter(m -> m.region().equals(caller.region())))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Municipality")));
    }

    private Mono<PlateauAssessmentRecord> logged(TenantContext caller, String action, PlateauAssessmentRecord stored) {
        boolean notes = stored.answers().stream().anyMatch(a -> a.note() != null && !a.note().isBlank());
        return notes
                ? accessLog.record(caller, action, RESOURCE, stored.id(), null, PURPOSE).thenReturn(stored)
                : Mono.just(stored);
    }

    private Mono<Assessment> view(TenantContext caller, Municipality municipality, int year,
            PlateauAssessmentRecord stored) {
        Map<String, PlateauAnswer> answers = stored == null ? Map.of()
                : stored.answers().stream().collect(Collectors.toMap(PlateauAnswer::criterionId, a -> a));
        Set<EvidenceKind> kinds = framework.criteria().stream().map(PlateauCriterion::evidence)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        PlateauEvidence.Subject subject = new PlateauEvidence.Subject(caller.region(), municipality.code(),
                municipality.name(), year, thresholds.of(caller.region(), Audience.REGIO));
        return evidence.sentences(subject, kinds).map(sentences -> {
            Map<String, String> given = new LinkedHashMap<>();
            List<CriterionView> criteria = framework.criteria().stream().map(criterion -> {
                PlateauAnswer answer = answers.get(criterion.id());
                String value = answer == null ? PlateauAnswer.ONBEKEND : answer.answer();
                given.put(criterion.id(), value);
                return new CriterionView(criterion, value, answer == null ? null : answer.note(),
                        criterion.evidence() == null ? null : sentences.get(criterion.evidence()));
            }).toList();
            return new Assessment(municipality.code(), year, stored == null ? 0 : stored.version(), criteria,
                    PlateauReached.perTheme(framework.criteria(), framework.themes(), given));
        });
    }
}
