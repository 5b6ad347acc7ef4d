package nl.mensenhandel.care.trajectories;

import static nl.mensenhandel.care.trajectories.TrajectoryTestCalls.AF_ZWOLLE;
import static nl.mensenhandel.care.trajectories.TrajectoryTestCalls.REGION;
import static nl.mensenhandel.care.trajectories.TrajectoryTestCalls.ZC;
import static nl.mensenhandel.care.trajectories.TrajectoryTestCalls.ZC_ROTTERDAM;
import static nl.mensenhandel.care.trajectories.TrajectoryTestCalls.id;
import static nl.mensenhandel.care.trajectories.TrajectoryTestCalls.newTrajectory;
import static nl.mensenhandel.care.trajectories.TrajectoryTestCalls.read;
import static nl.mensenhandel.care.trajectories.TrajectoryTestCalls.today;
import static nl.mensenhandel.care.trajectories.TrajectoryTestCalls.victim;
import static nl.mensenhandel.platform.testing.ProblemAssertions.forbidden;
import static nl.mensenhandel.platform.testing.ProblemAssertions.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.mensenhandel.care.intake.CareQuestion;
import nl.mensenhandel.care.placements.Placement;
import nl.mensenhandel.care.placements.PlacementStatus;
import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.care.requests.CareRequest;
import nl.mensenhandel.platform.retention.RetentionRule;
import nl.mensenhandel.platform.testing.ApiTestSupport;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * The zorgcoordinator's trajectories (issue 9 capabilities 2 and 7) against the embedded store: opening (directly,
 * from a care question, never twice for a care request), optimistic updates, the lifecycle, the responsible
 * municipality, the monitoring view, region isolation, encryption at rest and retention. What the AF and the table
 * see: {@link TrajectoryNeedToKnowTest}.
 */
class TrajectoriesApiTest extends ApiTestSupport {

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    List<RetentionRule> rules;

    @Autowired
    TrajectoryLookup lookup;

    @Autowired
    TrajectoryChanges changes;

    TrajectoryTestCalls calls;

    @BeforeEach
    void clean() {
        calls = new TrajectoryTestCalls(api);
        for (Class<?> type : List.of(StoredTrajectory.class, CareQuestion.class, Placement.class, CareRequest.class)) {
            mongo.remove(new Query(), type).block();
        }
    }

    Map<String, Object> current(String id) {
        byte[] body = calls.get(ZC, id).expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return com.jayway.jsonpath.JsonPath.read(new String(body), "$");
    }

    Map<String, Object> updateOf(String id) {
        Map<String, Object> now = current(id);
        Map<String, Object> body = new HashMap<>();
        body.put("version", now.get("version"));
        body.put("victim", now.get("victim"));
        body.put("needs", now.get("needs"));
        body.put("nextAction", now.get("nextAction"));
        body.put("nextActionDate", now.get("nextActionDate"));
        return body;
    }

    @Test
    void theZorgcoordinatorOpensATrajectoryOncePerIdempotencyKey() {
        Map<String, Object> body = newTrajectory("Anna", "GM0193");
        WebTestClient.BodyContentSpec opened = calls.open(ZC, body, "k-open").expectStatus().isCreated().expectBody()
                .jsonPath("$.status").isEqualTo("AANGEMELD")
                .jsonPath("$.region").isEqualTo(REGION)
                .jsonPath("$.reference").value(ref -> assertThat((String) ref).matches("ZT-\\d{4}-\\d{4}"))
                .jsonPath("$.origin.kind").isEqualTo("ZORGCOORDINATOR")
                .jsonPath("$.responsibleMunicipality.municipalityCode").isEqualTo("GM0193")
                .jsonPath("$.responsibleMunicipality.basis").isEqualTo("BRP")
                .jsonPath("$.victim.displayName").isEqualTo("Anna")
                .jsonPath("$.needs[0].tasks[0].id").isNotEmpty()
                .jsonPath("$.statusHistory[0].status").isEqualTo("AANGEMELD")
                .jsonPath("$.statusHistory[0].by").isEqualTo("zc.ijsselland")
                .jsonPath("$.openedBy").isEqualTo("zc.ijsselland")
                .jsonPath("$.ageDays").isEqualTo(0)
                .jsonPath("$.overdue").isEqualTo(false)
                .jsonPath("$.version").isEqualTo(0);
        String id = com.jayway.jsonpath.JsonPath.read(new String(opened.returnResult().getResponseBody()), "$.id");
        calls.open(ZC, body, "k-open").expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(id);
        assertThat(mongo.count(new Query(), StoredTrajectory.class).block()).isEqualTo(1);
        calls.open(ZC, newTrajectory("Bea", "GM0193"), "k-open").expectStatus().isEqualTo(409);
    }

    @Test
    void referencesCountUpPerRegionAndYear() {
        String first = read(calls.get(ZC, calls.opened(newTrajectory("A", null))), "$.reference");
        String second = read(calls.get(ZC, calls.opened(newTrajectory("B", null))), "$.reference");
        int year = today().getYear();
        assertThat(first).startsWith("ZT-" + year + "-");
        assertThat(Integer.parseInt(second.substring(8))).isEqualTo(Integer.parseInt(first.substring(8)) + 1);
        String rotterdam = read(calls.open(ZC_ROTTERDAM, newTrajectory("C", null), "k-rdam").expectStatus()
                .isCreated(), "$.reference");
        assertThat(rotterdam).isNotEqualTo(second);
    }

    @Test
    void openingFromACareQuestionLinksBothWaysOnce() {
        Map<String, Object> question = Map.of("kind", "TRAJECTAANVRAAG", "requesterKind", "KMAR",
                "requesterOrganisation", "KMar Schiphol", "municipalityCode", "GM0193",
                "summary", "Jonge vrouw aangetroffen op Schiphol");
        String questionId = read(api.mutateWith(ZC).post().uri("/api/care/questions")
                .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "k-q").bodyValue(question)
                .exchange().expectStatus().isCreated(), "$.id");
        Map<String, Object> body = newTrajectory("Dana", null);
        body.put("questionId", questionId);
        String id = id(calls.open(ZC, body, "k-from-q").expectStatus().isCreated());
        calls.get(ZC, id).expectStatus().isOk().expectBody()
                .jsonPath("$.origin.kind").isEqualTo("VRAAG")
                .jsonPath("$.origin.questionId").isEqualTo(questionId);
        api.mutateWith(ZC).get().uri("/api/care/questions/" + questionId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.trajectoryId").isEqualTo(id);
        // a second trajectory for the same question: 409 naming the first
        calls.open(ZC, body, "k-from-q-2").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(id));
        Map<String, Object> unknown = newTrajectory("Eva", null);
        unknown.put("questionId", UUID.randomUUID().toString());
        calls.open(ZC, unknown, "k-from-unknown").expectStatus().isNotFound();
        // another region's zorgcoordinator cannot open one for it
        calls.open(ZC_ROTTERDAM, body, "k-from-q-rdam").expectStatus().isNotFound();
        assertThat(mongo.count(new Query(), StoredTrajectory.class).block()).isEqualTo(1);
    }

    @Test
    void aCareRequestOpenedItsTrajectoryAlreadyNamingItAnswers409() {
        String caseId = UUID.randomUUID().toString();
        String careRequest = id(calls.receiveCareRequest(caseId, List.of("GM0193"), "cmd-1")
                .expectStatus().isCreated());
        String trajectoryId = read(calls.receiveCareRequest(caseId, List.of("GM0193"), "cmd-1")
                .expectStatus().isOk(), "$.trajectoryId");
        Map<String, Object> body = newTrajectory("Fleur", "GM0193");
        body.put("careRequestId", careRequest);
        calls.open(ZC, body, "k-cr").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(trajectoryId));
        body.put("careRequestId", UUID.randomUUID().toString());
        calls.open(ZC, body, "k-cr-unknown").expectStatus().isNotFound();
        assertThat(mongo.count(new Query(), StoredTrajectory.class).block()).isEqualTo(1);
    }

    @Test
    void updatesAreOptimisticOnTheVersion() {
        String id = calls.opened(newTrajectory("Gina", "GM0193"));
        Map<String, Object> update = updateOf(id);
        update.put("nextAction", "Intake bij Humanitas plannen");
        calls.update(ZC, id, update).expectStatus().isOk().expectBody()
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.nextAction").isEqualTo("Intake bij Humanitas plannen");
        // the same (now stale) version again: 409 conflict, nothing changes
        update.put("nextAction", "Iets anders");
        calls.update(ZC, id, update).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:conflict");
        calls.get(ZC, id).expectBody().jsonPath("$.nextAction").isEqualTo("Intake bij Humanitas plannen")
                .jsonPath("$.version").isEqualTo(1);
    }

    /** Of concurrent updates naming the same version exactly one lands; the others answer 409 conflict. */
    @Test
    void concurrentUpdatesOfOneVersionLandOnce() {
        String id = calls.opened(newTrajectory("Wendy", "GM0193"));
        nl.mensenhandel.platform.tenancy.TenantContext zc = new nl.mensenhandel.platform.tenancy.TenantContext(
                "s-zc", "zc.ijsselland", REGION, java.util.Set.of(), "Veilig Thuis", null,
                java.util.Set.of("zorgcoordinator"));
        Zorgtraject before = lookup.byId(REGION, id).block();
        List<String> outcomes = reactor.core.publisher.Flux.range(0, 8)
                .flatMap(i -> changes.update(zc, id, new TrajectoryChanges.Update(0, before.victim(), before.needs(),
                        "Actie " + i, before.nextActionDate()))
                        .map(view -> "ok")
                        .onErrorResume(nl.mensenhandel.platform.problem.ApiProblem.class,
                                problem -> reactor.core.publisher.Mono.just(problem.type().name())))
                .collectList().block();
        assertThat(outcomes).containsOnly("ok", "CONFLICT");
        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(lookup.byId(REGION, id).block().version()).isEqualTo(1);
    }

    /** Rule no-date-in-the-past on updateTrajectory and openTrajectory. */
    @Test
    void noDateInThePast() {
        Map<String, Object> backdated = newTrajectory("Hanna", null);
        backdated.put("nextActionDate", today().minusDays(1).toString());
        unprocessable(calls.open(ZC, backdated, "k-past"), "no-date-in-the-past");
        String id = calls.opened(newTrajectory("Hanna", null));
        Map<String, Object> update = updateOf(id);
        update.put("nextActionDate", today().minusDays(1).toString());
        unprocessable(calls.update(ZC, id, update), "no-date-in-the-past");
        Map<String, Object> taskInPast = updateOf(id);
        taskInPast.put("needs", TrajectoryTestCalls.needs("Te laat", today().minusDays(3)));
        unprocessable(calls.update(ZC, id, taskInPast), "no-date-in-the-past");
        calls.get(ZC, id).expectBody().jsonPath("$.version").isEqualTo(0);
    }

    /** Rules trajectory-lifecycle and reason-required through the API, with the status history. */
    @Test
    void theLifecycleTableWithReasonsAndHistory() {
        String id = calls.opened(newTrajectory("Ilse", "GM0193"));
        illegal(calls.status(ZC, id, "NAZORG", null));
        calls.status(ZC, id, "ACTIEF", null).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACTIEF");
        calls.status(ZC, id, "ACTIEF", null).expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(1);
        calls.status(ZC, id, "NAZORG", null).expectStatus().isOk();
        unprocessable(calls.status(ZC, id, "AFGESLOTEN", null), "reason-required");
        calls.status(ZC, id, "AFGESLOTEN", "Zelfstandig wonend, geen zorg meer nodig").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("AFGESLOTEN");
        // closed: no updates, no other moves than reopening (with a reason)
        illegal(calls.update(ZC, id, updateOf(id)));
        illegal(calls.status(ZC, id, "NAZORG", null));
        unprocessable(calls.status(ZC, id, "ACTIEF", null), "reason-required");
        calls.status(ZC, id, "ACTIEF", "Opnieuw in beeld na melding AVIM").expectStatus().isOk().expectBody()
                .jsonPath("$.statusHistory.length()").isEqualTo(5)
                .jsonPath("$.statusHistory[*].status").value(s -> assertThat((List<String>) s)
                        .containsExactly("AANGEMELD", "ACTIEF", "NAZORG", "AFGESLOTEN", "ACTIEF"))
                .jsonPath("$.statusHistory[3].reason").isEqualTo("Zelfstandig wonend, geen zorg meer nodig")
                .jsonPath("$.statusHistory[4].by").isEqualTo("zc.ijsselland")
                .jsonPath("$.statusSince").isNotEmpty();
    }

    /** Rule responsible-municipality: BRP, else where found; an override of the region with a reason wins. */
    @Test
    void theResponsibleMunicipalityFollowsTheRuleUnlessOverridden() {
        String id = calls.opened(newTrajectory("Jet", null));
        calls.get(ZC, id).expectBody().jsonPath("$.responsibleMunicipality.municipalityCode").isEqualTo("GM0150")
                .jsonPath("$.responsibleMunicipality.basis").isEqualTo("AANGETROFFEN");
        // registered in Zwolle meanwhile: the rule is applied again
        Map<String, Object> registered = updateOf(id);
        registered.put("victim", victim("Jet", "GM0193", "GM0150"));
        calls.update(ZC, id, registered).expectStatus().isOk().expectBody()
                .jsonPath("$.responsibleMunicipality.municipalityCode").isEqualTo("GM0193")
                .jsonPath("$.responsibleMunicipality.basis").isEqualTo("BRP");
        unprocessable(calls.responsible(ZC, id, Map.of("municipalityCode", "GM0479", "reason", "x")),
                "municipality-of-region");
        unprocessable(calls.responsible(ZC, id, Map.of("municipalityCode", "GM0150")), "reason-required");
        calls.responsible(ZC, id, Map.of("municipalityCode", "GM0150", "reason", "Afspraak tussen gemeenten"))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.responsibleMunicipality.municipalityCode").isEqualTo("GM0150")
                .jsonPath("$.responsibleMunicipality.basis").isEqualTo("AFWIJKEND")
                .jsonPath("$.responsibleMunicipality.reason").isEqualTo("Afspraak tussen gemeenten");
        // the override stands when the profile changes
        calls.update(ZC, id, updateOf(id)).expectStatus().isOk().expectBody()
                .jsonPath("$.responsibleMunicipality.basis").isEqualTo("AFWIJKEND");
        // removed: the rule applies again
        calls.responsible(ZC, id, Map.of()).expectStatus().isOk().expectBody()
                .jsonPath("$.responsibleMunicipality.municipalityCode").isEqualTo("GM0193")
                .jsonPath("$.responsibleMunicipality.basis").isEqualTo("BRP");
    }

    @Test
    void theMonitoringViewShowsAgeAndOverdueActionsEarliestNextActionFirst() {
        String late = calls.opened(newTrajectory("Kim", "GM0193"));
        String soon = calls.opened(newTrajectory("Lot", "GM0193"));
        Map<String, Object> withoutAction = newTrajectory("Mia", "GM0193");
        withoutAction.remove("nextAction");
        withoutAction.remove("nextActionDate");
        withoutAction.remove("needs");
        String none = calls.opened(withoutAction);
        String noodbed = calls.opened(withoutAction.isEmpty() ? null : newTrajectory("Noor", "GM0193"));
        // time passes: Kim's next action and task date lie before today now, Kim's trajectory is 10 days old
        LocalDate past = today().minusDays(3);
        mongo.updateFirst(new Query(Criteria.where("_id").is(late)), new Update().set("nextActionDate", past)
                .set("needs.0.tasks.0.dueDate", past).set("openedAt", Instant.now().minusSeconds(10 * 86400)),
                StoredTrajectory.class).block();
        // Noor is in a noodbed past its maximum stay
        String placement = UUID.randomUUID().toString();
        mongo.insert(noodbed(placement, noodbed, Instant.now().minusSeconds(3600))).block();
        mongo.insert(noodbed(UUID.randomUUID().toString(), soon, Instant.now().plusSeconds(86400))).block();
        String taskId = read(calls.get(ZC, late), "$.needs[0].tasks[0].id");
        calls.list(ZC, "").expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(4)
                .jsonPath("$.items[0].id").isEqualTo(late)
                .jsonPath("$.items[0].overdue").isEqualTo(true)
                .jsonPath("$.items[0].ageDays").isEqualTo(10)
                .jsonPath("$.items[0].overdueItems").value(items -> assertThat((List<String>) items)
                        .containsExactly("NEXT_ACTION", "TASK:" + taskId))
                .jsonPath("$.items[3].id").isEqualTo(none)
                .jsonPath("$.items[3].overdue").isEqualTo(false);
        calls.list(ZC, "?overdue=true").expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[*].id").value(ids -> assertThat((List<String>) ids).containsExactlyInAnyOrder(late,
                        noodbed));
        calls.get(ZC, noodbed).expectBody().jsonPath("$.overdueItems[0]").isEqualTo("NOODBED:" + placement);
        calls.list(ZC, "?overdue=false").expectBody().jsonPath("$.items.length()").isEqualTo(2);
        calls.status(ZC, soon, "ACTIEF", null).expectStatus().isOk();
        calls.list(ZC, "?status=ACTIEF").expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(soon);
        calls.list(ZC, "?size=1&page=1").expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.page.totalElements").isEqualTo(4);
        assertThat(mongo.count(new Query(Criteria.where("resourceType").is("trajectory").and("action").is("LIST")),
                "access_log").block()).isPositive();
    }

    @Test
    void theCaseIdFilterFindsTheTrajectoriesOfOneCasus() {
        String caseId = UUID.randomUUID().toString();
        calls.receiveCareRequest(caseId, List.of("GM0193"), "cmd-case-1").expectStatus().isCreated();
        calls.receiveCareRequest(UUID.randomUUID().toString(), List.of("GM0193"), "cmd-case-2").expectStatus()
                .isCreated();
        calls.opened(newTrajectory("Olga", null));
        calls.list(ZC, "?caseId=" + caseId).expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].origin.caseId").isEqualTo(caseId)
                .jsonPath("$.items[0].origin.kind").isEqualTo("TAFEL");
    }

    @Test
    void anotherRegionsTrajectoryIsNotFoundAndOtherRolesAre403() {
        String id = calls.opened(newTrajectory("Pien", "GM0193"));
        calls.get(ZC_ROTTERDAM, id).expectStatus().isNotFound();
        calls.update(ZC_ROTTERDAM, id, Map.of("version", 0, "victim", Map.of(), "needs", List.of())).expectStatus()
                .isNotFound();
        calls.status(ZC_ROTTERDAM, id, "ACTIEF", null).expectStatus().isNotFound();
        calls.responsible(ZC_ROTTERDAM, id, Map.of()).expectStatus().isNotFound();
        calls.list(ZC_ROTTERDAM, "").expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
        for (JwtMutator other : List.of(TestJwts.user("handhaver.zwolle", REGION, List.of("GM0193"), "handhaver"),
                TestJwts.user("regisseur.ijsselland", REGION, List.of(), "beleidsregisseur"),
                TestJwts.user("melder.zwolle", REGION, List.of("GM0193"), "melder"),
                TestJwts.careProvider("care-provider-humanitas", REGION, "humanitas-rotterdam", "zorgaanbieder"))) {
            forbidden(calls.get(other, id));
            forbidden(calls.list(other, ""));
            forbidden(calls.open(other, newTrajectory("x", null), "k-" + UUID.randomUUID()));
        }
        // the AF and the table read, but never write
        for (JwtMutator reader : List.of(AF_ZWOLLE, TrajectoryTestCalls.TABLE)) {
            forbidden(calls.open(reader, newTrajectory("x", null), "k-" + UUID.randomUUID()));
            forbidden(calls.update(reader, id, Map.of("version", 0, "victim", Map.of(), "needs", List.of())));
            forbidden(calls.status(reader, id, "ACTIEF", null));
            forbidden(calls.responsible(reader, id, Map.of()));
        }
        unauthenticated(http.get().uri(TrajectoryTestCalls.PATH).exchange());
        calls.get(ZC, id).expectBody().jsonPath("$.status").isEqualTo("AANGEMELD").jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void personalDataIsEncryptedAtRestAlsoAfterChanges() {
        String id = calls.opened(newTrajectory("Quirine", "GM0193"));
        calls.status(ZC, id, "AFGESLOTEN", "Quirine vertrokken naar familie").expectStatus().isOk();
        Document raw = mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "trajectories").block();
        Document victim = raw.get("victim", Document.class);
        assertThat(victim.getString("displayName")).startsWith("enc:");
        assertThat(victim.getString("birthDate")).startsWith("enc:");
        assertThat(raw.getString("nextAction")).startsWith("enc:");
        assertThat(raw.toJson()).doesNotContain("Quirine").doesNotContain("2001-04-12").doesNotContain("huisarts");
        // read back decrypted
        calls.get(ZC, id).expectBody().jsonPath("$.victim.displayName").isEqualTo("Quirine")
                .jsonPath("$.victim.birthDate").isEqualTo("2001-04-12")
                .jsonPath("$.statusHistory[1].reason").isEqualTo("Quirine vertrokken naar familie");
        assertThat(mongo.count(new Query(Criteria.where("resourceType").is("trajectory").and("resourceId").is(id)),
                "access_log").block()).isGreaterThanOrEqualTo(3);
    }

    /** Retention rule closed-trajectories: closed before the cutoff goes, with its question; open ones stay. */
    @Test
    void retentionRemovesClosedTrajectoriesWithTheirQuestion() {
        String questionId = read(api.mutateWith(ZC).post().uri("/api/care/questions")
                .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "k-ret-q")
                .bodyValue(Map.of("kind", "MELDING", "requesterKind", "PARTNER", "requesterOrganisation", "GGD",
                        "summary", "Melding"))
                .exchange().expectStatus().isCreated(), "$.id");
        Map<String, Object> body = newTrajectory("Roos", null);
        body.put("questionId", questionId);
        String closed = id(calls.open(ZC, body, "k-ret").expectStatus().isCreated());
        String open = calls.opened(newTrajectory("Sara", null));
        calls.status(ZC, closed, "AFGESLOTEN", "Afgerond").expectStatus().isOk();
        RetentionRule rule = rules.stream().filter(r -> r.recordType().equals("closed-trajectories")).findFirst()
                .orElseThrow();
        Instant now = Instant.now();
        assertThat(rule.apply(REGION, now.minusSeconds(3600), now).block()).isZero();
        assertThat(rule.apply("rotterdam", now.plusSeconds(60), now).block()).isZero();
        assertThat(rule.apply(REGION, now.plusSeconds(60), now).block()).isEqualTo(1);
        assertThat(mongo.findById(closed, StoredTrajectory.class).block()).isNull();
        assertThat(mongo.findById(questionId, CareQuestion.class).block()).isNull();
        assertThat(mongo.findById(open, StoredTrajectory.class).block()).isNotNull();
    }

    @Test
    void otherPackagesReadTrajectoriesThroughTheLookup() {
        String id = calls.opened(newTrajectory("Tess", "GM0193"));
        Zorgtraject found = lookup.byId(REGION, id).block();
        assertThat(found.victim().displayName()).isEqualTo("Tess");
        assertThat(found.victim().birthDate()).isEqualTo(LocalDate.of(2001, 4, 12));
        assertThat(lookup.byId("rotterdam", id).block()).isNull();
        assertThat(lookup.openDuring(REGION, today(), today()).collectList().block()).extracting(Zorgtraject::id)
                .contains(id);
        assertThat(lookup.openDuring(REGION, today().minusYears(2), today().minusYears(1)).collectList().block())
                .isEmpty();
        calls.status(ZC, id, "AFGESLOTEN", "Afgerond").expectStatus().isOk();
        assertThat(lookup.openDuring(REGION, today().plusDays(1), today().plusDays(2)).collectList().block()).isEmpty();
        assertThat(lookup.openDuring(REGION, today(), today()).collectList().block()).extracting(Zorgtraject::id)
                .contains(id);
    }

    static Placement noodbed(String id, String trajectoryId, Instant plannedEnd) {
        Instant started = plannedEnd.minusSeconds(5 * 86400);
        return new Placement(id, REGION, trajectoryId, PlacementType.NOODBED, "humanitas-rotterdam", "humanitas-noodbed",
                PlacementStatus.GEPLAATST, List.of(), null, "GM0193", null, null, null, null, null, null, null, null,
                started, plannedEnd, null, null, null, null, started, 0, List.of());
    }

    static void unprocessable(WebTestClient.ResponseSpec response, String rule) {
        response.expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:unprocessable")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("rule: " + rule));
    }

    static void illegal(WebTestClient.ResponseSpec response) {
        response.expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo("urn:mensenhandel:problem:illegal-transition");
    }
}
