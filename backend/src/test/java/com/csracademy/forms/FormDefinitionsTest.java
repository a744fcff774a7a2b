package com.csracademy.forms;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.csracademy.content.ContentException;
import com.csracademy.content.ContentFiles;
import com.csracademy.content.ContentProperties;
import com.csracademy.forms.FormDefinition.Field;
import com.csracademy.forms.domain.SubmissionCheck;
import com.csracademy.forms.domain.SubmissionCheck.Problem;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormDefinitionsTest {

    private static final FormDefinition SAMPLE = new FormDefinition("sample", 1, "样表", "Sample", null, List.of(
            new Field("name", "姓名", "Name", FieldType.TEXT, true, 5, null, null, null, null),
            new Field("score", "得分", "Score", FieldType.SCORE, true, null, BigDecimal.ZERO, BigDecimal.valueOf(100),
                    null, null),
            new Field("kind", "类型", "Kind", FieldType.CHOICE, false, null, null, null,
                    List.of(new FormDefinition.Option("A", "甲", "A"), new FormDefinition.Option("B", "乙", "B")), null),
            new Field("tags", "标签", "Tags", FieldType.MULTICHOICE, false, null, null, null,
                    List.of(new FormDefinition.Option("X", "X", "X"), new FormDefinition.Option("Y", "Y", "Y")), null),
            new Field("at", "时间", "When", FieldType.DATETIME, false, null, null, null, null, null),
            new Field("ok", "是否", "OK", FieldType.BOOLEAN, false, null, null, null, null, null)));

    private static ContentFiles files(Path root) {
        return new ContentFiles(new ContentProperties("file:" + root.toAbsolutePath() + "/"),
                Validation.buildDefaultValidatorFactory().getValidator());
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void theShippedDefinitionsLoad() {
        ContentFiles shipped = files(Path.of("../content"));
        Map<String, FormDefinition> loaded = FormDefinitions.read(shipped);
        assertThat(loaded).containsKeys("post-call-analysis@1", "live-monitoring@1", "branch-shadowing-evaluation@1");
        FormDefinition shadowing = loaded.get("branch-shadowing-evaluation@1");
        assertThat(shadowing.fields().stream().filter(f -> f.type() == FieldType.SCORE)).hasSize(11)
                .allMatch(f -> f.min().intValue() == 0 && f.max().intValue() == 100);
    }

    @Test
    void aScoreFieldWithoutARangeStopsTheLoadNamingFileAndField(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("forms"));
        Files.writeString(root.resolve("forms/bad.yaml"), """
                id: bad
                version: 1
                title: 坏表
                titleEn: Bad
                fields:
                  - {id: mark, label: 分, labelEn: Mark, type: SCORE, required: true}
                """);
        assertThatThrownBy(() -> FormDefinitions.read(files(root))).isInstanceOf(ContentException.class)
                .hasMessageContaining("forms/bad.yaml").hasMessageContaining("fields[0].scoreRangeValid");
    }

    @Test
    void anUnknownFieldTypeStopsTheLoadNamingFileAndField(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("forms"));
        Files.writeString(root.resolve("forms/bad.yaml"), """
                id: bad
                version: 1
                title: 坏表
                titleEn: Bad
                fields:
                  - {id: mark, label: 分, labelEn: Mark, type: SLIDER, required: true}
                """);
        assertThatThrownBy(() -> FormDefinitions.read(files(root))).isInstanceOf(ContentException.class)
                .hasMessageContaining("forms/bad.yaml").hasMessageContaining("fields[0].type");
    }

    @Test
    void aCompleteSubmissionHasNoProblems() {
        assertThat(SubmissionCheck.check(SAMPLE, Map.of("name", "张三", "score", 100, "kind", "A",
                "tags", List.of("X", "Y"), "at", "2026-03-02T09:41:00+08:00", "ok", true), false)).isEmpty();
    }

    @Test
    void aMissingRequiredFieldIsAProblemOnSubmitButNotInADraft() {
        assertThat(fields(SubmissionCheck.check(SAMPLE, Map.of("score", 50), false))).containsExactly("name");
        assertThat(SubmissionCheck.check(SAMPLE, Map.of("score", 50), true)).isEmpty();
    }

    @Test
    void scoresOutsideMinAndMaxAreRefusedAndTheBoundsAreIncluded() {
        assertThat(fields(SubmissionCheck.check(SAMPLE, Map.of("name", "a", "score", 100.5), false)))
                .containsExactly("score");
        assertThat(fields(SubmissionCheck.check(SAMPLE, Map.of("name", "a", "score", -1), true)))
                .containsExactly("score");
        assertThat(SubmissionCheck.check(SAMPLE, Map.of("name", "a", "score", 0), false)).isEmpty();
    }

    @Test
    void textLongerThanMaxLengthIsRefusedCountingCharactersNotBytes() {
        assertThat(SubmissionCheck.check(SAMPLE, Map.of("name", "五个汉字啊", "score", 1), false)).isEmpty();
        assertThat(fields(SubmissionCheck.check(SAMPLE, Map.of("name", "六个汉字啊啊", "score", 1), false)))
                .containsExactly("name");
    }

    @Test
    void wrongTypesUnknownFieldsAndUnknownOptionsAreRefusedEvenInADraft() {
        List<Problem> problems = SubmissionCheck.check(SAMPLE, Map.of("name", 12, "score", "ninety", "kind", "C",
                "tags", List.of("X", "X"), "at", "yesterday", "ok", "yes", "colour", "red"), true);
        assertThat(fields(problems)).containsExactlyInAnyOrder("colour", "name", "score", "kind", "tags", "at", "ok");
    }
}
