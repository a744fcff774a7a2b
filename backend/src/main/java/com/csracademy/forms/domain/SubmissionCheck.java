package com.csracademy.forms.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.csracademy.forms.FieldType;
import com.csracademy.forms.FormDefinition;
import com.csracademy.forms.FormDefinition.Field;

/**
 * Checks filled values against a form definition. A draft may leave required fields empty (it is saved as the
 * trainee types); everything else — unknown fields, wrong types, out-of-range scores, too-long text — is
 * refused for drafts too, so a draft can always become a submission by filling what is missing.
 */
public final class SubmissionCheck {

    private static final int RECORDING_REF_MAX = 128;

    private SubmissionCheck() {
    }

    /** One problem with one field. */
    public record Problem(String field, String message) {
    }

    /** Every problem found, in field order; empty when the values are acceptable. */
    public static List<Problem> check(FormDefinition definition, Map<String, Object> values, boolean draft) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> given = values == null ? Map.of() : values;
        for (String key : given.keySet()) {
            if (definition.field(key).isEmpty()) {
                problems.add(new Problem(key, "is not a field of " + definition.key()));
            }
        }
        for (Field field : definition.fields()) {
            Object value = given.get(field.id());
            if (isEmpty(value)) {
                if (field.required() && !draft) {
                    problems.add(new Problem(field.id(), "is required (" + field.label() + ")"));
                }
                continue;
            }
            String problem = checkValue(field, value);
            if (problem != null) {
                problems.add(new Problem(field.id(), problem));
            }
        }
        return problems;
    }

    static boolean isEmpty(Object value) {
        return value == null
                || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty();
    }

    private static String checkValue(Field field, Object value) {
        return switch (field.type()) {
            case TEXT, LONGTEXT -> value instanceof String s ? length(field, s, null) : "must be text";
            case RECORDING_REF -> value instanceof String s ? length(field, s.strip(), RECORDING_REF_MAX)
                    : "must be a recording reference (text)";
            case NUMBER -> value instanceof Number ? null : "must be a number";
            case SCORE -> value instanceof Number n ? range(field, new BigDecimal(n.toString())) : "must be a number";
            case BOOLEAN -> value instanceof Boolean ? null : "must be true or false";
            case DATETIME -> value instanceof String s ? dateTime(s) : "must be a date-time (ISO-8601 with offset)";
            case CHOICE -> value instanceof String s ? option(field, s) : "must be one of " + values(field);
            case MULTICHOICE -> value instanceof Collection<?> c ? options(field, c)
                    : "must be a list of " + values(field);
        };
    }

    private static String length(Field field, String text, Integer fallback) {
        Integer max = field.maxLength() != null ? field.maxLength() : fallback;
        int length = text.codePointCount(0, text.length());
        return max != null && length > max ? "is " + length + " characters; at most " + max + " are allowed" : null;
    }

    private static String range(Field field, BigDecimal value) {
        if (value.compareTo(field.min()) < 0 || value.compareTo(field.max()) > 0) {
            return "must be between " + field.min().stripTrailingZeros().toPlainString() + " and "
                    + field.max().stripTrailingZeros().toPlainString();
        }
        return null;
    }

    private static String dateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return null;
        } catch (DateTimeParseException e) {
            return "must be a date-time (ISO-8601 with offset, e.g. 2026-03-02T09:41:00+08:00)";
        }
    }

    private static String option(Field field, String value) {
        return field.options().stream().anyMatch(o -> o.value().equals(value)) ? null
                : "'" + value + "' is not one of " + values(field);
    }

    private static String options(Field field, Collection<?> chosen) {
        Set<Object> seen = new HashSet<>();
        for (Object item : chosen) {
            if (!(item instanceof String s)) {
                return "must be a list of " + values(field);
            }
            String problem = option(field, s);
            if (problem != null) {
                return problem;
            }
            if (!seen.add(s)) {
                return "'" + s + "' is chosen twice";
            }
        }
        return null;
    }

    private static List<String> values(Field field) {
        return field.options().stream().map(FormDefinition.Option::value).toList();
    }

    /** Whether a type holds free text (for callers that summarise a form). */
    public static boolean isText(FieldType type) {
        return type == FieldType.TEXT || type == FieldType.LONGTEXT;
    }
}
