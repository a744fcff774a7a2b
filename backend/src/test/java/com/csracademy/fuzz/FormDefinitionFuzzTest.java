package com.csracademy.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.csracademy.content.ContentException;
import com.csracademy.content.ContentFiles;
import com.csracademy.content.ContentFiles.ContentFile;
import com.csracademy.forms.FormDefinition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form-definition loader either binds a valid definition or fails with a {@link ContentException} naming the
 * file, never anything else. Seeds: {@code FormDefinitionFuzzTestInputs/load/} (the shipped forms among them).
 */
class FormDefinitionFuzzTest {

    private static final ContentFiles FILES = ContentLoaders.contentFiles();

    @FuzzTest(maxDuration = FuzzSettings.CI_DURATION)
    void load(byte[] yaml) {
        try {
            FormDefinition form = FILES.bind(new ContentFile("forms/fuzz.yaml", yaml), FormDefinition.class);
            assertThat(form.key()).isNotBlank();
            form.fields().forEach(field -> assertThat(form.field(field.id())).isPresent());
        } catch (ContentException e) {
            assertThat(e.getMessage()).startsWith("forms/fuzz.yaml");
        }
    }
}
