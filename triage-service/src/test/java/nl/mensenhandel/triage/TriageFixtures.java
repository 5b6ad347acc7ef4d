package nl.mensenhandel.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.tables.TableRef;

/** Callers and casussen of the demo regions' default tables (application.yml {@code triage.regions}). */
public final class TriageFixtures {

    public static final String IJSSELLAND = "ijsselland";
    public static final String ZWOLLE = "GM0193";
    public static final String DEVENTER = "GM0150";
    public static final String KENNEMERLAND = "kennemerland";
    public static final String HEEMSTEDE = "GM0397";
    public static final String ROTTERDAM = "rotterdam";
    public static final String ROTTERDAM_GM = "GM0599";
    public static final TableRef WEEGTAFEL = new TableRef("weeg-en-monitortafel-ijsselland",
            "Weeg- en monitortafel IJsselland");
    public static final TableRef SIGNALENOVERLEG = new TableRef("signalenoverleg-heemstede",
            "Signalenoverleg Heemstede");
    public static final TableRef LOO = new TableRef("loo-heemstede", "Lokaal Overleg Ondermijning Heemstede");

    private TriageFixtures() {
    }

    /** A user as Keycloak's token has them: region, municipalities, organisation, one realm role. */
    public static JwtMutator user(String username, String region, String organisation, String role,
            String... municipalities) {
        return SecurityMockServerConfigurers.mockJwt().jwt(jwt -> jwt
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .claim("preferred_username", username)
                .claim("region", region)
                .claim("municipalities", List.of(municipalities))
                .claim("organisation", organisation)
                .claim("realm_access", Map.of("roles", List.of(role))));
    }

    /** A casus as opened, on the agenda of {@code table} (null: the AF decides). */
    public static Casus casus(String region, String municipality, TableRef table, String... signalIds) {
        return Casus.opened(UUID.randomUUID().toString(), region, List.of(municipality), List.of(signalIds),
                "XX-2026-0001", table, "Samenvatting voor de tafel: woning met veel matrassen", "af-subject",
                Instant.now(), false, List.of(), List.of());
    }

    public static String signal() {
        return UUID.randomUUID().toString();
    }

    public static String inDays(int days) {
        return LocalDate.now().plusDays(days).toString();
    }
}
