package nl.mensenhandel.platform.client;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import feign.RequestInterceptor;
import reactor.core.publisher.Hooks;

/** Every Feign client of a service relays the caller's token (zero trust: the callee checks it again). */
@AutoConfiguration
@ConditionalOnClass(RequestInterceptor.class)
public class RelayedTokenAutoConfiguration {

    private static final Log LOG = LogFactory.getLog(RelayedTokenAutoConfiguration.class);

    static {
        // A blocking call cancelled by a time limiter still fails later; Reactor would log that late error at
        // ERROR with the full request URL. It is expected and already handled, so say so briefly instead.
        Hooks.onErrorDropped(late -> LOG.debug("late failure of a cancelled call: " + late.getClass().getName()));
    }

    @Bean
    RelayedToken relayedTokenInterceptor() {
        return new RelayedToken();
    }
}
