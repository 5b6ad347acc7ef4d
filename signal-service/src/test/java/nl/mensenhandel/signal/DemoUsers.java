package nl.mensenhandel.signal;

import java.util.List;

import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

import nl.mensenhandel.platform.testing.TestJwts;

/** The demo realm's users the signal-service tests act as, with the claims Keycloak gives them. */
public final class DemoUsers {

    public static final JwtMutator MELDER = TestJwts.user("melder.zaanstad", "zaanstreek-waterland",
            List.of("GM0479"), "melder");
    public static final JwtMutator AF_ZAANSTAD = TestJwts.user("af.zaanstad", "zaanstreek-waterland",
            List.of("GM0479"), "aandachtsfunctionaris");
    public static final JwtMutator AF_PURMEREND = TestJwts.user("af.purmerend", "zaanstreek-waterland",
            List.of("GM0439"), "aandachtsfunctionaris");
    public static final JwtMutator AF_HEEMSTEDE = TestJwts.user("af.heemstede", "kennemerland",
            List.of("GM0397"), "aandachtsfunctionaris");
    public static final JwtMutator HANDHAVER = TestJwts.user("handhaver.zaanstad", "zaanstreek-waterland",
            List.of("GM0479"), "handhaver");

    private DemoUsers() {
    }
}
