package nl.mensenhandel.platform.client;

import java.util.concurrent.Callable;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs a blocking generated-client call off the Netty event loop, on Reactor's bounded-elastic
 * scheduler, with the current caller's token relayed.
 */
public final class BlockingClientCalls {

    private BlockingClientCalls() {
    }

    public static <T> Mono<T> withCallerToken(Callable<T> call) {
        return ReactiveSecurityContextHolder.getContext()
                .map(ctx -> ctx.getAuthentication())
                .filter(AbstractOAuth2TokenAuthenticationToken.class::isInstance)
                .map(auth -> ((AbstractOAuth2TokenAuthenticationToken<?>) auth).getToken().getTokenValue())
                .defaultIfEmpty("")
                .flatMap(token -> Mono.fromCallable(() -> RelayedToken.with(token.isEmpty() ? null : token, call))
                        .subscribeOn(Schedulers.boundedElastic()));
    }
}
