package com.csracademy.fuzz;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.csracademy.content.ContentFiles;
import com.csracademy.forms.FormDefinition;
import com.csracademy.forms.domain.SubmissionCheck;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Submission validation of the shipped forms: any JSON object the API could bind as {@code values} is either
 * accepted or answered with field problems, never an exception (which the API would turn into a 500). The first
 * byte picks the form (in file-name order), the second's low bit whether it is a draft, the rest is the JSON body. Seeds:
 * {@code SubmissionCheckFuzzTestInputs/check/}.
 */
class SubmissionCheckFuzzTest {

    private static final List<FormDefinition> FORMS = shippedForms();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<FormDefinition> shippedForms() {
        ContentFiles files = ContentLoaders.contentFiles();
        return files.list("forms/*.yaml").stream().map(f -> files.bind(f, FormDefinition.class)).toList();
    }

    @FuzzTest(maxDuration = FuzzSettings.CI_DURATION)
    void check(byte[] input) {
        if (input.length < 2) {
            return;
        }
        FormDefinition form = FORMS.get(Byte.toUnsignedInt(input[0]) % FORMS.size());
        boolean draft = (input[1] & 1) == 1;
        Map<String, Object> values;
        try {
            values = JSON.readValue(Arrays.copyOfRange(input, 2, input.length),
                    new TypeReference<Map<String, Object>>() { });
        } catch (JacksonException notJson) {
            return; // the API answers 400 before validation
        }
        List<SubmissionCheck.Problem> problems = SubmissionCheck.check(form, values, draft);
        for (SubmissionCheck.Problem problem : problems) {
            assertThat(problem.field()).isNotNull();
            assertThat(problem.message()).isNotBlank();
        }
        if (values != null) {
            values.keySet().stream().filter(k -> form.field(k).isEmpty())
                    .forEach(unknown -> assertThat(problems).extracting(SubmissionCheck.Problem::field).contains(unknown));
        }
    }
}
