package com.csracademy.quiz.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws an attempt's questions from a bank: questions the trainee has never been shown first, then the
 * least seen; random within each group, so two trainees do not get the same paper.
 */
public final class QuestionDraw {

    private QuestionDraw() {
    }

    /**
     * @param candidates the bank's question ids
     * @param seenCounts how often the trainee was shown each question in earlier attempts (absent = never)
     * @param count      how many to draw; fewer are returned when the bank is smaller
     */
    public static List<String> draw(List<String> candidates, Map<String, Integer> seenCounts, int count, Random random) {
        List<String> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        shuffled.sort(Comparator.comparingInt(id -> seenCounts.getOrDefault(id, 0)));
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }
}
