package com.csracademy.forms;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.csracademy.content.ContentException;
import com.csracademy.content.ContentFiles;
import com.csracademy.content.ContentFiles.ContentFile;
import com.csracademy.forms.domain.SubmissionCheck;
import com.csracademy.shared.AcademyException.FieldError;
import com.csracademy.shared.InvalidRequestException;
import com.csracademy.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The form definitions, read and validated from {@code content/forms/*.yaml} when the application starts (a
 * bad file stops the start with a message naming the file and the field). Every version is kept, so a form
 * filled with version 1 is still judged by version 1 after version 2 ships.
 */
@Service
public class FormDefinitions {

    private final Map<String, FormDefinition> byKey;

    FormDefinitions(ContentFiles files) {
        this.byKey = read(files);
    }

    static Map<String, FormDefinition> read(ContentFiles files) {
        Map<String, FormDefinition> found = new LinkedHashMap<>();
        for (ContentFile file : files.list("forms/*.yaml")) {
            FormDefinition definition = files.bind(file, FormDefinition.class);
            if (found.putIfAbsent(definition.key(), definition) != null) {
                throw new ContentException(file.path() + ": version: form '" + definition.key() + "' is defined twice");
            }
        }
        return Map.copyOf(found);
    }

    public List<FormDefinition> all() {
        return byKey.values().stream()
                .sorted(Comparator.comparing(FormDefinition::id).thenComparing(FormDefinition::version)).toList();
    }

    /** The newest version of a form; 404 when there is none. */
    public FormDefinition latest(String id) {
        return byKey.values().stream().filter(d -> d.id().equals(id)).max(Comparator.comparingInt(FormDefinition::version))
                .orElseThrow(() -> new NotFoundException("Form definition", id));
    }

    /** One version of a form; 404 when there is none. */
    public FormDefinition definition(String id, int version) {
        return Optional.ofNullable(byKey.get(id + "@" + version))
                .orElseThrow(() -> new NotFoundException("Form definition", id + "@" + version));
    }

    /**
     * Checks values against a definition; a draft may leave required fields empty. Fails with 422 and one
     * error per field ({@code values.<fieldId>}).
     */
    public void requireValid(FormDefinition definition, Map<String, Object> values, boolean draft) {
        List<FieldError> errors = SubmissionCheck.check(definition, values, draft).stream()
                .map(p -> new FieldError("values." + p.field(), p.message())).toList();
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The form does not match " + definition.key() + ": " + errors.size()
                    + " field(s) to correct", errors);
        }
    }
}
