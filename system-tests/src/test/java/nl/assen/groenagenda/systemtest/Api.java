package nl.assen.groenagenda.systemtest;

/** The four APIs of the suite, each with the authenticated read endpoint the smoke tests use. */
public enum Api {
    ASSETS("assets", "asset-service", "ASSET_SERVICE_URL", "http://localhost:18081", "/asset-types", true),
    BUDGET("budget", "budget-service", "BUDGET_SERVICE_URL", "http://localhost:18082", "/taakvelden", true),
    // The agenda itself: its themes and districts are open to the council too, so they prove no refusal.
    AGENDA("agenda", "agenda-service", "AGENDA_SERVICE_URL", "http://localhost:18083", "/agenda-items", false),
    WORKFLOW("workflow", "workflow", "WORKFLOW_SERVICE_URL", "http://localhost:18084", "/tasks", false);

    final String name;
    /** The audience a token must carry for this service (docs/configuration.md). */
    final String audience;
    final String urlVariable;
    final String defaultUrl;
    final String readEndpoint;
    /** Whether the read endpoint serves reference data that is never empty. */
    final boolean readEndpointHasReferenceData;

    Api(String name, String audience, String urlVariable, String defaultUrl, String readEndpoint,
            boolean readEndpointHasReferenceData) {
        this.name = name;
        this.audience = audience;
        this.urlVariable = urlVariable;
        this.defaultUrl = defaultUrl;
        this.readEndpoint = readEndpoint;
        this.readEndpointHasReferenceData = readEndpointHasReferenceData;
    }

    /** {@code /api/<name>/v1}. */
    public String basePath() {
        return "/api/" + name + "/v1";
    }

    public String readPath() {
        return basePath() + readEndpoint;
    }

    public String openApiPath() {
        return basePath() + "/openapi.json";
    }
}
