package com.csracademy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** CSR Academy: onboarding and certification of new call-centre representatives. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CsrAcademyApplication {

    public static void main(String[] args) {
        EventLoops.onePerCpu(System.getProperties(), Runtime.getRuntime().availableProcessors());
        SpringApplication.run(CsrAcademyApplication.class, args);
    }
}
