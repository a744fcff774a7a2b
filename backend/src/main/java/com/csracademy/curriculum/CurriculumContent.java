package com.csracademy.curriculum;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.csracademy.content.ContentException;
import com.csracademy.content.ContentFiles;
import com.csracademy.content.ContentFiles.ContentFile;
import com.csracademy.content.ContentVersions;
import com.csracademy.curriculum.domain.FrontMatter;
import com.csracademy.curriculum.persistence.CourseDocument;
import com.csracademy.curriculum.persistence.Courses;
import com.csracademy.curriculum.persistence.LessonDocument;
import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.shared.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Imports {@code content/curriculum/<course>/course.yaml} and the lessons beside it
 * ({@code NN-slug.md}: YAML front matter, then Markdown) when their content version changed. Every file is
 * checked before anything is written, so a bad file stops the import (and the start) with the file and
 * the field named, and leaves the loaded curriculum as it was.
 */
@Component
class CurriculumContent implements StartupTask {

    static final String CONTENT_KEY = "curriculum";

    private static final Logger log = LoggerFactory.getLogger(CurriculumContent.class);
    private static final Pattern COURSE_FILE = Pattern.compile("curriculum/([^/]+)/course\\.yaml");
    private static final Pattern LESSON_FILE = Pattern.compile("curriculum/([^/]+)/(\\d{2})-[a-z0-9-]+\\.md");

    private final ContentFiles files;
    private final ContentVersions versions;
    private final Courses courses;

    CurriculumContent(ContentFiles files, ContentVersions versions, Courses courses) {
        this.files = files;
        this.versions = versions;
        this.courses = courses;
    }

    @Override
    public String name() {
        return "curriculum";
    }

    @Override
    public int order() {
        return -5;
    }

    @Override
    public Mono<Void> run() {
        return importContent().then();
    }

    /** Reads and checks the files off the event loop, then stores them if their version changed. */
    Mono<CurriculumImport> importContent() {
        return Mono.fromCallable(() -> read(files)).subscribeOn(Schedulers.boundedElastic())
                .flatMap(catalogue -> versions.loadIfChanged(CONTENT_KEY, catalogue.hash(),
                                courses.replaceAll(catalogue.courses(), catalogue.lessons()))
                        .doOnNext(changed -> log.info(changed ? "Curriculum imported: {} courses, {} lessons"
                                : "Curriculum unchanged: {} courses, {} lessons", catalogue.courses().size(),
                                catalogue.lessons().size()))
                        .map(changed -> new CurriculumImport(changed, catalogue.courses().size(),
                                catalogue.lessons().size())));
    }

    /** The checked content, ready to store, and its version. */
    record Catalogue(List<CourseDocument> courses, List<LessonDocument> lessons, String hash) {
    }

    /** Reads every course and lesson file; throws {@link ContentException} naming the file and field. */
    static Catalogue read(ContentFiles files) {
        List<ContentFile> courseFiles = files.list("curriculum/*/course.yaml");
        List<ContentFile> lessonFiles = files.list("curriculum/*/*.md");
        if (courseFiles.isEmpty()) {
            throw new ContentException("No course found: expected content/curriculum/<course-id>/course.yaml");
        }
        Map<String, CourseDocument> coursesById = new LinkedHashMap<>();
        for (ContentFile file : courseFiles) {
            CourseDocument course = readCourse(files, file);
            coursesById.put(course.id(), course);
        }
        Map<String, LessonDocument> lessonsById = new LinkedHashMap<>();
        Map<String, String> lessonAtOrder = new HashMap<>();
        for (ContentFile file : lessonFiles) {
            LessonDocument lesson = readLesson(files, file, coursesById);
            LessonDocument earlier = lessonsById.putIfAbsent(lesson.id(), lesson);
            if (earlier != null) {
                throw new ContentException(file.path() + ": id: lesson '" + lesson.id() + "' is also defined in "
                        + earlier.file());
            }
            String sameOrder = lessonAtOrder.putIfAbsent(lesson.courseId() + "#" + lesson.order(), file.path());
            if (sameOrder != null) {
                throw new ContentException(file.path() + ": order: lesson order " + lesson.order()
                        + " is also used by " + sameOrder);
            }
        }
        for (CourseDocument course : coursesById.values()) {
            if (lessonsById.values().stream().noneMatch(l -> l.courseId().equals(course.id()))) {
                throw new ContentException(course.file() + ": lessons: course '" + course.id()
                        + "' has no lesson files (NN-slug.md) beside it");
            }
        }
        List<ContentFile> all = Stream.concat(courseFiles.stream(), lessonFiles.stream())
                .sorted(Comparator.comparing(ContentFile::path)).toList();
        return new Catalogue(List.copyOf(coursesById.values()), List.copyOf(lessonsById.values()),
                ContentFiles.hash(all));
    }

    private static CourseDocument readCourse(ContentFiles files, ContentFile file) {
        Matcher path = COURSE_FILE.matcher(file.path());
        if (!path.matches()) {
            throw new ContentException(file.path() + ": a course file must be curriculum/<course-id>/course.yaml");
        }
        CourseFile course = files.bind(file, CourseFile.class);
        if (!course.id().equals(path.group(1))) {
            throw new ContentException(file.path() + ": id: '" + course.id() + "' differs from the folder name '"
                    + path.group(1) + "'; a course's folder is named after its id");
        }
        return new CourseDocument(course.id(), course.title(), course.area().knowledgeArea(), course.order(),
                course.exemptibleForCategoryB(), course.description(), file.path());
    }

    private static LessonDocument readLesson(ContentFiles files, ContentFile file,
                                             Map<String, CourseDocument> coursesById) {
        Matcher path = LESSON_FILE.matcher(file.path());
        if (!path.matches()) {
            throw new ContentException(file.path() + ": a lesson file must be named NN-slug.md (two digits, "
                    + "then lower-case letters, digits and dashes)");
        }
        FrontMatter.Split split;
        try {
            split = FrontMatter.split(file.text());
        } catch (FrontMatter.Malformed e) {
            throw new ContentException(file.path() + ": front matter: " + e.getMessage(), e);
        }
        // the opening line goes back in, so the parser's line numbers are the file's
        byte[] yaml = ("---\n" + split.yaml()).getBytes(StandardCharsets.UTF_8);
        LessonFrontMatter lesson = files.bind(new ContentFile(file.path(), yaml), LessonFrontMatter.class);
        if (!coursesById.containsKey(lesson.course())) {
            throw new ContentException(file.path() + ": course: unknown course '" + lesson.course()
                    + "'; the courses are " + coursesById.keySet());
        }
        if (!lesson.course().equals(path.group(1))) {
            throw new ContentException(file.path() + ": course: '" + lesson.course()
                    + "' but the file is in the folder of course '" + path.group(1) + "'");
        }
        int numbered = Integer.parseInt(path.group(2));
        if (lesson.order() != numbered) {
            throw new ContentException(file.path() + ": order: " + lesson.order()
                    + " but the file name starts with " + path.group(2) + "; they must agree");
        }
        return new LessonDocument(lesson.id(), lesson.course(), lesson.title(), lesson.order(), lesson.minutes(),
                lesson.seedRef(), split.body(), file.path());
    }

    /** A course's area as its file writes it; {@code NONE} marks a course no exam covers. */
    enum AreaInFile {
        SECURITIES_BASICS(KnowledgeArea.SECURITIES_BASICS), SYSTEMS(KnowledgeArea.SYSTEMS),
        SERVICE_NORMS(KnowledgeArea.SERVICE_NORMS), SERVICE_SKILLS(KnowledgeArea.SERVICE_SKILLS), NONE(null);

        private final KnowledgeArea area;

        AreaInFile(KnowledgeArea area) {
            this.area = area;
        }

        KnowledgeArea knowledgeArea() {
            return area;
        }
    }

    /** {@code course.yaml}. */
    record CourseFile(
            @NotBlank @jakarta.validation.constraints.Pattern(regexp = "[a-z0-9-]{1,64}") String id,
            @NotBlank @Size(max = 200) String title,
            @NotNull AreaInFile area,
            @NotNull @Min(1) @Max(99) Integer order,
            @NotNull Boolean exemptibleForCategoryB,
            @NotBlank @Size(max = 2000) String description) {
    }

    /** A lesson's front matter. */
    record LessonFrontMatter(
            @NotBlank @jakarta.validation.constraints.Pattern(regexp = "[a-z0-9][a-z0-9.-]{0,99}") String id,
            @NotBlank String course,
            @NotBlank @Size(max = 200) String title,
            @NotNull @Min(1) @Max(99) Integer order,
            @NotNull @Min(1) @Max(600) Integer minutes,
            @Size(max = 200) String seedRef) {
    }
}
