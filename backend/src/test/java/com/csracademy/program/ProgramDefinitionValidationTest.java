package com.csracademy.program;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.validation.Validation;
import com.csracademy.content.ContentException;
import com.csracademy.content.ContentFiles;
import com.csracademy.content.ContentFiles.ContentFile;
import com.csracademy.content.ContentProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped program is valid, and a bad program file is refused with its file and field named. */
class ProgramDefinitionValidationTest {

    private final ContentFiles files = new ContentFiles(new ContentProperties("file:../content/"),
            Validation.buildDefaultValidatorFactory().getValidator());

    private static String shipped() throws Exception {
        return Files.readString(Path.of("../content/program/csr-onboarding.yaml"));
    }

    private ProgramDefinition bind(String yaml) {
        return files.bind(new ContentFile("program/csr-onboarding.yaml", yaml.getBytes(StandardCharsets.UTF_8)),
                ProgramDefinition.class);
    }

    @Test
    void theShippedProgramHasTheDomainsThresholdsWindowsAndQuotas() throws Exception {
        ProgramDefinition program = bind(shipped());
        assertThat(program.thresholds().knowledgePass()).isEqualByComparingTo("90");
        assertThat(program.thresholds().goLivePass()).isEqualByComparingTo("85");
        assertThat(program.thresholds().shadowingPass()).isNull();
        assertThat(program.remedial().windowWorkingDays()).isEqualTo(3);
        assertThat(program.extension().workingDays()).isEqualTo(5);
        assertThat(program.quotas().recordingAnalysesPerMonitoringDay()).isEqualTo(10);
        assertThat(program.quotas().typicalCallsPerTradingDay()).isEqualTo(5);
        assertThat(program.quotas().mentorMonitoredShareAbove()).isEqualByComparingTo("0.5");
        assertThat(program.stage(ProgramDefinition.StageId.MONITORING).steps())
                .extracting(ProgramDefinition.Step::id)
                .containsExactly("monitoring", "drills", "golive-non-trading", "golive-trading", "golive-full-day");
        assertThat(program.step("drills").orElseThrow().appliesTo(ProgramDefinition.Category.B)).isFalse();
        assertThat(program.step("golive-trading").orElseThrow().dayKind()).isEqualTo(ProgramDefinition.DayKind.TRADING);
    }

    @Test
    void aThresholdAbove100NamesTheFileAndTheField() throws Exception {
        assertThatThrownBy(() -> bind(shipped().replace("knowledgePass: 90", "knowledgePass: 190")))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("program/csr-onboarding.yaml")
                .hasMessageContaining("thresholds.knowledgePass");
    }

    @Test
    void aWordWhereANumberBelongsNamesTheFieldAndTheLine() throws Exception {
        assertThatThrownBy(() -> bind(shipped().replace("windowWorkingDays: 3", "windowWorkingDays: three")))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("program/csr-onboarding.yaml: remedial.windowWorkingDays")
                .hasMessageContaining("line 14");
    }

    @Test
    void anUnknownFieldIsAnErrorNotIgnored() throws Exception {
        assertThatThrownBy(() -> bind(shipped().replace("  maxMakeUps: 1", "  maxMakeUps: 1\n  makeUpWindow: 5")))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("remedial.makeUpWindow");
    }

    @Test
    void aStepWithoutCategoriesNamesTheStep() throws Exception {
        assertThatThrownBy(() -> bind(shipped().replace("dayKind: WORKING, categories: [A]}",
                "dayKind: WORKING, categories: []}")))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("stages[2].steps[1].categories");
    }

    @Test
    void stagesOutOfOrderAreRefused() throws Exception {
        String swapped = shipped().replace("- id: CLASSROOM", "- id: TMP").replace("- id: SHADOWING", "- id: CLASSROOM")
                .replace("- id: TMP", "- id: SHADOWING");
        assertThatThrownBy(() -> bind(swapped))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("stagesInOrder");
    }
}
