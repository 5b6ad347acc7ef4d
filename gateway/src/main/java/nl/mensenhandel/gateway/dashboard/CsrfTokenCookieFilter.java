package nl.mensenhandel.gateway.dashboard;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Spring Security creates the CSRF token lazily; the dashboard is static HTML that cannot embed one, so this
 * filter asks for the token on every dashboard request, which makes the cookie repository write the
 * {@code XSRF-TOKEN} cookie the page's logout form sends back. The cookie holds only that random value.
 */
final class CsrfTokenCookieFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty());
        return token.then(chain.filter(exchange));
    }
}
