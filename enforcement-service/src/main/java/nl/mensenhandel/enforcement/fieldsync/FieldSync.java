package nl.mensenhandel.enforcement.fieldsync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.enforcement.api.model.FieldRecord;
import nl.mensenhandel.enforcement.api.model.FieldRecordOutcome;
import nl.mensenhandel.enforcement.api.model.FieldRecordProblem;
import nl.mensenhandel.enforcement.api.model.FieldRecordResult;
import nl.mensenhandel.enforcement.api.model.FieldRecordType;
import nl.mensenhandel.enforcement.api.model.FieldSyncResult;
import nl.mensenhandel.enforcement.findings.FindingContent;
import nl.mensenhandel.enforcement.findings.FindingRecords;
import nl.mensenhandel.enforcement.findings.InspectionFinding;
import nl.mensenhandel.enforcement.inspections.Inspection;
import nl.mensenhandel.enforcement.inspections.InspectionAccessPolicy;
import nl.mensenhandel.enforcement.inspections.InspectionRecords;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A batch from an offline field tool: inspections first, one by one (few, and each with its rules), then the
 * findings in bulk — the batch's inspections in one {@code $in} read, its stored findings in one {@code $in} read,
 * the new ones in one insertMany, the inspections' summaries one update per inspection. Only repeats, conflicts
 * and a failed bulk insert go one by one. Every record gets its own outcome, in order; one bad record never stops
 * the others.
 */
@Service
public class FieldSync {

    private final InspectionRecords inspections;
    private final FindingRecords findings;
    private final InspectionAccessPolicy access;
    private final RegionScopedMongo scoped;

    public FieldSync(InspectionRecords inspections, FindingRecords findings, InspectionAccessPolicy access,
            RegionScopedMongo scoped) {
        this.inspections = inspections;
        this.findings = findings;
        this.access = access;
        this.scoped = scoped;
    }

    public Mono<FieldSyncResult> sync(TenantContext caller, List<FieldRecord> records) {
        FieldRecordResult[] results = new FieldRecordResult[records.size()];
        return access.mayWrite(caller).enforce(caller)
                .thenMany(Flux.range(0, records.size())
                        .filter(i -> records.get(i).getType() == FieldRecordType.INSPECTION)
                        .concatMap(i -> inspection(caller, i, records.get(i)).doOnNext(r -> results[i] = r)))
                .then(Mono.defer(() -> findingsInBulk(caller, records, results)))
                .then(Mono.fromSupplier(() -> summary(results)));
    }

    private Mono<FieldRecordResult> inspection(TenantContext caller, int index, FieldRecord record) {
        if (record.getInspection() == null) {
            return Mono.just(rejected(index, record, ApiProblem.invalidField("records[" + index + "].inspection",
                    "is required for type INSPECTION")));
        }
        FieldRecordResult base = new FieldRecordResult(index, FieldRecordType.INSPECTION, FieldRecordOutcome.CREATED)
                .id(record.getInspection().getId());
        Mono<FieldRecordResult> handled = record.getBaseVersion() == null
                ? inspections.create(caller, record.getInspection()).map(r -> base
                        .outcome(r.created() ? FieldRecordOutcome.CREATED : FieldRecordOutcome.ALREADY_RECEIVED)
                        .version(r.value().version()))
                : inspections.update(caller, record.getInspection().getId().toString(),
                        InspectionRecords.asUpdate(record.getInspection(), record.getBaseVersion()))
                        .map(updated -> base.outcome(FieldRecordOutcome.UPDATED).version(updated.version()));
        return handled.onErrorResume(ApiProblem.class, problem -> Mono.just(outcomeOf(index, record, problem)));
    }

    private Mono<Void> findingsInBulk(TenantContext caller, List<FieldRecord> records, FieldRecordResult[] results) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            FieldRecord record = records.get(i);
            if (record.getType() != FieldRecordType.FINDING) {
                continue;
            }
            if (record.getFinding() == null || record.getInspectionId() == null) {
                results[i] = rejected(i, record, ApiProblem.invalidField("records[" + i + "]",
                        "a FINDING names inspectionId and finding"));
            } else if (record.getBaseVersion() != null) {
                results[i] = rejected(i, record, new ApiProblem(ProblemType.UNPROCESSABLE,
                        "A finding is not edited; record a new finding (rule: findings-are-not-edited)."));
            } else {
                indexes.add(i);
            }
        }
        if (indexes.isEmpty()) {
            return Mono.empty();
        }
        Set<String> inspectionIds = indexes.stream().map(i -> records.get(i).getInspectionId().toString())
                .collect(Collectors.toSet());
        Set<String> findingIds = indexes.stream().map(i -> records.get(i).getFinding().getId().toString())
                .collect(Collectors.toSet());
        return Mono.zip(
                scoped.find(caller, new Query(Criteria.where("_id").in(inspectionIds)), Inspection.class)
                        .filter(inspection -> access.mayWrite(caller, inspection))
                        .collectMap(Inspection::id),
                findings.existing(caller, findingIds).collectMap(InspectionFinding::id))
                .flatMap(loaded -> bulk(caller, records, results, indexes, loaded.getT1(), loaded.getT2()));
    }

    private Mono<Void> bulk(TenantContext caller, List<FieldRecord> records, FieldRecordResult[] results,
            List<Integer> indexes, Map<String, Inspection> inspectionsById, Map<String, InspectionFinding> stored) {
        Map<Integer, InspectionFinding> fresh = new LinkedHashMap<>();
        List<Integer> oneByOne = new ArrayList<>();
        Set<String> inBatch = new HashSet<>();
        List<InspectionFinding> repeated = new ArrayList<>();
        for (int i : indexes) {
            FieldRecord record = records.get(i);
            Inspection inspection = inspectionsById.get(record.getInspectionId().toString());
            String id = record.getFinding().getId().toString();
            if (inspection == null) {
                results[i] = rejected(i, record, ApiProblem.notFound("Inspection"));
            } else if (!inBatch.add(id)) {
                oneByOne.add(i);
            } else if (stored.containsKey(id)) {
                // a repeat is answered from the one read: no round trip per record
                InspectionFinding existing = stored.get(id);
                if (existing.inspectionId().equals(inspection.id())
                        && findings.sameContent(existing, FindingContent.of(record.getFinding()))) {
                    results[i] = new FieldRecordResult(i, FieldRecordType.FINDING, FieldRecordOutcome.ALREADY_RECEIVED)
                            .id(record.getFinding().getId()).version(existing.version());
                    repeated.add(existing);
                } else {
                    results[i] = outcomeOf(i, record, findings.conflict(existing, record.getFinding()));
                }
            } else {
                try {
                    fresh.put(i, findings.build(caller, inspection, id, FindingContent.of(record.getFinding())));
                } catch (ApiProblem problem) {
                    results[i] = rejected(i, record, problem);
                }
            }
        }
        Mono<Void> inserted = fresh.isEmpty() ? Mono.empty()
                : findings.insertAll(fresh.values())
                        .doOnNext(saved -> fresh.forEach((i, f) -> results[i] = created(i, f)))
                        .flatMap(saved -> summariseAndLog(caller, saved))
                        // a duplicate (a concurrent upload, an id of another region): every one of them on its own
                        .onErrorResume(error -> Flux.fromIterable(fresh.keySet())
                                .concatMap(i -> single(caller, records.get(i), i, inspectionsById, results)).then());
        // repeats heal the inspections' summaries (set semantics), one update per inspection
        Mono<Void> healed = Flux.fromIterable(repeated.stream().collect(Collectors.groupingBy(
                InspectionFinding::inspectionId, LinkedHashMap::new, Collectors.toList())).entrySet())
                .concatMap(e -> findings.summarise(e.getKey(), e.getValue()).then(findings.logRepeated(caller, e.getKey(),
                        e.getValue().stream().map(InspectionFinding::id).toList())))
                .then();
        return inserted.then(healed).then(Flux.fromIterable(oneByOne)
                .concatMap(i -> single(caller, records.get(i), i, inspectionsById, results)).then());
    }

    private Mono<Void> summariseAndLog(TenantContext caller, List<InspectionFinding> saved) {
        Map<String, List<InspectionFinding>> byInspection = saved.stream()
                .collect(Collectors.groupingBy(InspectionFinding::inspectionId, LinkedHashMap::new, Collectors.toList()));
        return Flux.fromIterable(byInspection.entrySet())
                .concatMap(e -> findings.summarise(e.getKey(), e.getValue())
                        .then(findings.logCreated(caller, e.getKey(),
                                e.getValue().stream().map(InspectionFinding::id).toList())))
                .then();
    }

    private Mono<Void> single(TenantContext caller, FieldRecord record, int i, Map<String, Inspection> inspectionsById,
            FieldRecordResult[] results) {
        Inspection inspection = inspectionsById.get(record.getInspectionId().toString());
        return findings.record(caller, inspection, record.getFinding())
                .map(r -> r.created() ? created(i, r.value())
                        : new FieldRecordResult(i, FieldRecordType.FINDING, FieldRecordOutcome.ALREADY_RECEIVED)
                                .id(record.getFinding().getId()).version(r.value().version()))
                .onErrorResume(ApiProblem.class, problem -> Mono.just(outcomeOf(i, record, problem)))
                .doOnNext(result -> results[i] = result)
                .then();
    }

    private static FieldRecordResult created(int index, InspectionFinding finding) {
        return new FieldRecordResult(index, FieldRecordType.FINDING, FieldRecordOutcome.CREATED)
                .id(java.util.UUID.fromString(finding.id())).version(finding.version());
    }

    private static FieldRecordResult outcomeOf(int index, FieldRecord record, ApiProblem problem) {
        return problem.type() == ProblemType.FIELD_RECORD_CONFLICT
                ? new FieldRecordResult(index, record.getType(), FieldRecordOutcome.CONFLICT).id(idOf(record))
                        .problem(problemOf(problem))
                : rejected(index, record, problem);
    }

    private static FieldRecordResult rejected(int index, FieldRecord record, ApiProblem problem) {
        return new FieldRecordResult(index, record.getType(), FieldRecordOutcome.REJECTED).id(idOf(record))
                .problem(problemOf(problem));
    }

    private static java.util.UUID idOf(FieldRecord record) {
        return record.getType() == FieldRecordType.INSPECTION
                ? (record.getInspection() == null ? null : record.getInspection().getId())
                : (record.getFinding() == null ? null : record.getFinding().getId());
    }

    static FieldRecordProblem problemOf(ApiProblem problem) {
        FieldRecordProblem shown = new FieldRecordProblem(problem.type().uri(), problem.type().title(),
                problem.type().status().value()).detail(problem.getMessage())
                .stored(problem.extensions().get("stored")).received(problem.extensions().get("received"));
        shown.setErrors(problem.errors().isEmpty() ? null : problem.errors().stream()
                .map(e -> new nl.mensenhandel.enforcement.api.model.InvalidField(e.field(), e.message())).toList());
        return shown;
    }

    private static FieldSyncResult summary(FieldRecordResult[] results) {
        Map<FieldRecordOutcome, Long> counts = new HashMap<>();
        for (FieldRecordResult r : results) {
            counts.merge(r.getOutcome(), 1L, Long::sum);
        }
        Function<FieldRecordOutcome, Integer> count = o -> counts.getOrDefault(o, 0L).intValue();
        return new FieldSyncResult().results(List.of(results))
                .created(count.apply(FieldRecordOutcome.CREATED))
                .updated(count.apply(FieldRecordOutcome.UPDATED))
                .alreadyReceived(count.apply(FieldRecordOutcome.ALREADY_RECEIVED))
                .conflicts(count.apply(FieldRecordOutcome.CONFLICT))
                .rejected(count.apply(FieldRecordOutcome.REJECTED));
    }
}
