package com.csracademy.quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.csracademy.content.ContentException;
import com.csracademy.content.ContentFiles;
import com.csracademy.content.ContentFiles.ContentFile;
import com.csracademy.shared.NotFoundException;
import org.springframework.stereotype.Service;

/** The exam definitions of {@code content/exams/*.yaml}, read and validated at start. */
@Service
public class Exams {

    private final Map<String, ExamDefinition> exams = new LinkedHashMap<>();

    Exams(ContentFiles files) {
        for (ContentFile file : files.list("exams/*.yaml")) {
            ExamDefinition exam = files.bind(file, ExamDefinition.class);
            if (exams.putIfAbsent(exam.id(), exam) != null) {
                throw new ContentException(file.path() + ": id: exam '" + exam.id() + "' is defined twice");
            }
            long distinctAreas = exam.areas().stream().map(ExamDefinition.AreaDraw::area).distinct().count();
            if (distinctAreas != exam.areas().size()) {
                throw new ContentException(file.path() + ": areas: an area is listed twice");
            }
        }
    }

    public List<ExamDefinition> all() {
        return List.copyOf(exams.values());
    }

    public ExamDefinition exam(String id) {
        ExamDefinition exam = exams.get(id);
        if (exam == null) {
            throw new NotFoundException("Exam", id);
        }
        return exam;
    }
}
