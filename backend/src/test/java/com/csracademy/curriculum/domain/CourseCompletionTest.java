package com.csracademy.curriculum.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CourseCompletionTest {

    @Test
    void anExemptedCourseIsComplete() {
        assertThat(CourseCompletion.percent(0, 10, true)).isEqualTo(100);
        assertThat(CourseCompletion.countedLessons(0, 10, true)).isEqualTo(10);
    }

    @Test
    void thePercentageIsRoundedDownSoOnlyEveryLessonDoneIs100() {
        assertThat(CourseCompletion.percent(2, 3, false)).isEqualTo(66);
        assertThat(CourseCompletion.percent(29, 30, false)).isEqualTo(96);
        assertThat(CourseCompletion.percent(199, 200, false)).isEqualTo(99);
        assertThat(CourseCompletion.percent(3, 3, false)).isEqualTo(100);
    }

    @Test
    void noLessonDoneIsZero() {
        assertThat(CourseCompletion.percent(0, 4, false)).isZero();
        assertThat(CourseCompletion.countedLessons(0, 4, false)).isZero();
    }

    @Test
    void moreLessonsDoneThanThereAreIsABug() {
        assertThatThrownBy(() -> CourseCompletion.percent(5, 4, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
