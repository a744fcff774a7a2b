package com.csracademy.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.csracademy.content.ContentException;
import com.csracademy.content.ContentFiles;
import com.csracademy.content.ContentFiles.ContentFile;
import com.csracademy.program.ProgramDefinition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program-definition loader either binds a valid definition or fails with a {@link ContentException} that
 * names the file (the start-up message), never anything else. Seeds: {@code ProgramDefinitionFuzzTestInputs/load/}
 * (the shipped {@code content/program/csr-onboarding.yaml} among them).
 */
class ProgramDefinitionFuzzTest {

    private static final ContentFiles FILES = ContentLoaders.contentFiles();

    @FuzzTest(maxDuration = FuzzSettings.CI_DURATION)
    void load(byte[] yaml) {
        try {
            ProgramDefinition program = FILES.bind(new ContentFile("program/fuzz.yaml", yaml), ProgramDefinition.class);
            assertThat(program.id()).isNotBlank();
            assertThat(program.stages()).isNotEmpty();
        } catch (ContentException e) {
            assertThat(e.getMessage()).startsWith("program/fuzz.yaml");
        }
    }
}
