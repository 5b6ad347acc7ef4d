package nl.mensenhandel.signal.signals;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

@Configuration
class SignalConfiguration {

    @Bean
    MunicipalityRegistry municipalityRegistry() {
        return MunicipalityRegistry.load();
    }

    @Bean
    SignalAccessPolicy signalAccessPolicy(MunicipalityRegistry municipalities) {
        return new SignalAccessPolicy(municipalities);
    }

    @Bean
    ObservationDatePolicy observationDatePolicy(Clock clock) {
        return new ObservationDatePolicy(clock);
    }
}
