package com.csracademy.curriculum.domain;

import com.csracademy.curriculum.domain.ExemptionPolicy.AlreadyExempted;
import com.csracademy.curriculum.domain.ExemptionPolicy.Allowed;
import com.csracademy.curriculum.domain.ExemptionPolicy.Refused;
import com.csracademy.program.ProgramDefinition.Category;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExemptionPolicyTest {

    @Test
    void aCategoryBTraineeMayBeExemptedFromAnExemptibleCourseWithAReason() {
        assertThat(ExemptionPolicy.decide(Category.B, "securities-basics", true, "五年券商柜台经验", false))
                .isInstanceOf(Allowed.class);
    }

    @Test
    void aCategoryATraineeIsNeverExempted() {
        assertThat(ExemptionPolicy.decide(Category.A, "securities-basics", true, "reason", false))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("traineeId"));
    }

    @Test
    void aCourseNotMarkedExemptibleIsNeverExempted() {
        assertThat(ExemptionPolicy.decide(Category.B, "systems", false, "reason", false))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("courseId"));
    }

    @Test
    void aReasonIsRequired() {
        assertThat(ExemptionPolicy.decide(Category.B, "securities-basics", true, "  ", false))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("reason"));
        assertThat(ExemptionPolicy.decide(Category.B, "securities-basics", true, null, false))
                .isInstanceOf(Refused.class);
    }

    @Test
    void aReasonOf500CharactersIsAcceptedAnd501IsNot() {
        assertThat(ExemptionPolicy.decide(Category.B, "c", true, "x".repeat(500), false)).isInstanceOf(Allowed.class);
        assertThat(ExemptionPolicy.decide(Category.B, "c", true, "x".repeat(501), false))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("reason"));
    }

    @Test
    void aSecondExemptionWhileOneIsInForceIsAConflict() {
        assertThat(ExemptionPolicy.decide(Category.B, "securities-basics", true, "reason", true))
                .isInstanceOf(AlreadyExempted.class);
    }

    @Test
    void theRulesComeBeforeTheConflict() {
        assertThat(ExemptionPolicy.decide(Category.A, "securities-basics", true, "reason", true))
                .isInstanceOf(Refused.class);
    }
}
