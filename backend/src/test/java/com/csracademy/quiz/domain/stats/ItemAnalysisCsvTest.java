package com.csracademy.quiz.domain.stats;

import static com.csracademy.quiz.domain.stats.StatsTestSupport.attempt;
import static com.csracademy.quiz.domain.stats.StatsTestSupport.choice;
import static com.csracademy.quiz.domain.stats.StatsTestSupport.mark;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Test 7: the CSV export, its quoting above all. */
class ItemAnalysisCsvTest {

    private static final String HEADER = "questionId,n,facility,discrimination,flags,optionCounts\r\n";

    /**
     * Two attempts, W1 (total 5) right on everything, W2 (total 0) wrong on everything. For every question n = 2,
     * groups of ceil(0.54) = 1 (W1 upper, W2 lower), facility (1 + 0)/2 = 0.5, D = 1 − 0 = 1, and n < 10 flags
     * TOO_FEW_RESPONSES. Question "plain" has 3 options: W1 picked 0, W2 picked 2.
     */
    private static final ExamStatistics AWKWARD_IDS = ItemAnalysis.analyse(List.of(
            attempt("W1", "5", choice("plain", "1", 3, 0), mark("a,b", 1), mark("say \"hi\"", 1),
                    mark("two\nlines", 1), mark("Zürich–Frage", 1)),
            attempt("W2", "0", choice("plain", "0", 3, 2), mark("a,b", 0), mark("say \"hi\"", 0),
                    mark("two\nlines", 0), mark("Zürich–Frage", 0))));

    @Test
    void quotesCommasQuotesAndLineBreaksAndLeavesOtherTextAlone() {
        assertThat(ItemAnalysisCsv.write(AWKWARD_IDS)).isEqualTo(HEADER
                + "plain,2,0.5000,1.0000,TOO_FEW_RESPONSES,0:1|1:0|2:1\r\n"
                + "\"a,b\",2,0.5000,1.0000,TOO_FEW_RESPONSES,\r\n"
                + "\"say \"\"hi\"\"\",2,0.5000,1.0000,TOO_FEW_RESPONSES,\r\n"
                + "\"two\nlines\",2,0.5000,1.0000,TOO_FEW_RESPONSES,\r\n"
                + "Zürich–Frage,2,0.5000,1.0000,TOO_FEW_RESPONSES,\r\n");
    }

    @Test
    void aStandardReaderGetsTheOriginalIdsBack() {
        List<List<String>> rows = parse(ItemAnalysisCsv.write(AWKWARD_IDS));

        assertThat(rows).hasSize(6).allSatisfy(row -> assertThat(row).hasSize(6));
        assertThat(rows.stream().skip(1).map(row -> row.get(0)))
                .containsExactly("plain", "a,b", "say \"hi\"", "two\nlines", "Zürich–Frage");
    }

    @Test
    void severalFlagsAndNegativeDiscrimination() {
        // totals rank V01 first; groups of ceil(2.7) = 3: upper V01–V03, lower V08–V10
        // H right only for V09: facility 1/10 = 0.1, D = 0/3 − 1/3 = −0.3333
        // G right for V01–V05: facility 0.5, D = 3/3 − 0/3 = 1, no flags, so an empty field
        List<AttemptResult> attempts = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            attempts.add(attempt(String.format("V%02d", i), String.valueOf(110 - 10 * i),
                    mark("H", i == 9 ? 1 : 0), mark("G", i <= 5 ? 1 : 0)));
        }

        assertThat(ItemAnalysisCsv.write(ItemAnalysis.analyse(attempts))).isEqualTo(HEADER
                + "H,10,0.1000,-0.3333,HARD|LOW_DISCRIMINATION|NEGATIVE_DISCRIMINATION,\r\n"
                + "G,10,0.5000,1.0000,,\r\n");
    }

    @Test
    void noQuestionsGiveTheHeaderAlone() {
        assertThat(ItemAnalysisCsv.write(ItemAnalysis.analyse(List.of()))).isEqualTo(HEADER);
    }

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "''                 | ''",
            "plain              | plain",
            "' spaces kept '    | ' spaces kept '",
            "a,b                | '\"a,b\"'",
            "'\"'               | '\"\"\"\"'",
            "'a\"b'             | '\"a\"\"b\"'",
    })
    void fieldQuotesOnlyWhenNeeded(String value, String expected) {
        assertThat(ItemAnalysisCsv.field(value)).isEqualTo(expected);
    }

    @Test
    void fieldQuotesBothKindsOfLineBreak() {
        assertThat(ItemAnalysisCsv.field("a\rb")).isEqualTo("\"a\rb\"");
        assertThat(ItemAnalysisCsv.field("a\r\nb")).isEqualTo("\"a\r\nb\"");
    }

    /** A minimal RFC 4180 reader, independent of the writer, to prove that what is written reads back. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
