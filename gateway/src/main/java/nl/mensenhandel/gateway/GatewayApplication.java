package nl.mensenhandel.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The platform's single entry point: validates every token (platform-support's security chain), routes
 * {@code /api/**} to the services with the token relayed unchanged, strips identity headers a client could
 * forge, limits requests per client, and answers for a failing service with a 503 problem.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
