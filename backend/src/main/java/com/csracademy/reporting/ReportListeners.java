package com.csracademy.reporting;

import java.util.function.UnaryOperator;

import com.csracademy.monitoring.MonitoringFormChanged;
import com.csracademy.monitoring.SupervisedCallsChanged;
import com.csracademy.people.TraineeEnrolled;
import com.csracademy.progression.JourneyChanged;
import com.csracademy.quiz.KnowledgeAssessed;
import com.csracademy.reporting.domain.TraineeFacts;
import com.csracademy.reporting.persistence.Sources;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The events the reports are fed by. Each only queues the change (the publisher's thread is never held up);
 * the model applies them in order. Replaying an event changes nothing: journey transitions and knowledge
 * sittings are ordered, and the monitoring counts are read as they stand.
 */
@Component
class ReportListeners {

    private final ReportModel model;

    ReportListeners(ReportModel model) {
        this.model = model;
    }

    @EventListener
    void on(TraineeEnrolled event) {
        model.change(event.traineeId(), UnaryOperator.identity());
    }

    @EventListener
    void on(JourneyChanged event) {
        String from = event.fromStage() == null ? null : event.fromStage().name();
        model.change(event.traineeId(), facts -> facts.withJourney(event.stage(), event.stepId(), event.status(),
                event.dueBy(), event.transitions(), Sources.stageScore(from, event.inputs()),
                Sources.weekScore(from, event.inputs())));
    }

    @EventListener
    void on(KnowledgeAssessed event) {
        model.change(event.traineeId(), facts -> facts.withKnowledge(event.areaScores(), event.average(),
                event.sitting()));
    }

    @EventListener
    void on(MonitoringFormChanged event) {
        model.change(event.traineeId(), UnaryOperator.<TraineeFacts>identity());
    }

    @EventListener
    void on(SupervisedCallsChanged event) {
        model.change(event.traineeId(), UnaryOperator.identity());
    }
}
