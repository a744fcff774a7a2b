package com.csracademy.program.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.csracademy.program.ProgramDefinition;
import com.csracademy.program.Programs;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Program")
class ProgramController {

    private final Programs programs;

    ProgramController(Programs programs) {
        this.programs = programs;
    }

    @GetMapping("/program")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The active program: stages, steps, thresholds, windows and quotas")
    Mono<ProgramDefinition> active() {
        return Mono.fromSupplier(programs::active);
    }

    @PostMapping("/admin/content/program/reload")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Re-import the program files; the same content twice changes nothing")
    Mono<ReloadResult> reload() {
        return programs.reload().map(changed -> new ReloadResult(changed, programs.active().id(),
                programs.active().version()));
    }

    record ReloadResult(boolean changed, String activeProgram, int version) {
    }
}
