package nl.mensenhandel.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The platform's single entry point: validates every token (platform-support's security chain), routes
 * {@code /api/**} to the services with the token relayed unchanged, strips identity headers a client could
 * forge, limits requests per client, and answers for a failing service with a 503 problem. For the browser it is
 * also the backend for frontend of the monitor's dashboard ({@code /dashboard/**}, package {@code dashboard}): the
 * login with Keycloak, the tokens kept in the gateway's session and relayed to monitor-service.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
