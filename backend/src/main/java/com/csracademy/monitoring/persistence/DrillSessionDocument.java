package com.csracademy.monitoring.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A call-simulation drill (话务模拟演练) with a group of category-A trainees: the scenario, the day, who runs it,
 * and per trainee every score given and every write-up filed (the last is current; none is overwritten).
 */
@Document("drill_sessions")
@CompoundIndex(name = "participant_day", def = "{'participants.traineeId': 1, 'day': 1}")
public record DrillSessionDocument(@Id String id, LocalDate day, String scenario, String runBy, Instant createdAt,
                                   List<Participant> participants, @Version Long version) {

    public DrillSessionDocument {
        participants = List.copyOf(participants);
    }

    public Optional<Participant> participant(String traineeId) {
        return participants.stream().filter(p -> p.traineeId().equals(traineeId)).findFirst();
    }

    /** The session with one participant replaced. */
    public DrillSessionDocument with(Participant changed) {
        return new DrillSessionDocument(id, day, scenario, runBy, createdAt, participants.stream()
                .map(p -> p.traineeId().equals(changed.traineeId()) ? changed : p).toList(), version);
    }

    /** The session as one caller may see it: only the participants they may read. */
    public DrillSessionDocument onlyFor(List<String> traineeIds) {
        return new DrillSessionDocument(id, day, scenario, runBy, createdAt,
                participants.stream().filter(p -> traineeIds.contains(p.traineeId())).toList(), version);
    }

    /** One trainee in the session: the scores given (newest last) and the write-ups filed (newest last). */
    public record Participant(String traineeId, List<Score> scores, List<WriteUp> writeUps) {

        public Participant {
            scores = List.copyOf(scores);
            writeUps = List.copyOf(writeUps);
        }

        public Score currentScore() {
            return scores.isEmpty() ? null : scores.get(scores.size() - 1);
        }

        public WriteUp currentWriteUp() {
            return writeUps.isEmpty() ? null : writeUps.get(writeUps.size() - 1);
        }

        public boolean scoredAndWrittenUp() {
            return currentScore() != null && currentWriteUp() != null;
        }
    }

    /** A score (0–100) with who gave it; a later score supersedes it without erasing it. */
    @Schema(name = "DrillSessionScore")
    public record Score(int score, String comment, String scoredBy, Instant scoredAt) {
    }

    /** The trainee's write-up of the scripts of the day's drill (叙写当日演练话务相关话述), one version. */
    public record WriteUp(int version, String text, Instant writtenAt) {
    }
}
