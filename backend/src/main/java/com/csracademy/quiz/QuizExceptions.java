package com.csracademy.quiz;

import java.util.List;

import com.csracademy.shared.AcademyException;
import com.csracademy.shared.ConflictException;
import com.csracademy.shared.InvalidRequestException;
import org.springframework.http.HttpStatus;

/** The quiz module's problems. */
public final class QuizExceptions {

    private QuizExceptions() {
    }

    /** An answer came after the deadline, or after the attempt was finalized; the saved state is attached. */
    public static final class AttemptClosed extends AcademyException {
        private final transient Object savedState;

        public AttemptClosed(String detail, Object savedState) {
            super(HttpStatus.CONFLICT, "attempt-closed", "Attempt closed", detail);
            this.savedState = savedState;
        }

        @Override
        public java.util.Map<String, Object> problemProperties() {
            return savedState == null ? java.util.Map.of() : java.util.Map.of("attempt", savedState);
        }
    }

    public static InvalidRequestException notInAttempt(String questionId) {
        return new InvalidRequestException("questionId", "question '" + questionId + "' is not part of this attempt");
    }

    public static InvalidRequestException wrongShape(String field, String message) {
        return new InvalidRequestException(message, List.of(new AcademyException.FieldError(field, message)));
    }

    public static ConflictException notPendingManual(String questionId) {
        return new ConflictException("not-pending", "Nothing to grade",
                "Question '" + questionId + "' of this attempt is not waiting for manual grading");
    }
}
