package nl.mensenhandel.systemtest.fuzz;

import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import nl.mensenhandel.systemtest.Api;

/**
 * Who calls: mostly a demo user whose role may call the operation (so the request reaches validation and
 * the business rules), some with a role that may not, some with no or a broken token. The roles per operation
 * are those the contracts' descriptions state; an operation not listed here is called by every user.
 */
final class Callers {

    /** Rotterdam's care provider's system (client credentials): the coordination API is called by machines. */
    static final String HUMANITAS = "care-provider-humanitas";
    /** enforcement-service's own account (client credentials): it delivers its outbox to signal and care. */
    static final String ENFORCEMENT_SERVICE = "enforcement-service";
    /**
     * Enforcement (issue 10): IJsselland's handhaver, designated for Zwolle by the demo data — writes stay in Zwolle,
     * which no other system test counts (EnforcementIT and the access matrix work in Zaanstad and Heemstede).
     */
    private static final List<String> HANDHAVER = List.of("handhaver.zwolle");
    private static final List<String> AF = List.of("af.zwolle", "af.rotterdam", "af.zwolle", "af.rotterdam",
            "af.zaanstad", "af.heemstede");
    private static final List<String> EVERYONE = List.of("af.zaanstad", "af.zwolle", "af.rotterdam",
            "af.heemstede", "af.purmerend", "af.oostzaan-wormerland", "melder.zaanstad", "zc.zaanstreek",
            "handhaver.zaanstad", "regisseur.zaanstreek", "casustafel.zaanstreek", "monitor.zaanstreek",
            "beheer.zaanstreek");
    private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("createSignal", List.of("melder.zaanstad", "af.zwolle", "af.rotterdam", "handhaver.zaanstad",
                    "zc.zaanstreek")),
            Map.entry("createHandover", AF), Map.entry("decideHandover", AF),
            Map.entry("listSignals", AF), Map.entry("countSignals", AF), Map.entry("getSignal", AF),
            Map.entry("transitionSignal", AF), Map.entry("enrichSignal", AF),
            Map.entry("listDuplicateCandidates", AF), Map.entry("linkSignal", AF),
            Map.entry("revokeSignalLink", AF), Map.entry("discloseToResidence", AF),
            Map.entry("reclassifySignal", AF),
            Map.entry("listAccessLogEntries", List.of("privacy.zaanstreek", "privacy.kennemerland")),
            Map.entry("verifyAccessLog", List.of("privacy.zaanstreek", "privacy.kennemerland")),
            Map.entry("putCategory", List.of("beheer.zaanstreek")), Map.entry("putSector", List.of("beheer.zaanstreek")),
            Map.entry("putMeldpunt", List.of("beheer.zaanstreek")),
            Map.entry("listCases", List.of("casustafel.zaanstreek", "zc.zaanstreek", "regisseur.zaanstreek",
                    "af.zaanstad")),
            Map.entry("openCase", List.of("af.zaanstad")),
            Map.entry("submitToTriage", List.of("af.zaanstad")),
            Map.entry("listPlacements", List.of("zc.zaanstreek")),
            // triage (issue 8): the tables, the AF, and per need to know the zorgcoordinator and the handhaver
            Map.entry("getCase", List.of("casustafel.zaanstreek", "af.zaanstad", "zc.zaanstreek", "handhaver.zaanstad",
                    "regisseur.zaanstreek")),
            Map.entry("recordDecision", List.of("casustafel.zaanstreek", "af.zaanstad")),
            Map.entry("transitionTrack", List.of("casustafel.zaanstreek", "af.zaanstad", "zc.zaanstreek")),
            Map.entry("recordOmConsent", List.of("casustafel.zaanstreek", "af.zaanstad")),
            Map.entry("escalateCase", List.of("casustafel.zaanstreek", "af.zaanstad")),
            Map.entry("getTriageConfiguration", List.of("beheer.zaanstreek", "casustafel.zaanstreek", "af.zaanstad",
                    "regisseur.zaanstreek")),
            // writes only Rotterdam's configuration, which no other system test relies on as it stands
            // (RotterdamAfDecidesIT puts Rotterdam's own back first)
            Map.entry("putTriageConfiguration", List.of("beheer.rotterdam")),
            Map.entry("listMeetings", List.of("casustafel.zaanstreek", "af.zaanstad")),
            // meetings only where no other system test counts agendas (Rotterdam has no table: 422; Zwolle's table)
            Map.entry("scheduleMeeting", List.of("af.rotterdam", "af.zwolle")),
            Map.entry("getMeeting", List.of("casustafel.zaanstreek", "af.zaanstad")),
            Map.entry("listTracks", List.of("casustafel.zaanstreek", "regisseur.zaanstreek", "af.zaanstad")),
            Map.entry("getTriageFigures", List.of("monitor.zaanstreek", "regisseur.zaanstreek")),
            Map.entry("listCareRequests", List.of("zc.zaanstreek")),
            Map.entry("listInspectionRequests", List.of("regisseur.zaanstreek", "handhaver.zaanstad")),
            // service accounts of the platform's services only (triage-service's dispatcher): every user gets 403
            Map.entry("receiveCareRequest", EVERYONE),
            Map.entry("receiveInspectionRequest", EVERYONE),
            Map.entry("recordCaseOutcome", EVERYONE),
            // the inbox: every user reads their own; the SPOED notifications are addressed to AFs and the table
            Map.entry("listMyNotifications", EVERYONE),
            Map.entry("markNotificationRead", List.of("af.zaanstad", "af.heemstede", "casustafel.zaanstreek")),
            // service accounts of the platform's services only: every user is refused (403, a documented problem)
            Map.entry("postNotification", EVERYONE),
            Map.entry("listInspections", List.of("regisseur.zaanstreek", "handhaver.zaanstad", "af.zaanstad")),
            Map.entry("listMunicipalities", List.of("regisseur.zaanstreek", "monitor.zaanstreek",
                    "beheer.zaanstreek", "af.zwolle")),
            // care coordination (issue 9): writes stay in IJsselland (no providers: every reservation is refused) and
            // Rotterdam, whose care data no system test counts (CareCoordinationIT follows its own ids); the cost
            // key only Rotterdam's, so IJsselland's 2022 table (CareCoordinationIT, the README) stays the default
            Map.entry("recordCareQuestion", List.of("zc.ijsselland", "zc.rotterdam", "af.zwolle", "af.rotterdam")),
            Map.entry("listCareQuestions", List.of("zc.ijsselland", "zc.rotterdam", "af.zwolle")),
            Map.entry("getCareQuestion", List.of("zc.ijsselland", "zc.rotterdam", "af.zwolle")),
            Map.entry("openTrajectory", List.of("zc.ijsselland", "zc.rotterdam")),
            Map.entry("listTrajectories", List.of("zc.ijsselland", "zc.rotterdam", "af.zwolle",
                    "casustafel.ijsselland")),
            Map.entry("getTrajectory", List.of("zc.ijsselland", "zc.rotterdam", "af.zwolle", "casustafel.ijsselland")),
            Map.entry("updateTrajectory", List.of("zc.ijsselland", "zc.rotterdam")),
            Map.entry("changeTrajectoryStatus", List.of("zc.ijsselland", "zc.rotterdam")),
            Map.entry("setResponsibleMunicipality", List.of("zc.ijsselland", "zc.rotterdam")),
            Map.entry("listCareProviders", List.of("zc.rotterdam", "beheer.rotterdam", HUMANITAS)),
            Map.entry("publishCapacity", List.of(HUMANITAS)),
            Map.entry("listCapacity", List.of("zc.rotterdam", HUMANITAS)),
            Map.entry("requestPlacement", List.of("zc.ijsselland", "zc.rotterdam")),
            Map.entry("getPlacement", List.of("zc.rotterdam", HUMANITAS)),
            Map.entry("decidePlacement", List.of("zc.rotterdam", HUMANITAS)),
            Map.entry("reportIntake", List.of("zc.rotterdam", HUMANITAS)),
            Map.entry("reportDeparture", List.of("zc.rotterdam", HUMANITAS)),
            Map.entry("getCostAllocation", List.of("zc.ijsselland", "regisseur.ijsselland", "beheer.ijsselland",
                    "beheer.rotterdam")),
            Map.entry("putCostAllocation", List.of("beheer.rotterdam")),
            Map.entry("getComenshaReport", List.of("zc.ijsselland", "zc.rotterdam", "zc.zaanstreek")),
            Map.entry("getComenshaReportCsv", List.of("zc.ijsselland", "zc.rotterdam", "zc.zaanstreek")),
            // enforcement (issue 10): IJsselland's handhaver writes; designations and mandates only Rotterdam's,
            // whose handhavers no system test relies on (the demo data's designations of Zaanstad, Heemstede and
            // Zwolle stay as they are)
            Map.entry("createInspection", HANDHAVER), Map.entry("updateInspection", HANDHAVER),
            Map.entry("recordFinding", HANDHAVER), Map.entry("uploadAttachment", HANDHAVER),
            Map.entry("syncFieldRecords", HANDHAVER),
            Map.entry("getInspection", List.of("handhaver.zwolle", "casustafel.ijsselland")),
            Map.entry("listFindings", List.of("handhaver.zwolle", "casustafel.ijsselland")),
            Map.entry("getAttachment", List.of("handhaver.zwolle", "casustafel.ijsselland")),
            Map.entry("listDesignations", List.of("beheer.ijsselland", "regisseur.ijsselland", "handhaver.zwolle")),
            Map.entry("putDesignation", List.of("beheer.rotterdam")), Map.entry("putMandate", List.of("beheer.rotterdam")),
            Map.entry("listInstruments", List.of("handhaver.zwolle", "regisseur.ijsselland", "casustafel.ijsselland",
                    "af.zwolle", "beheer.ijsselland")),
            Map.entry("proposeMeasure", HANDHAVER), Map.entry("advanceMeasure", HANDHAVER),
            Map.entry("fileLegalRemedy", HANDHAVER), Map.entry("decideLegalRemedy", HANDHAVER),
            Map.entry("recordWrittenDecision", HANDHAVER),
            Map.entry("listMeasures", List.of("handhaver.zwolle", "regisseur.ijsselland")),
            Map.entry("getMeasure", List.of("handhaver.zwolle", "regisseur.ijsselland")),
            Map.entry("applyForPermit", HANDHAVER), Map.entry("putBibobScreening", HANDHAVER),
            Map.entry("decidePermitApplication", HANDHAVER),
            Map.entry("listPermitApplications", List.of("handhaver.zwolle", "regisseur.ijsselland")),
            Map.entry("getPermitApplication", List.of("handhaver.zwolle", "regisseur.ijsselland")),
            Map.entry("getEnforcementFigures", List.of("regisseur.ijsselland", "monitor.zaanstreek")),
            Map.entry("listEmergencyHousingRequests", List.of("zc.ijsselland", "zc.rotterdam")),
            // what enforcement-service's outbox delivers: its own account only (the bodies name IJsselland or
            // Rotterdam municipalities, Pools.WRITE_MUNICIPALITIES); every user gets 403
            Map.entry("receiveInspectionSignal", List.of(ENFORCEMENT_SERVICE)),
            Map.entry("receiveEmergencyHousingRequest", List.of(ENFORCEMENT_SERVICE)));

    /** Machine clients among the callers (client credentials, demo secrets of the demo realm). */
    static final Map<String, String> CLIENT_SECRETS = Map.of(HUMANITAS, "humanitas-demo-secret",
            ENFORCEMENT_SERVICE, "enforcement-service-demo-secret");

    private Callers() {
    }

    /** How a request authenticates: a demo user's token, or a literal Authorization header, or none. */
    record Caller(String user, String rawAuthorization, String label) {

        static Caller none() {
            return new Caller(null, null, "no-token");
        }

        /** The caller's bearer token: a demo user's password grant, or a machine client's client credentials. */
        String token() {
            String secret = CLIENT_SECRETS.get(user);
            return secret != null ? Api.clientToken(user, secret) : Api.token(user);
        }
    }

    /**
     * The huge token (twice a real one) stays below the HTTP server's 8 KiB header limit together with the longest
     * header value the requests try (an Idempotency-Key of 5,000 characters, {@code RequestArbitraries}): larger
     * headers are refused by Netty itself (431, no body) before any platform code runs, outside what the contracts
     * describe.
     */
    static Arbitrary<Caller> of(Operation operation) {
        Arbitrary<Caller> broken = Arbitraries.of(
                new Caller(null, "Bearer not-a-jwt", "bad-token"),
                new Caller(null, "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "alg-none-token"),
                new Caller(null, "Basic ZGVtbzpkZW1v", "basic-auth"),
                new Caller(null, "Bearer " + "x".repeat(2500), "huge-token"));
        if (operation.isPublic()) {
            // a token sent along to a public operation is neither checked nor used
            return Arbitraries.frequencyOf(Tuple.of(85, Arbitraries.just(Caller.none())),
                    Tuple.of(10, Arbitraries.of(EVERYONE).map(u -> new Caller(u, null, "token-ignored"))),
                    Tuple.of(5, broken));
        }
        List<String> allowed = ALLOWED.getOrDefault(operation.operationId(), EVERYONE);
        List<String> others = EVERYONE.stream().filter(u -> !allowed.contains(u)).toList();
        Arbitrary<Caller> mayCall = Arbitraries.of(allowed).map(u -> new Caller(u, null, "role-allowed"));
        Arbitrary<Caller> mayNot = others.isEmpty() ? mayCall
                : Arbitraries.of(others).map(u -> new Caller(u, null, "role-other"));
        return Arbitraries.frequencyOf(Tuple.of(70, mayCall), Tuple.of(18, mayNot),
                Tuple.of(7, Arbitraries.just(Caller.none())), Tuple.of(5, broken));
    }
}
