package nl.mensenhandel.monitor.municipalities;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

@Configuration(proxyBeanMethods = false)
class MunicipalityConfiguration {

    @Bean
    MunicipalityRegistry municipalityRegistry() {
        return MunicipalityRegistry.load();
    }
}
