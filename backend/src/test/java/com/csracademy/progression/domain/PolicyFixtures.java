package com.csracademy.progression.domain;

import java.nio.file.Path;
import java.util.List;

import jakarta.validation.Validation;
import com.csracademy.calendar.CalendarYear;
import com.csracademy.calendar.WorkingCalendar;
import com.csracademy.content.ContentFiles;
import com.csracademy.content.ContentProperties;
import com.csracademy.program.ProgramDefinition;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The shipped program and calendars, for the policy tests. */
final class PolicyFixtures {

    static final ProgramDefinition PROGRAM;
    static final WorkingCalendar CALENDAR;

    static {
        ContentFiles files = new ContentFiles(new ContentProperties("file:../content/"),
                Validation.buildDefaultValidatorFactory().getValidator());
        PROGRAM = files.bind(files.list("program/csr-onboarding.yaml").get(0), ProgramDefinition.class);
        YAMLMapper yaml = YAMLMapper.builder().findAndAddModules().build();
        CALENDAR = new WorkingCalendar(List.of(
                yaml.readValue(Path.of("../content/calendar/2026.yaml").toFile(), CalendarYear.class),
                yaml.readValue(Path.of("../content/calendar/2027.yaml").toFile(), CalendarYear.class)));
    }

    private PolicyFixtures() {
    }
}
