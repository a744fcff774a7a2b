package com.csracademy.quiz.domain.stats;

/**
 * How often one option of a choice question was picked. Comparing the groups shows whether a distractor works:
 * a good one attracts more of the lower group than of the upper group, and one nobody picks does no work at all.
 *
 * @param option    0-based index of the option
 * @param chosen    times it was picked, among all attempts that contain the question
 * @param upper     times it was picked within the upper group
 * @param lower     times it was picked within the lower group
 */
public record OptionCount(int option, int chosen, int upper, int lower) {

    public OptionCount {
        if (option < 0 || chosen < 0 || upper < 0 || lower < 0) {
            throw new IllegalArgumentException("option and counts must not be negative");
        }
        if (upper > chosen || lower > chosen) {
            throw new IllegalArgumentException("a group cannot pick option " + option + " more often than everyone");
        }
    }
}
