package com.csracademy.forms;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A form as data ({@code content/forms/*.yaml}): an id and a version, bilingual labels, and its fields.
 * A filled form names the version it was filled with, so a later version never re-judges it.
 */
public record FormDefinition(
        @NotBlank @Pattern(regexp = "[a-z0-9-]+") String id,
        @Min(1) int version,
        @NotBlank String title,
        @NotBlank String titleEn,
        String reference,
        @NotEmpty List<@NotNull @Valid Field> fields) {

    public FormDefinition {
        fields = fields == null ? null : List.copyOf(fields);
    }

    @AssertTrue(message = "field ids must be unique within the form")
    boolean isFieldIdsUnique() {
        if (fields == null) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        return fields.stream().filter(f -> f != null && f.id() != null).allMatch(f -> seen.add(f.id()));
    }

    public Optional<Field> field(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** {@code id@version}, how stored forms refer to the definition. */
    public String key() {
        return id + "@" + version;
    }

    /**
     * One field.
     *
     * @param maxLength for text fields, the most characters accepted
     * @param min       for scores, the lowest value (inclusive)
     * @param max       for scores, the highest value (inclusive)
     * @param options   for choice and multichoice fields, the allowed values
     */
    public record Field(
            @NotBlank @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9]*") String id,
            @NotBlank String label,
            @NotBlank String labelEn,
            @NotNull FieldType type,
            boolean required,
            @Min(1) @Max(100_000) Integer maxLength,
            BigDecimal min,
            BigDecimal max,
            List<@NotNull @Valid Option> options,
            String help) {

        public Field {
            options = options == null ? List.of() : List.copyOf(options);
        }

        @AssertTrue(message = "a SCORE field needs min and max, with min < max")
        boolean isScoreRangeValid() {
            return type != FieldType.SCORE || (min != null && max != null && min.compareTo(max) < 0);
        }

        @AssertTrue(message = "CHOICE and MULTICHOICE fields need options with unique values; other types none")
        boolean isOptionsValid() {
            boolean choice = type == FieldType.CHOICE || type == FieldType.MULTICHOICE;
            if (!choice) {
                return options.isEmpty();
            }
            Set<String> seen = new HashSet<>();
            return !options.isEmpty() && options.stream().filter(o -> o != null && o.value() != null)
                    .allMatch(o -> seen.add(o.value()));
        }

        @AssertTrue(message = "maxLength applies to TEXT, LONGTEXT and RECORDING_REF fields only")
        boolean isMaxLengthApplicable() {
            return maxLength == null || type == FieldType.TEXT || type == FieldType.LONGTEXT
                    || type == FieldType.RECORDING_REF;
        }
    }

    /** A choice: the stored value and its labels. */
    public record Option(@NotBlank String value, @NotBlank String label, @NotBlank String labelEn) {
    }
}
