package com.csracademy.monitoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.csracademy.shared.AcademyException.FieldError;

/**
 * The conduct catalogue (工作行为规范, seed 004 第八章): the awards and deductions a conduct record may cite,
 * with signed points (an award adds, a deduction takes away, per occurrence). Loaded from
 * {@code content/conduct.yaml}; an administrator or the department head may replace it.
 *
 * @param source where the catalogue comes from (the regulation's title)
 * @param items  the awards and deductions, in the regulation's order
 */
public record ConductCatalogue(@NotBlank @Size(max = 200) String source,
                               @NotEmpty @Size(max = 200) List<@NotNull @Valid Item> items) {

    public ConductCatalogue {
        items = items == null ? null : List.copyOf(items);
    }

    /** An award (嘉奖, adds points) or a deduction (扣罚, takes points away). */
    public enum Kind { AWARD, DEDUCTION }

    /**
     * One award or deduction.
     *
     * @param code         stable identifier conduct records cite
     * @param clause       the regulation's clause
     * @param name         the award's name, or the behaviour a deduction punishes, in the regulation's words
     * @param variant      which of an award's grades this is (第一名…), when it has several
     * @param detail       who earns the award
     * @param remark       the regulation's proviso
     * @param points       signed: positive for an award, negative for a deduction
     * @param noteRequired whether a record must say what happened
     */
    @Schema(name = "ConductItem")
    public record Item(@NotBlank @Pattern(regexp = "[a-z0-9-]{1,64}") String code,
                       @NotNull Kind kind,
                       @Size(max = 100) String clause,
                       @NotBlank @Size(max = 200) String name,
                       @Size(max = 50) String variant,
                       @Size(max = 500) String detail,
                       @Size(max = 500) String remark,
                       @NotNull @Min(-100) @Max(100) Integer points,
                       boolean noteRequired) {
    }

    public Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * What Bean Validation cannot see: codes must be unique and each item's sign must match its kind.
     * Empty when the catalogue is consistent.
     */
    public List<FieldError> inconsistencies() {
        List<FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (!codes.add(item.code())) {
                errors.add(new FieldError("items[" + i + "].code", "code '" + item.code() + "' is used twice"));
            }
            if (item.kind() == Kind.AWARD && item.points() <= 0) {
                errors.add(new FieldError("items[" + i + "].points", "an award adds points: must be positive"));
            }
            if (item.kind() == Kind.DEDUCTION && item.points() >= 0) {
                errors.add(new FieldError("items[" + i + "].points", "a deduction takes points away: must be negative"));
            }
        }
        return errors;
    }
}
