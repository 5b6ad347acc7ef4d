package nl.mensenhandel.gateway.support;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Real RS256 tokens signed with a test key whose public half the fake Keycloak serves as JWKS. */
public final class TestTokens {

    public static final String ISSUER = "http://keycloak.test/realms/mensenhandel";
    public static final String AUDIENCE = "mensenhandel-api";

    private static final RSAKey KEY = generate("gateway-test-key");
    private static final RSAKey OTHER_KEY = generate("gateway-test-key");

    private TestTokens() {
    }

    public static String jwks() {
        return new JWKSet(KEY.toPublicJWK()).toString();
    }

    /** A valid token for client {@code azp} and user {@code sub}. */
    public static String valid(String azp, String sub) {
        return builder(azp, sub).sign();
    }

    public static String valid() {
        return valid("mensenhandel-web", "user-" + UUID.randomUUID());
    }

    public static Builder builder(String azp, String sub) {
        return new Builder(azp, sub);
    }

    public static final class Builder {

        private final JWTClaimsSet.Builder claims;
        private RSAKey key = KEY;

        private Builder(String azp, String sub) {
            Instant now = Instant.now();
            claims = new JWTClaimsSet.Builder()
                    .issuer(ISSUER)
                    .audience(List.of(AUDIENCE, "account"))
                    .subject(sub)
                    .claim("azp", azp)
                    .claim("region", "zaanstreek-waterland")
                    .claim("realm_access", Map.of("roles", List.of("aandachtsfunctionaris")))
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plusSeconds(300)))
                    .jwtID(UUID.randomUUID().toString());
        }

        public Builder issuer(String issuer) {
            claims.issuer(issuer);
            return this;
        }

        public Builder audience(String... audience) {
            claims.audience(List.of(audience));
            return this;
        }

        public Builder claim(String name, Object value) {
            claims.claim(name, value);
            return this;
        }

        public Builder expiredSecondsAgo(long seconds) {
            Instant exp = Instant.now().minusSeconds(seconds);
            claims.issueTime(Date.from(exp.minusSeconds(300))).expirationTime(Date.from(exp));
            return this;
        }

        /** Signed with a key the JWKS does not hold (same key id, so only the signature is wrong). */
        public Builder signedWithUnknownKey() {
            key = OTHER_KEY;
            return this;
        }

        public String sign() {
            try {
                SignedJWT jwt = new SignedJWT(
                        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
