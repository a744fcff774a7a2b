package com.csracademy.quiz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.csracademy.quiz.gift.GiftParseResult;
import com.csracademy.quiz.gift.GiftParser;
import com.csracademy.quiz.gift.GiftQuestion;
import com.csracademy.quiz.gift.QuestionType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped question banks parse cleanly and meet the content rules of the curriculum. */
class QuizBankContentTest {

    private static final Path BANKS = Path.of("../content/quizbanks");

    private static Map<String, GiftParseResult> banks() throws Exception {
        Map<String, GiftParseResult> banks = new TreeMap<>();
        try (Stream<Path> files = Files.list(BANKS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".gift")).toList()) {
                banks.put(file.getFileName().toString(), GiftParser.parse(Files.readString(file)));
            }
        }
        return banks;
    }

    @Test
    void everyBankParsesWithoutErrorsOrWarnings() throws Exception {
        banks().forEach((name, result) -> {
            assertThat(result.errors()).as(name + " errors").isEmpty();
            assertThat(result.warnings()).as(name + " warnings").isEmpty();
        });
    }

    @Test
    void atLeast240QuestionsAndAtLeast50PerAssessedArea() throws Exception {
        Map<String, GiftParseResult> banks = banks();
        assertThat(banks.keySet()).containsExactlyInAnyOrder("securities-basics.gift", "systems.gift",
                "service-norms.gift", "service-skills.gift");
        banks.forEach((name, result) -> assertThat(result.questions()).as(name).hasSizeGreaterThanOrEqualTo(50));
        assertThat(banks.values().stream().mapToInt(r -> r.questions().size()).sum()).isGreaterThanOrEqualTo(240);
    }

    @Test
    void everyQuestionHasAUniqueTitleACategoryInItsAreaAndItsRuleInTheFeedback() throws Exception {
        Set<String> titles = new HashSet<>();
        banks().forEach((name, result) -> {
            String area = name.replace(".gift", "");
            for (GiftQuestion q : result.questions()) {
                assertThat(titles.add(q.title())).as("duplicate title " + q.title()).isTrue();
                assertThat(q.category()).as(q.title()).startsWith("$course$/" + area + "/");
                assertThat(q.generalFeedback()).as(q.title() + " general feedback").isNotBlank();
            }
        });
    }

    @Test
    void eachAreaMixesTheQuestionTypes() throws Exception {
        banks().forEach((name, result) -> {
            Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
            result.questions().forEach(q -> types.add(q.type()));
            assertThat(types).as(name).contains(QuestionType.MULTIPLE_CHOICE, QuestionType.MULTIPLE_ANSWER,
                    QuestionType.TRUE_FALSE, QuestionType.SHORT_ANSWER, QuestionType.NUMERICAL,
                    QuestionType.MATCHING);
            assertThat(result.questions()).as(name + " missing-word questions")
                    .anyMatch(q -> q.blankIndex() != null);
        });
    }
}
