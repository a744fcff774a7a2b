package com.csracademy.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A valid (not necessarily right) answer for every question of an attempt, read from the attempt JSON the
 * server returned on start: the shape docs/exams.md describes for each question type.
 */
final class Answers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Answers() {
    }

    /** One entry per answerable question: {@code [questionId, answer JSON]}, in the order shown. */
    static List<String[]> perQuestion(String attemptJson) {
        try {
            List<String[]> answers = new ArrayList<>();
            for (JsonNode q : JSON.readTree(attemptJson).path("questions")) {
                ObjectNode answer = answer(q);
                if (answer != null) {
                    answers.add(new String[] {q.path("questionId").asText(), JSON.writeValueAsString(answer)});
                }
            }
            return answers;
        } catch (Exception e) {
            throw new IllegalStateException("not an attempt: " + e.getMessage(), e);
        }
    }

    /** The body of {@code PUT /api/v1/attempts/{id}/answers}: {@code {"answers": {questionId: answer}}}. */
    static String bulk(String attemptJson) {
        try {
            Map<String, JsonNode> all = new LinkedHashMap<>();
            for (String[] a : perQuestion(attemptJson)) {
                all.put(a[0], JSON.readTree(a[1]));
            }
            return JSON.writeValueAsString(Map.of("answers", all));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode answer(JsonNode q) {
        ObjectNode a = JSON.createObjectNode();
        String type = q.path("type").asText();
        switch (type) {
            case "MULTIPLE_CHOICE", "MULTIPLE_ANSWER" -> a.putArray("choices").add(0);
            case "TRUE_FALSE" -> a.put("value", true);
            case "SHORT_ANSWER" -> a.put("text", "答案");
            case "ESSAY" -> a.put("text", "先致歉并复述客户诉求，核实身份后说明处理时限，并跟进回访。");
            case "NUMERICAL" -> a.put("number", "1");
            case "MATCHING" -> {
                ObjectNode matches = a.putObject("matches");
                JsonNode options = q.path("matchOptions");
                int k = 0;
                for (JsonNode item : q.path("matchItems")) {
                    matches.put(item.path("index").asText(), options.get(k++ % options.size()).asText());
                }
            }
            case "DESCRIPTION" -> {
                return null;
            }
            default -> {
                // an unknown type: a choice answer if it has options, else text
                if (q.path("options").isArray() && !q.path("options").isEmpty()) {
                    a.putArray("choices").add(0);
                } else {
                    a.put("text", "答案");
                }
            }
        }
        return a;
    }
}
