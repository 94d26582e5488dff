package nl.assen.groenagenda.workflow.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads process variables by name, failing loudly when one the model promises is missing. */
public final class Variables {

    private Variables() {
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    public static String required(VariableScope scope, String name) {
        String value = text(scope, name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Process variable " + name + " is missing");
        }
        return value;
    }

    public static int integer(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number number) {
            return number.intValue();
        }
        return Integer.parseInt(required(scope, name));
    }
}
