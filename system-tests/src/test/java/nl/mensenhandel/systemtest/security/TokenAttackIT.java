package nl.mensenhandel.systemtest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import nl.mensenhandel.systemtest.Api;
import nl.mensenhandel.systemtest.RunningPlatform;

/**
 * Issue 6 §1, token attacks: every service directly (8081-8085) and the gateway (8080), each on a
 * protected operation, refuse every token that is not a genuine, current token of this realm for the
 * platform's audience — with 401 and {@code application/problem+json}, never a 5xx and never the data.
 * The forged tokens copy the claims of a real token (region, roles, municipalities), so only the attacked
 * property is wrong.
 */
@ExtendWith(RunningPlatform.class)
class TokenAttackIT {

    /** A protected read per component; a real token gets 200 there (checked), so a 401 means the token. */
    private static final Map<String, String> TARGETS = new LinkedHashMap<>();
    private static final Map<String, String> USER_PER_TARGET = Map.of(
            "/api/signals", "af.zaanstad", "/api/cases", "casustafel.zaanstreek", "/api/care/placements",
            "zc.zaanstreek", "/api/enforcement/inspections", "handhaver.zaanstad", "/api/monitor/municipalities",
            "regisseur.zaanstreek");

    private static RSAKey realmKey;

    @BeforeAll
    static void targets() throws Exception {
        String gateway = RunningPlatform.gatewayUrl();
        TARGETS.put("gateway " + gateway + "/api/signals", gateway + "/api/signals");
        TARGETS.put("gateway " + gateway + "/api/cases", gateway + "/api/cases");
        TARGETS.put("gateway " + gateway + "/api/care/placements", gateway + "/api/care/placements");
        TARGETS.put("gateway " + gateway + "/api/enforcement/inspections", gateway + "/api/enforcement/inspections");
        TARGETS.put("gateway " + gateway + "/api/monitor/municipalities", gateway + "/api/monitor/municipalities");
        TARGETS.put("signal-service", "http://localhost:8081/api/signals");
        TARGETS.put("triage-service", "http://localhost:8082/api/cases");
        TARGETS.put("care-coordination-service", "http://localhost:8083/api/care/placements");
        TARGETS.put("enforcement-service", "http://localhost:8084/api/enforcement/inspections");
        TARGETS.put("monitor-service", "http://localhost:8085/api/monitor/municipalities");

        var jwks = Api.get(issuer() + "/protocol/openid-connect/certs", null);
        assertThat(jwks.status()).as(jwks.body()).isEqualTo(200);
        realmKey = JWKSet.parse(jwks.body()).getKeys().stream()
                .filter(k -> k instanceof RSAKey && (k.getKeyUse() == null || k.getKeyUse() == KeyUse.SIGNATURE)
                        && (k.getAlgorithm() == null || JWSAlgorithm.RS256.equals(k.getAlgorithm())))
                .map(JWK::toRSAKey).findFirst().orElseThrow();
    }

    @Test
    void everyForgedOrForeignTokenIsRefusedWith401ProblemByEveryServiceAndTheGateway() throws Exception {
        List<String> violations = new ArrayList<>();
        int checks = 0;
        for (var target : TARGETS.entrySet()) {
            String url = target.getValue();
            String user = USER_PER_TARGET.get(url.substring(url.indexOf("/api/")));
            String realToken = Api.token(user);

            var genuine = Api.call("GET", url, realToken, null, Map.of());
            assertThat(genuine.status()).as(target.getKey() + " with a real token of " + user + ": " + genuine.body())
                    .isEqualTo(200);

            // a real token is accepted only in the Authorization header: in the query it would end up in logs
            var inQuery = Api.call("GET", url + "?access_token=" + realToken, null, null, Map.of());
            checks++;
            if (inQuery.status() != 401) {
                violations.add(target.getKey() + " / real token as ?access_token=: expected 401, got " + inQuery.status());
            }
            for (var attack : attacks(realToken).entrySet()) {
                Api.Response response = Api.call("GET", url, attack.getValue(), null, Map.of());
                checks++;
                String type = response.header("Content-Type");
                if (response.status() != 401 || type == null || !type.startsWith("application/problem+json")) {
                    violations.add(target.getKey() + " / " + attack.getKey() + ": expected 401 problem+json, got "
                            + response.status() + " " + type + " " + response.body());
                }
            }
        }
        System.out.printf("[token-attacks] %d components x %d attacks (incl. a real token in the query) = %d checks%n",
                TARGETS.size(), checks / TARGETS.size(), checks);
        assertThat(violations).withFailMessage(() -> String.join("\n", violations)).isEmpty();
    }

    /**
     * The one way in without a token is the public prefix; a path that only looks public (dot segments,
     * encoded slashes, case, matrix parameters, double slashes) must not reach a protected operation.
     */
    @Test
    void aPathThatMerelyLooksPublicReachesNoProtectedOperationWithoutAToken() {
        List<String> violations = new ArrayList<>();
        List<String> tricks = List.of("/api/public/../signals", "/api/public/%2e%2e/signals",
                "/api/public/..%2fsignals", "/api/public/%2e%2e%2fsignals", "/api/public%2f..%2fsignals",
                "//api/signals", "/api/signals/", "/API/signals", "/api/signals;public", "/api/public/../../api/signals",
                "/api/public/..;/signals", "/api/public/%2e%2e/%2e%2e/api/cases");
        int checks = 0;
        for (String base : List.of(RunningPlatform.gatewayUrl(), "http://localhost:8081")) {
            for (String path : tricks) {
                Api.Response response;
                try {
                    response = Api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).GET());
                } catch (IllegalArgumentException unsendable) {
                    continue; // the client itself refuses the URI: nothing reached the platform
                }
                checks++;
                if (response.status() < 400 || response.status() >= 500) {
                    violations.add(base + path + " without a token: " + response.status() + " " + response.body());
                }
            }
        }
        System.out.printf("[token-attacks] %d public-looking paths without a token%n", checks);
        assertThat(checks).isPositive();
        assertThat(violations).withFailMessage(() -> String.join("\n", violations)).isEmpty();
    }

    /** Each attack by name: the bearer token to send (null: none at all). */
    private static Map<String, String> attacks(String realToken) throws Exception {
        JWTClaimsSet real = SignedJWT.parse(realToken).getJWTClaimsSet();
        RSAKey attackerSameKid = new RSAKeyGenerator(2048).keyID(realmKey.getKeyID()).generate();
        RSAKey attackerOwnKid = new RSAKeyGenerator(2048).keyID("attacker-" + UUID.randomUUID()).generate();
        Instant now = Instant.now();

        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("no token", null);
        attacks.put("not a JWT", "not-a-jwt");
        attacks.put("alg none", new PlainJWT(fresh(real, now)).serialize());
        attacks.put("alg none, signature of the real token kept", new PlainJWT(fresh(real, now)).serialize()
                + realToken.substring(realToken.lastIndexOf('.') + 1));

        // the realm's public key as an HMAC secret, in the forms a confused verifier might use
        RSAPublicKey publicKey = realmKey.toRSAPublicKey();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(publicKey.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        attacks.put("HS256 with the realm's public key (PEM) as secret", hmac(fresh(real, now), pem.getBytes()));
        attacks.put("HS256 with the realm's public key (DER) as secret", hmac(fresh(real, now), publicKey.getEncoded()));
        attacks.put("HS256 with the realm's public JWK as secret", hmac(fresh(real, now),
                realmKey.toPublicJWK().toJSONString().getBytes()));

        Map<String, UnaryOperator<JWTClaimsSet.Builder>> claims = new LinkedHashMap<>();
        claims.put("valid claims", c -> c);
        claims.put("wrong issuer", c -> c.issuer(RunningPlatform.keycloakUrl() + "/realms/attacker"));
        claims.put("expired", c -> c.issueTime(Date.from(now.minus(Duration.ofHours(2))))
                .expirationTime(Date.from(now.minus(Duration.ofHours(1)))));
        claims.put("not yet valid", c -> c.notBeforeTime(Date.from(now.plus(Duration.ofHours(1)))));
        claims.put("wrong audience", c -> c.audience("another-api"));
        for (var c : claims.entrySet()) {
            JWTClaimsSet forged = c.getValue().apply(new JWTClaimsSet.Builder(fresh(real, now))).build();
            attacks.put(c.getKey() + ", signed by an attacker's key with the realm's kid", rsa(forged, attackerSameKid));
            attacks.put(c.getKey() + ", signed by an attacker's key with its own kid", rsa(forged, attackerOwnKid));
        }

        // a real token with one byte of its signature flipped
        String[] parts = realToken.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        attacks.put("bad signature (one byte flipped)", parts[0] + "." + parts[1] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
        // the real token's signature on other claims (a tampered payload: another region)
        JWTClaimsSet otherRegion = new JWTClaimsSet.Builder(real).claim("region", "kennemerland").build();
        attacks.put("tampered payload (region changed), real signature", parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(otherRegion.toString().getBytes()) + "."
                + parts[2]);

        // genuinely signed by this realm, but not for this API
        attacks.put("real token without the mensenhandel-api audience (client platform-cli-no-audience)",
                Api.passwordToken("platform-cli-no-audience", "af.zaanstad"));
        // genuinely signed by Keycloak, with another realm's key
        attacks.put("real token of another realm (master)", masterRealmToken());
        return attacks;
    }

    /** The real token's claims with a current issue and expiry time (so only the attacked property is wrong). */
    private static JWTClaimsSet fresh(JWTClaimsSet real, Instant now) {
        return new JWTClaimsSet.Builder(real).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString()).build();
    }

    private static String hmac(JWTClaimsSet claims, byte[] secret) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(realmKey.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    private static String rsa(JWTClaimsSet claims, RSAKey key) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** A real token of Keycloak's master realm (local admin, dev only): signed by another realm's key. */
    private static String masterRealmToken() {
        var response = Api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(RunningPlatform.keycloakUrl()
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin")));
        assertThat(response.status()).as("a master-realm token (local Keycloak admin): " + response.body())
                .isEqualTo(200);
        return response.json().get("access_token").asString();
    }

    private static String issuer() {
        return RunningPlatform.keycloakUrl() + "/realms/" + RunningPlatform.realm();
    }
}
