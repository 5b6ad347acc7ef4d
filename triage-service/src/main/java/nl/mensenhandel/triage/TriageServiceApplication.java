package nl.mensenhandel.triage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TriageServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TriageServiceApplication.class, args);
    }
}
