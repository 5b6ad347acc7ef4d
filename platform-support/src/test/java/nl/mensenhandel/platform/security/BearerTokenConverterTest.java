package nl.mensenhandel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;

/**
 * The converter replaces Spring Security's (for its per-request regular expression); it must answer exactly as
 * Spring's does with its defaults: the same token, the same "no token", the same "malformed".
 */
class BearerTokenConverterTest {

    private final BearerTokenConverter ours = new BearerTokenConverter();
    private final ServerBearerTokenAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();

    @Test
    void readsTheTokenOfABearerHeader() {
        String token = LocalSigningKey.token(claims -> { });
        Authentication read = ours.convert(exchange("Bearer " + token)).block();
        assertThat(read).isInstanceOf(BearerTokenAuthenticationToken.class);
        assertThat(((BearerTokenAuthenticationToken) read).getToken()).isEqualTo(token);
    }

    @Test
    void answersAsSpringSecurityDoesForEveryKindOfHeader() {
        List<String> headers = new ArrayList<>(List.of(
                "Bearer abc.def.ghi", "bearer abc.def.ghi", "BEARER abc", "Bearer abc==", "Bearer a=b",
                "Bearer ", "Bearer", "Bearerabc", "Bearer  abc", "Bearer abc ", "Bearer ab c", "Bearer abc%",
                "Basic dXNlcjpwYXNz", "Token abc", "", "Bear", "Bearer ===", "Bearer a-._~+/=",
                "Bearer é", "Bearer\tabc"));
        Random random = new Random(12);
        String alphabet = "aZ09-._~+/= %\té";
        for (int i = 0; i < 2000; i++) {
            StringBuilder value = new StringBuilder(random.nextBoolean() ? "Bearer " : "bearer");
            for (int n = random.nextInt(8); n > 0; n--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            headers.add(value.toString());
        }
        for (String header : headers) {
            assertThat(outcome(ours, header)).as("Authorization: %s", header).isEqualTo(outcome(spring, header));
        }
    }

    @Test
    void noAuthorizationHeaderIsNoToken() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/signals"));
        assertThat(ours.convert(exchange).blockOptional()).isEmpty();
    }

    private static String outcome(org.springframework.security.web.server.authentication.ServerAuthenticationConverter c,
            String header) {
        try {
            Authentication a = c.convert(exchange(header)).block();
            return a == null ? "none" : "token:" + ((BearerTokenAuthenticationToken) a).getToken();
        } catch (RuntimeException e) {
            return "error:" + e.getClass().getSimpleName();
        }
    }

    private static MockServerWebExchange exchange(String authorization) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/signals")
                .header(HttpHeaders.AUTHORIZATION, authorization));
    }
}
