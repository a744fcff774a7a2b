package com.csracademy.curriculum.domain;

/**
 * How far a trainee is through a course, in whole percent. An exempted course counts as complete; the
 * percentage is rounded down, so 100 means every lesson is done.
 */
public final class CourseCompletion {

    private CourseCompletion() {
    }

    public static int percent(int completedLessons, int totalLessons, boolean exempted) {
        if (completedLessons < 0 || totalLessons < 0 || completedLessons > totalLessons) {
            throw new IllegalArgumentException(completedLessons + " of " + totalLessons + " lessons");
        }
        if (exempted || totalLessons == 0) {
            return 100;
        }
        return (int) ((long) completedLessons * 100 / totalLessons);
    }

    /** Lessons that count as done: all of an exempted course's, otherwise the completed ones. */
    public static int countedLessons(int completedLessons, int totalLessons, boolean exempted) {
        return exempted ? totalLessons : completedLessons;
    }
}
