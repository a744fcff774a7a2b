package com.csracademy.quiz.persistence;

import java.time.Instant;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.quiz.gift.QuestionType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One question of a bank, kept as its GIFT text (the format banks move in) with the fields queries need.
 * The id is derived from the category, title and text, so importing the same question again is a no-op.
 */
@Document("questions")
public record QuestionDocument(@Id String id, KnowledgeArea area, String category, String title, QuestionType type,
                               String gift, String source, String importedBy, Instant importedAt) {
}
