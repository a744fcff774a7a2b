package com.csracademy.curriculum;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import com.csracademy.content.ContentException;
import com.csracademy.content.ContentFiles;
import com.csracademy.content.ContentProperties;
import com.csracademy.content.ContentVersions;
import com.csracademy.curriculum.CurriculumContent.Catalogue;
import com.csracademy.curriculum.persistence.CourseDocument;
import com.csracademy.curriculum.persistence.Courses;
import com.csracademy.curriculum.persistence.LessonDocument;
import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.shared.AcademyException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/** The curriculum files: the shipped ones load as the product expects, and a bad file names itself. */
class CurriculumContentTest {

    private static final jakarta.validation.ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = VALIDATION.getValidator();

    @TempDir
    Path root;

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    private static Catalogue read(String location) {
        return CurriculumContent.read(new ContentFiles(new ContentProperties(location), VALIDATOR));
    }

    private Catalogue readTemp() {
        return read("file:" + root.toAbsolutePath() + "/");
    }

    @Test
    void theShippedCurriculumHasSixCoursesAndThirtyLessons() {
        Catalogue shipped = read("classpath:content/");
        assertThat(shipped.courses()).hasSize(6);
        assertThat(shipped.lessons()).hasSize(30);
        assertThat(shipped.lessons().stream().collect(Collectors.groupingBy(LessonDocument::courseId,
                Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("dept-intro", 2L, "securities-basics", 10L,
                        "systems", 6L, "services-products", 4L, "service-norms", 4L, "service-skills", 4L));
    }

    @Test
    void theShippedCoursesHaveTheirAreasAndOnlySecuritiesCoursesAreExemptible() {
        Map<String, CourseDocument> courses = read("classpath:content/").courses().stream()
                .collect(Collectors.toMap(CourseDocument::id, c -> c));
        assertThat(courses.get("dept-intro").area()).isNull();
        assertThat(courses.get("securities-basics").area()).isEqualTo(KnowledgeArea.SECURITIES_BASICS);
        assertThat(courses.get("services-products").area()).isEqualTo(KnowledgeArea.SECURITIES_BASICS);
        assertThat(courses.get("systems").area()).isEqualTo(KnowledgeArea.SYSTEMS);
        assertThat(courses.get("service-norms").area()).isEqualTo(KnowledgeArea.SERVICE_NORMS);
        assertThat(courses.get("service-skills").area()).isEqualTo(KnowledgeArea.SERVICE_SKILLS);
        assertThat(courses.values().stream().filter(CourseDocument::exemptibleForCategoryB).map(CourseDocument::id))
                .containsExactlyInAnyOrder("securities-basics", "services-products");
        assertThat(courses.values().stream().map(CourseDocument::order)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
    }

    @Test
    void aLessonsMarkdownIsStoredExactlyAsWrittenAfterTheFrontMatter() throws IOException {
        LessonDocument lesson = read("classpath:content/").lessons().stream()
                .filter(l -> l.id().equals("systems.pc-trading-client")).findFirst().orElseThrow();
        String file = Files.readString(Path.of("../content/curriculum/systems/01-pc-trading-client.md"));
        assertThat(file).endsWith(lesson.markdown());
        assertThat(lesson.markdown()).startsWith("\n## 学习目标");
        assertThat(lesson.minutes()).isEqualTo(45);
        assertThat(lesson.seedRef()).isEqualTo("000 §四(一)3)①");
        assertThat(lesson.file()).isEqualTo("curriculum/systems/01-pc-trading-client.md");
    }

    @Test
    void theSameFilesGiveTheSameContentVersion() {
        assertThat(read("classpath:content/").hash()).isEqualTo(read("classpath:content/").hash()).hasSize(64);
    }

    @BeforeEach
    void aSmallGoodCurriculum() throws IOException {
        write("curriculum/basics/course.yaml", course("basics", "SECURITIES_BASICS", 1, true));
        write("curriculum/basics/01-shares.md", lesson("basics.shares", "basics", 1));
        write("curriculum/basics/02-funds.md", lesson("basics.funds", "basics", 2));
        write("curriculum/intro/course.yaml", course("intro", "NONE", 2, false));
        write("curriculum/intro/01-welcome.md", lesson("intro.welcome", "intro", 1));
    }

    @Test
    void theSmallCurriculumLoads() {
        Catalogue catalogue = readTemp();
        assertThat(catalogue.courses()).extracting(CourseDocument::id).containsExactly("basics", "intro");
        assertThat(catalogue.lessons()).hasSize(3);
    }

    @Test
    void aLessonWithoutFrontMatterNamesTheFileAndTheFrontMatter() throws IOException {
        write("curriculum/basics/02-funds.md", "# 基金\n\n正文\n");
        assertThatThrownBy(this::readTemp).isInstanceOf(ContentException.class)
                .hasMessageStartingWith("curriculum/basics/02-funds.md: front matter: missing");
    }

    @Test
    void anUnclosedFrontMatterNamesTheFile() throws IOException {
        write("curriculum/basics/02-funds.md", "---\nid: basics.funds\ncourse: basics\n");
        assertThatThrownBy(this::readTemp)
                .hasMessageStartingWith("curriculum/basics/02-funds.md: front matter: not closed");
    }

    @Test
    void aLessonOfAnUnknownCourseNamesTheFileAndTheCourseField() throws IOException {
        write("curriculum/basics/02-funds.md", lesson("basics.funds", "bonds", 2));
        assertThatThrownBy(this::readTemp).isInstanceOf(ContentException.class)
                .hasMessageStartingWith("curriculum/basics/02-funds.md: course: unknown course 'bonds'");
    }

    @Test
    void aLessonNamingAnotherCourseThanItsFolderIsRefused() throws IOException {
        write("curriculum/basics/02-funds.md", lesson("basics.funds", "intro", 2));
        assertThatThrownBy(this::readTemp)
                .hasMessageStartingWith("curriculum/basics/02-funds.md: course: 'intro' but the file is in the "
                        + "folder of course 'basics'");
    }

    @Test
    void aDuplicateLessonIdNamesBothFilesAndTheIdField() throws IOException {
        write("curriculum/basics/02-funds.md", lesson("basics.shares", "basics", 2));
        assertThatThrownBy(this::readTemp).isInstanceOf(ContentException.class)
                .hasMessage("curriculum/basics/02-funds.md: id: lesson 'basics.shares' is also defined in "
                        + "curriculum/basics/01-shares.md");
    }

    @Test
    void anUnknownAreaNamesTheFileAndTheAreaField() throws IOException {
        write("curriculum/intro/course.yaml", course("intro", "HISTORY", 2, false));
        assertThatThrownBy(this::readTemp).isInstanceOf(ContentException.class)
                .hasMessageStartingWith("curriculum/intro/course.yaml: area: ")
                .hasMessageContaining("HISTORY");
    }

    @Test
    void aMissingAreaNamesTheFileAndTheAreaField() throws IOException {
        write("curriculum/intro/course.yaml", "id: intro\ntitle: 介绍\norder: 2\nexemptibleForCategoryB: false\n"
                + "description: d\n");
        assertThatThrownBy(this::readTemp).hasMessage("curriculum/intro/course.yaml: area: must not be null");
    }

    @Test
    void aMissingLessonFieldNamesTheFileAndTheField() throws IOException {
        write("curriculum/basics/02-funds.md", "---\nid: basics.funds\ncourse: basics\ntitle: 基金\norder: 2\n---\n");
        assertThatThrownBy(this::readTemp).hasMessage("curriculum/basics/02-funds.md: minutes: must not be null");
    }

    @Test
    void anUnknownLessonFieldNamesTheFileAndTheField() throws IOException {
        write("curriculum/basics/02-funds.md", "---\nid: basics.funds\ncourse: basics\nminute: 30\ntitle: 基金\n"
                + "order: 2\nminutes: 30\n---\n");
        assertThatThrownBy(this::readTemp).hasMessageStartingWith("curriculum/basics/02-funds.md: minute: ");
    }

    @Test
    void aFrontMatterSyntaxErrorNamesTheFileAndTheLineOfTheFile() throws IOException {
        write("curriculum/basics/02-funds.md", "---\nid: basics.funds\ncourse: basics\ntitle: [基金\norder: 2\n"
                + "minutes: 30\n---\n");
        assertThatThrownBy(this::readTemp).hasMessageStartingWith("curriculum/basics/02-funds.md: ")
                .hasMessageContaining("(line 4)");
    }

    @Test
    void aCourseWhoseIdIsNotItsFolderNameIsRefused() throws IOException {
        write("curriculum/intro/course.yaml", course("introduction", "NONE", 2, false));
        assertThatThrownBy(this::readTemp).hasMessageStartingWith("curriculum/intro/course.yaml: id: 'introduction'");
    }

    @Test
    void aLessonWhoseOrderDisagreesWithItsFileNameIsRefused() throws IOException {
        write("curriculum/basics/02-funds.md", lesson("basics.funds", "basics", 3));
        assertThatThrownBy(this::readTemp)
                .hasMessage("curriculum/basics/02-funds.md: order: 3 but the file name starts with 02; they must agree");
    }

    @Test
    void aLessonFileNotNamedNNSlugIsRefused() throws IOException {
        write("curriculum/basics/README.md", lesson("basics.readme", "basics", 3));
        assertThatThrownBy(this::readTemp).hasMessageStartingWith("curriculum/basics/README.md: a lesson file must be");
    }

    @Test
    void aCourseWithoutLessonsIsRefused() throws IOException {
        Files.delete(root.resolve("curriculum/intro/01-welcome.md"));
        assertThatThrownBy(this::readTemp).hasMessageStartingWith("curriculum/intro/course.yaml: lessons: ");
    }

    @Test
    void noCourseAtAllIsRefused() throws IOException {
        Path empty = Files.createDirectories(root.resolve("empty/curriculum"));
        assertThatThrownBy(() -> read("file:" + empty.getParent().toAbsolutePath() + "/")).hasMessageStartingWith("No course found");
    }

    @Test
    void aReloadOfBadFilesIs422NamingTheFileAndStoresNothing() throws IOException {
        write("curriculum/intro/course.yaml", course("intro", "HISTORY", 2, false));
        ContentVersions versions = mock(ContentVersions.class);
        Courses courses = mock(Courses.class);
        Curriculum curriculum = new Curriculum(courses, null, null, null, new CurriculumContent(new ContentFiles(
                new ContentProperties("file:" + root.toAbsolutePath() + "/"), VALIDATOR), versions, courses),
                new CurriculumProperties(300), Clock.systemUTC());
        StepVerifier.create(curriculum.reimport())
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(CurriculumExceptions.InvalidContent.class)
                        .hasMessageStartingWith("curriculum/intro/course.yaml: area: ")
                        .extracting(error -> ((AcademyException) error).status().value()).isEqualTo(422))
                .verify();
        verifyNoInteractions(versions, courses);
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String course(String id, String area, int order, boolean exemptible) {
        return "id: " + id + "\ntitle: 课程" + id + "\narea: " + area + "\norder: " + order
                + "\nexemptibleForCategoryB: " + exemptible + "\ndescription: 说明\n";
    }

    private static String lesson(String id, String course, int order) {
        return "---\nid: " + id + "\ncourse: " + course + "\ntitle: 课" + id + "\norder: " + order
                + "\nminutes: 30\nseedRef: \"000 §四\"\n---\n\n## 正文\n";
    }
}
