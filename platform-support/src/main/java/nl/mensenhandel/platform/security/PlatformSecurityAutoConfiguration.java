package nl.mensenhandel.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import reactor.core.publisher.Mono;

/**
 * Zero trust in every service: each validates the relayed token itself. Only the health, info and
 * prometheus endpoints are open. Authorization beyond "authenticated" is decided in the domain code, with the
 * tenant context, because it depends on region, municipality and role together.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration" })
@EnableWebFluxSecurity
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class PlatformSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ReactiveJwtDecoder platformJwtDecoder(PlatformSecurityProperties properties) {
        return PlatformJwtDecoders.create(properties);
    }

    /**
     * Spring Security observes nothing: it would wrap every filter of every chain, and the authentication and
     * authorization managers, in observations on each request (management.observations.enable.spring.security=false
     * alone only turns those into no-ops, still created per filter). The request's own observation and trace are
     * kept; issue 12 §2: "keep only the filters that earn their cost".
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings platformSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    IdentityProviderUnavailableHandler identityProviderUnavailableHandler() {
        return new IdentityProviderUnavailableHandler();
    }

    /**
     * The bearer-token chain for every path no other chain claims. A component may add chains of its own for
     * other paths, ordered before this one (the gateway's dashboard login); they do not replace it. Stateless:
     * no security context is ever read from or written to a session, so a session cookie never authenticates
     * a request here, whatever another chain stored in the session.
     */
    @Bean
    @ConditionalOnMissingBean(name = "platformSecurityFilterChain")
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityWebFilterChain platformSecurityFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
            PlatformSecurityProperties properties) {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers();
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RealmRoleAuthorities());
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(ex -> {
                    // prometheus: scraped inside the cluster on the component's own (management) port; the gateway
                    // never routes /actuator/** (docs/architecture.md "Observability")
                    ex.pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
                            "/actuator/prometheus").permitAll();
                    if (!properties.publicPaths().isEmpty()) {
                        ex.pathMatchers(properties.publicPaths().toArray(String[]::new)).permitAll();
                    }
                    ex.anyExchange().authenticated();
                })
                .oauth2ResourceServer(rs -> rs
                        .bearerTokenConverter(ignoringPublicPaths(properties))
                        .jwt(jwt -> jwt.jwtDecoder(decoder)
                                .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(converter)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /** On a public path a bearer token is not even read: a stale token must not turn a public call into a 401. */
    private static ServerAuthenticationConverter ignoringPublicPaths(PlatformSecurityProperties properties) {
        ServerAuthenticationConverter bearer = new BearerTokenConverter();
        if (properties.publicPaths().isEmpty()) {
            return bearer;
        }
        ServerWebExchangeMatcher publicPaths = ServerWebExchangeMatchers
                .pathMatchers(properties.publicPaths().toArray(String[]::new));
        return exchange -> publicPaths.matches(exchange)
                .flatMap(match -> match.isMatch() ? Mono.empty() : bearer.convert(exchange));
    }
}
