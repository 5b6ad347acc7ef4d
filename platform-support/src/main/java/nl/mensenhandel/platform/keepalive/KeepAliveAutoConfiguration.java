package nl.mensenhandel.platform.keepalive;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Every reactive web application on Reactor Netty that uses this library (the services and the gateway) gets the
 * {@link KeepAliveReadGuard}; Spring's {@code WebHttpHandlerBuilder} applies it to the application's HTTP handler.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(name = "reactor.netty.Connection")
public class KeepAliveAutoConfiguration {

    @Bean
    KeepAliveReadGuard keepAliveReadGuard() {
        return new KeepAliveReadGuard();
    }
}
