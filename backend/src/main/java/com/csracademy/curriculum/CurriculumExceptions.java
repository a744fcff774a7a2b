package com.csracademy.curriculum;

import java.util.List;

import com.csracademy.shared.AcademyException;
import com.csracademy.shared.ConflictException;
import com.csracademy.shared.ForbiddenException;
import com.csracademy.shared.NotFoundException;
import org.springframework.http.HttpStatus;

/** The curriculum module's errors. */
public final class CurriculumExceptions {

    private CurriculumExceptions() {
    }

    public static NotFoundException unknownCourse(String courseId) {
        return new NotFoundException("Course", courseId);
    }

    public static NotFoundException unknownLesson(String lessonId) {
        return new NotFoundException("Lesson", lessonId);
    }

    public static NotFoundException noActiveExemption(String traineeId, String courseId) {
        return new NotFoundException("Exemption of trainee '" + traineeId + "' from course", courseId);
    }

    public static ConflictException alreadyExempted(String traineeId, String courseId) {
        return new ConflictException("already-exempted", "Already exempted",
                "Trainee '" + traineeId + "' is already exempted from course '" + courseId
                        + "'; revoke that exemption first to record another");
    }

    public static ForbiddenException notOwnProgress(String traineeId) {
        return new ForbiddenException("Only trainee '" + traineeId + "' records their own lesson progress");
    }

    /** Re-imported curriculum files are invalid; the detail names the file and the field (answered 422). */
    public static class InvalidContent extends AcademyException {
        public InvalidContent(String message) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-content", "Invalid content files",
                    message + " — the loaded curriculum is unchanged");
        }
    }

    /** A well-formed exemption request that the exemption rules refuse (answered 422). */
    public static class ExemptionNotAllowed extends AcademyException {
        public ExemptionNotAllowed(String field, String message) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "exemption-not-allowed", "Exemption not allowed", message,
                    List.of(new FieldError(field, message)));
        }
    }
}
