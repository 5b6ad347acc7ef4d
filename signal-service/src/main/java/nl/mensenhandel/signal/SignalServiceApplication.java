package nl.mensenhandel.signal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SignalServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SignalServiceApplication.class, args);
    }
}
