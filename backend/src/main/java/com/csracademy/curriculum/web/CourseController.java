package com.csracademy.curriculum.web;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.csracademy.curriculum.Course;
import com.csracademy.curriculum.Curriculum;
import com.csracademy.curriculum.CurriculumImport;
import com.csracademy.curriculum.Lesson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Curriculum")
class CourseController {

    static final String COURSE_ID = "[a-z0-9-]{1,64}";
    static final String LESSON_ID = "[a-z0-9][a-z0-9.-]{0,99}";

    private final Curriculum curriculum;

    CourseController(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    @GetMapping("/courses")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The courses in order, with their area, exemptibility and lesson outline")
    Mono<List<Course>> courses() {
        return curriculum.courses().collectList();
    }

    @GetMapping("/courses/{courseId}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One course with its lesson outline")
    Mono<Course> course(@PathVariable @Pattern(regexp = COURSE_ID) String courseId) {
        return curriculum.course(courseId);
    }

    @GetMapping("/courses/{courseId}/lessons/{lessonId}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A lesson with its Markdown text")
    Mono<Lesson> lesson(@PathVariable @Pattern(regexp = COURSE_ID) String courseId,
                        @PathVariable @Pattern(regexp = LESSON_ID) String lessonId) {
        return curriculum.lesson(courseId, lessonId);
    }

    @PostMapping("/admin/content/curriculum/reload")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Re-import the curriculum files; the same content twice changes nothing")
    Mono<CurriculumImport> reload() {
        return curriculum.reimport();
    }
}
