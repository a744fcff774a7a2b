package com.csracademy.fuzz;

import com.csracademy.content.ContentFiles;
import com.csracademy.content.ContentProperties;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The content loader as the application builds it, without a Spring context. */
final class ContentLoaders {

    private ContentLoaders() {
    }

    static ContentFiles contentFiles() {
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        return new ContentFiles(new ContentProperties("classpath:content/"), validator);
    }
}
