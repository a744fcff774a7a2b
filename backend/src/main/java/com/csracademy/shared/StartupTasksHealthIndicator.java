package com.csracademy.shared;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** DOWN until the startup tasks (content import, demo people, indexes) are done; part of readiness. */
@Component
class StartupTasksHealthIndicator implements HealthIndicator {

    private final StartupTasks tasks;

    StartupTasksHealthIndicator(StartupTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public Health health() {
        return tasks.done() ? Health.up().build() : Health.down().withDetail("reason", "startup tasks running").build();
    }
}
