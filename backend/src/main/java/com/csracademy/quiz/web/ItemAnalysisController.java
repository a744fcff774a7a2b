package com.csracademy.quiz.web;

import jakarta.validation.constraints.Pattern;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.csracademy.quiz.ItemStatistics;
import com.csracademy.quiz.domain.stats.ExamStatistics;
import com.csracademy.quiz.domain.stats.ItemAnalysisCsv;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Exams")
class ItemAnalysisController {

    private final ItemStatistics statistics;

    ItemAnalysisController(ItemStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/exams/{examId}/item-analysis")
    @PreAuthorize("hasAnyRole('TRAINING_SPECIALIST','ADMIN','DEPARTMENT_HEAD')")
    @Operation(summary = "Item analysis over the exam's graded attempts")
    Mono<ExamStatistics> analysis(@PathVariable @Pattern(regexp = "[a-z0-9-]{1,64}") String examId) {
        return statistics.analyse(examId);
    }

    @GetMapping(path = "/api/v1/exams/{examId}/item-analysis.csv", produces = "text/csv;charset=UTF-8")
    @PreAuthorize("hasAnyRole('TRAINING_SPECIALIST','ADMIN','DEPARTMENT_HEAD')")
    @Operation(summary = "Item analysis as CSV (one row per question)")
    Mono<ResponseEntity<String>> csv(@PathVariable @Pattern(regexp = "[a-z0-9-]{1,64}") String examId) {
        return statistics.analyse(examId).map(ItemAnalysisCsv::write)
                .map(csv -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + examId + "-items.csv\"")
                        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                        .body(csv));
    }

}
