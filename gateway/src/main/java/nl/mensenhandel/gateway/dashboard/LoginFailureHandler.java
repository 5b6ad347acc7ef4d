package nl.mensenhandel.gateway.dashboard;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;

import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.problem.Problems;
import reactor.core.publisher.Mono;

/**
 * A login that Keycloak or the gateway refused (wrong state, invalid id token, token endpoint down) answers
 * 401 as a problem instead of a redirect to a login page the gateway does not have; the reason is logged (an
 * OAuth 2.0 error code and description, never a token or a person's data).
 */
final class LoginFailureHandler implements ServerAuthenticationFailureHandler {

    private static final Log LOG = LogFactory.getLog(LoginFailureHandler.class);

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange exchange, AuthenticationException exception) {
        LOG.warn("dashboard login failed: " + exception.getMessage());
        return Problems.write(exchange.getExchange(), ProblemType.UNAUTHENTICATED,
                "The login did not succeed. Open the dashboard again to log in.");
    }
}
