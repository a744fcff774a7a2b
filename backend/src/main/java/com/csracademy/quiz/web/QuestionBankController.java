package com.csracademy.quiz.web;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.csracademy.quiz.QuestionBank;
import com.csracademy.quiz.QuestionBank.CategoryCount;
import com.csracademy.quiz.QuestionBank.ImportReport;
import com.csracademy.security.Actors;
import com.csracademy.shared.InvalidRequestException;
import com.csracademy.shared.web.RequestBodies;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/question-banks")
@Tag(name = "Question banks")
class QuestionBankController {

    /** A GIFT file larger than this is refused with 413; the shipped banks are about 60 KB each. */
    static final int MAX_UPLOAD_BYTES = 1024 * 1024;

    private final QuestionBank bank;

    QuestionBankController(QuestionBank bank) {
        this.bank = bank;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('TRAINING_SPECIALIST','ADMIN','DEPARTMENT_HEAD')")
    @Operation(summary = "Question counts per category")
    Mono<List<CategoryCount>> categories() {
        return bank.categories().collectList();
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('TRAINING_SPECIALIST','ADMIN')")
    @Operation(summary = "Import a .gift upload; bad questions are reported with line and reason, the rest imported")
    Mono<ImportReport> importGift(@RequestPart("file") Mono<FilePart> file,
                                  @RequestParam(required = false)
                                  @Pattern(regexp = "(\\$course\\$/)?[a-z-]+(/[A-Za-z0-9_-]+)*") String category) {
        return file.flatMap(part -> RequestBodies.utf8(part.content(), MAX_UPLOAD_BYTES,
                        "The file is larger than " + MAX_UPLOAD_BYTES / 1024 + " KB"))
                .flatMap(text -> text.isBlank()
                        ? Mono.error(new InvalidRequestException("file", "the file is empty"))
                        : Actors.current().flatMap(actor -> bank.importGift(text, category, "upload", actor.personId())));
    }

    @GetMapping(path = "/export", produces = "text/plain;charset=UTF-8")
    @PreAuthorize("hasAnyRole('TRAINING_SPECIALIST','ADMIN')")
    @Operation(summary = "Export the questions of a category (prefix) as GIFT")
    Mono<String> export(@RequestParam(required = false) String category) {
        return bank.export(category);
    }
}
