package nl.mensenhandel.systemtest.security;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import nl.mensenhandel.systemtest.Api;
import tools.jackson.databind.JsonNode;

/**
 * The demo callers of the two regions the attack suite plays: one per realm role in each (deploy/keycloak;
 * password {@code demo}, care providers by client credentials).
 */
final class Callers {

    static final String A = "zaanstreek-waterland";
    static final String B = "kennemerland";

    /** A demo user or machine client playing one role in one region. */
    record Caller(String name, String role, String region, Supplier<String> token) {

        /** A claim of the caller's real token (e.g. {@code provider}). */
        String claim(String name) {
            JsonNode claims = Api.JSON.readTree(Base64.getUrlDecoder().decode(token.get().split("\\.")[1]));
            return claims.path(name).isMissingNode() ? null : claims.path(name).asString();
        }

        @Override
        public String toString() {
            return name + " (" + role + ", " + region + ")";
        }
    }

    private static final Map<String, List<Caller>> BY_REGION = Map.of(
            A, List.of(
                    user("melder.zaanstad", "melder", A),
                    user("af.zaanstad", "aandachtsfunctionaris", A),
                    user("casustafel.zaanstreek", "casustafel", A),
                    user("zc.zaanstreek", "zorgcoordinator", A),
                    client("care-provider-querido", "querido-demo-secret", A),
                    user("handhaver.zaanstad", "handhaver", A),
                    user("regisseur.zaanstreek", "beleidsregisseur", A),
                    user("monitor.zaanstreek", "monitor-lezer", A),
                    user("beheer.zaanstreek", "regio-beheerder", A),
                    user("privacy.zaanstreek", "privacy-officer", A)),
            B, List.of(
                    user("melder.heemstede", "melder", B),
                    user("af.heemstede", "aandachtsfunctionaris", B),
                    user("casustafel.kennemerland", "casustafel", B),
                    user("zc.kennemerland", "zorgcoordinator", B),
                    client("care-provider-scharlakenkoord", "scharlakenkoord-demo-secret", B),
                    user("handhaver.heemstede", "handhaver", B),
                    user("regisseur.kennemerland", "beleidsregisseur", B),
                    user("monitor.kennemerland", "monitor-lezer", B),
                    user("beheer.kennemerland", "regio-beheerder", B),
                    user("privacy.kennemerland", "privacy-officer", B)));

    /** The region's home municipality: where its fixtures live (Zaanstad, Heemstede). */
    static final Map<String, String> HOME = Map.of(A, "GM0479", B, "GM0397");

    /** An AF of region A who does not serve Zaanstad: the "allowed role, outside its scope" caller. */
    static final Caller AF_OUTSIDE_SCOPE = user("af.purmerend", "aandachtsfunctionaris", A);

    private Callers() {
    }

    static List<Caller> of(String region) {
        return BY_REGION.get(region);
    }

    static Caller role(String region, String role) {
        return of(region).stream().filter(c -> c.role().equals(role)).findFirst().orElseThrow();
    }

    static String other(String region) {
        return A.equals(region) ? B : A;
    }

    /**
     * The platform services' own accounts (client credentials, demo secret {@code <client>-demo-secret}) that the
     * receiver of a service-to-service row lists (access-matrix.yaml, the row's comment): the suite calls the row as
     * them for each region and expects its success. A row not named here is checked for its deny only.
     */
    private static final Map<String, List<String>> SERVICE_ACCOUNTS = Map.of(
            "receiveInspectionSignal", List.of("enforcement-service"),
            "receiveEmergencyHousingRequest", List.of("enforcement-service"),
            "getSignalStatistics", List.of("monitor-service"),
            "getTriageStatistics", List.of("monitor-service"),
            "getCareStatistics", List.of("monitor-service"),
            "getEnforcementStatistics", List.of("monitor-service"));

    static List<Caller> serviceAccountsFor(String operationId) {
        return SERVICE_ACCOUNTS.getOrDefault(operationId, List.of()).stream()
                .map(client -> new Caller(client, AccessMatrix.SERVICE_ACCOUNT, "platform",
                        () -> Api.clientToken(client, client + "-demo-secret")))
                .toList();
    }

    private static Caller user(String username, String role, String region) {
        return new Caller(username, role, region, () -> Api.token(username));
    }

    private static Caller client(String clientId, String secret, String region) {
        return new Caller(clientId, "zorgaanbieder", region, () -> Api.clientToken(clientId, secret));
    }
}
