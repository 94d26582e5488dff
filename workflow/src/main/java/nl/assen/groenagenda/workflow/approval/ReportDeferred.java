package nl.assen.groenagenda.workflow.approval;

import static nl.assen.groenagenda.workflow.process.Variables.integer;
import static nl.assen.groenagenda.workflow.process.Variables.required;
import static nl.assen.groenagenda.workflow.process.Variables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Uitstellen naar volgende cyclus: the council refused the claim for now; agenda status DEFERRED. */
@Component
public class ReportDeferred implements JavaDelegate {

    private final AgendaSteps steps;

    public ReportDeferred(AgendaSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.report(execution, "DEFERRED", null,
                "Claim afgewezen bij raadsbesluit " + text(execution, "councilReference")
                        + "; uitgesteld naar de volgende Kaderbriefcyclus.",
                integer(execution, "kaderbriefYear"), required(execution, "claimId"));
    }
}
