package com.csracademy.quiz.domain.stats;

import java.util.stream.Collectors;

/**
 * Writes the per-question part of an {@link ExamStatistics} as CSV (RFC 4180), for authors to open in a
 * spreadsheet. Hand-written rather than a library because it only writes, and writing needs just one rule:
 * quote a field that holds a comma, a double quote or a line break, doubling the quotes inside.
 */
public final class ItemAnalysisCsv {

    /** Column names, stable so that spreadsheets built on the export keep working. */
    public static final String HEADER = "questionId,n,facility,discrimination,flags,optionCounts";

    /** RFC 4180 ends records with CRLF; spreadsheet programs accept it on every platform. */
    private static final String LINE_END = "\r\n";

    private ItemAnalysisCsv() {
    }

    /**
     * One header row, then one row per question in the order of {@link ExamStatistics#questions()}. Flags and
     * option counts ({@code option:timesChosen}) are joined with {@code |} so that each stays one field; both are
     * empty when there is nothing to list. The result is text: encode it as UTF-8, without a byte order mark.
     */
    public static String write(ExamStatistics statistics) {
        StringBuilder csv = new StringBuilder(HEADER).append(LINE_END);
        for (QuestionStatistics question : statistics.questions()) {
            csv.append(field(question.questionId())).append(',')
                    .append(question.n()).append(',')
                    .append(question.facility().toPlainString()).append(',')
                    .append(question.discrimination().toPlainString()).append(',')
                    .append(field(question.flags().stream().map(Enum::name).collect(Collectors.joining("|"))))
                    .append(',')
                    .append(field(question.options().stream()
                            .map(count -> count.option() + ":" + count.chosen())
                            .collect(Collectors.joining("|"))))
                    .append(LINE_END);
        }
        return csv.toString();
    }

    /** Question ids are free text, so any of them may need quoting; the other fields never do, but cost nothing. */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
