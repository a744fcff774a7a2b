package com.csracademy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module structure: no cycles, only published APIs used across modules, and the house rules. */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(CsrAcademyApplication.class);
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.csracademy");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublishedApi() {
        MODULES.verify();
    }

    @Test
    void domainPackagesAreFreeOfSpringAndReactor() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..")
                .check(MAIN);
    }

    @Test
    void webNeverTouchesPersistenceDirectly() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.data.mongodb..")
                .check(MAIN);
    }

    @Test
    void mainCodeNeverBlocks() {
        noClasses().should().callMethod(reactor.core.publisher.Mono.class, "block")
                .orShould().callMethod(reactor.core.publisher.Flux.class, "blockFirst")
                .orShould().callMethod(reactor.core.publisher.Flux.class, "blockLast")
                .check(MAIN);
    }

    @Test
    void writesTheModuleDiagramIntoDocs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml();
    }
}
