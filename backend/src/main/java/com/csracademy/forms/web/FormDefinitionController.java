package com.csracademy.forms.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.csracademy.forms.FormDefinition;
import com.csracademy.forms.FormDefinitions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/form-definitions")
@Tag(name = "Forms")
class FormDefinitionController {

    private final FormDefinitions definitions;

    FormDefinitionController(FormDefinitions definitions) {
        this.definitions = definitions;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Every form definition, every version")
    Mono<List<FormDefinition>> all() {
        return Mono.fromSupplier(definitions::all);
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The newest version of a form definition")
    Mono<FormDefinition> latest(@PathVariable String id) {
        return Mono.fromSupplier(() -> definitions.latest(id));
    }

    @GetMapping("/{id}/versions/{version}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One version of a form definition")
    Mono<FormDefinition> version(@PathVariable String id, @PathVariable int version) {
        return Mono.fromSupplier(() -> definitions.definition(id, version));
    }
}
