package nl.mensenhandel.care;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CareCoordinationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareCoordinationServiceApplication.class, args);
    }
}
