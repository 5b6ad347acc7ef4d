package nl.mensenhandel.triage.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.CasusStatus;
import nl.mensenhandel.triage.cases.Decision;
import reactor.core.publisher.Mono;

/**
 * The agenda of a meeting, derived from the casussen when it is read — never stored, so it cannot fall behind
 * (contract scheduleMeeting: "a casus that arrives later joins the next planned meeting").
 * <ul>
 * <li>A meeting in which no decision was recorded yet is planned ({@code GEPLAND}): its agenda is every casus of
 * the region waiting at its table (status {@code AANGEMELD} or {@code IN_WEGING}), urgent ones first (issue 8 §7:
 * an urgent casus is put on the next meeting), then the oldest first.</li>
 * <li>A meeting some casus holds a decision of ({@link Decision#meetingId()}) was held ({@code GEHOUDEN}): its
 * agenda is the casussen decided in it, each with that decision, in the order they were decided.</li>
 * </ul>
 * An aandachtsfunctionaris sees only the items of the municipalities they serve ({@link MeetingAccessPolicy}).
 */
@Component
class Agendas {

    /** Where a casus waits for the table: put on its agenda, or being weighed there. */
    static final List<CasusStatus> WAITING = List.of(CasusStatus.AANGEMELD, CasusStatus.IN_WEGING);

    /** One casus on an agenda; {@code decisionId} only for a held meeting. */
    record Item(String caseId, String reference, List<String> municipalityCodes, boolean urgent, String decisionId) {
    }

    /** A meeting as read: held or not, and its agenda as far as the reader may see it. */
    record View(Meeting meeting, boolean held, List<Item> agenda) {

        List<String> caseIds() {
            return agenda.stream().map(Item::caseId).toList();
        }
    }

    private static final Comparator<Casus> URGENT_THEN_OLDEST = Comparator.comparing((Casus casus) -> !casus.urgent())
            .thenComparing(Casus::createdAt, Comparator.nullsLast(Comparator.naturalOrder()));

    private final RegionScopedMongo mongo;
    private final MeetingAccessPolicy access;

    Agendas(RegionScopedMongo mongo, MeetingAccessPolicy access) {
        this.mongo = mongo;
        this.access = access;
    }

    /** The ids among {@code meetingIds} in which a decision was recorded (held meetings). */
    Mono<Set<String>> held(TenantContext caller, List<String> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Mono.just(Set.of());
        }
        Set<String> asked = Set.copyOf(meetingIds);
        return decidedIn(caller, meetingIds)
                .map(cases -> cases.stream().flatMap(casus -> casus.decisions().stream())
                        .map(Decision::meetingId).filter(asked::contains).collect(Collectors.toUnmodifiableSet()));
    }

    /** The meetings with their agendas, in the order given. */
    Mono<List<View>> of(TenantContext caller, List<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return Mono.just(List.of());
        }
        Optional<Set<String>> visible = access.visibleMunicipalities(caller);
        List<String> ids = meetings.stream().map(Meeting::id).toList();
        return decidedIn(caller, ids).flatMap(decided -> {
            Map<String, List<Item>> heldAgendas = heldAgendas(decided, Set.copyOf(ids), visible);
            List<String> plannedTables = meetings.stream().filter(m -> !heldAgendas.containsKey(m.id()))
                    .map(Meeting::tableId).distinct().toList();
            return waitingAt(caller, plannedTables).map(waiting -> {
                Map<String, List<Item>> byTable = waiting.stream()
                        .filter(casus -> MeetingAccessPolicy.visible(visible, casus.municipalityCodes()))
                        .sorted(URGENT_THEN_OLDEST)
                        .collect(Collectors.groupingBy(casus -> casus.table().id(),
                                Collectors.mapping(casus -> item(casus, null), Collectors.toList())));
                return meetings.stream().map(meeting -> heldAgendas.containsKey(meeting.id())
                        ? new View(meeting, true, heldAgendas.get(meeting.id()))
                        : new View(meeting, false, byTable.getOrDefault(meeting.tableId(), List.of()))).toList();
            });
        });
    }

    private Mono<List<Casus>> decidedIn(TenantContext caller, List<String> meetingIds) {
        return mongo.find(caller, new Query(Criteria.where("decisions.meetingId").in(meetingIds)), Casus.class)
                .collectList();
    }

    private Mono<List<Casus>> waitingAt(TenantContext caller, List<String> tableIds) {
        if (tableIds.isEmpty()) {
            return Mono.just(List.of());
        }
        return mongo.find(caller, new Query(Criteria.where("table.id").in(tableIds).and("status").in(
                WAITING.stream().map(Enum::name).toList())), Casus.class).collectList();
    }

    /**
     * Per held meeting its decided casussen (a meeting counts as held as soon as one decision names it, even when
     * the reader may see none of its items).
     */
    private static Map<String, List<Item>> heldAgendas(List<Casus> decided, Set<String> meetingIds,
            Optional<Set<String>> visible) {
        record Decided(String meetingId, Instant decidedAt, Item item, boolean visible) {
        }
        List<Decided> all = new ArrayList<>();
        for (Casus casus : decided) {
            boolean maySee = MeetingAccessPolicy.visible(visible, casus.municipalityCodes());
            for (Decision decision : casus.decisions()) {
                if (decision.meetingId() != null && meetingIds.contains(decision.meetingId())) {
                    all.add(new Decided(decision.meetingId(), decision.decidedAt(), item(casus, decision.id()),
                            maySee));
                }
            }
        }
        return all.stream()
                .sorted(Comparator.comparing(Decided::decidedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .collect(Collectors.groupingBy(Decided::meetingId, Collectors.filtering(Decided::visible,
                        Collectors.mapping(Decided::item, Collectors.toList()))));
    }

    private static Item item(Casus casus, String decisionId) {
        return new Item(casus.id(), casus.reference(), casus.municipalityCodes(), casus.urgent(), decisionId);
    }
}
