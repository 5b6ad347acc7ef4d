package floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring Cloud Gateway with its routes given on the command line and nothing of ours: no security chain, no rate
 * limit, no circuit breaker, no observations, no filters. {@code deploy/bench/run} starts it on the gateway jar's own
 * libraries (minus security, actuator, tracing, Resilience4j, Redis and platform-support) as the floor of what a
 * gateway of this technology costs on this machine, so the report can tell the technology's cost from our features'.
 * Not part of the product; never deployed.
 */
@SpringBootApplication
public class BareGateway {
    public static void main(String[] args) {
        SpringApplication.run(BareGateway.class, args);
    }
}
