package nl.mensenhandel.enforcement;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EnforcementServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnforcementServiceApplication.class, args);
    }
}
