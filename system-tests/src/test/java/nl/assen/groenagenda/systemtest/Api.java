package nl.assen.groenagenda.systemtest;

/** The four APIs of the suite, each with the authenticated read endpoint the smoke tests use. */
public enum Api {
    ASSETS("assets", "asset-service", "ASSET_SERVICE_URL", "http://localhost:18081", "/asset-types", true, "/asset-types"),
    BUDGET("budget", "budget-service", "BUDGET_SERVICE_URL", "http://localhost:18082", "/taakvelden", true, "/taakvelden"),
    // The themes are open to the council too (it filters its reports by them); the agenda items are not.
    AGENDA("agenda", "agenda-service", "AGENDA_SERVICE_URL", "http://localhost:18083", "/themes", true, "/agenda-items"),
    WORKFLOW("workflow", "workflow", "WORKFLOW_SERVICE_URL", "http://localhost:18084", "/tasks", false, "/tasks");

    final String name;
    /** The audience a token must carry for this service (docs/configuration.md). */
    final String audience;
    final String urlVariable;
    final String defaultUrl;
    final String readEndpoint;
    /** Whether the read endpoint serves reference data that is never empty. */
    final boolean readEndpointHasReferenceData;
    /** A read endpoint the council's role (raad) may not call. */
    final String councilRefusedEndpoint;

    Api(String name, String audience, String urlVariable, String defaultUrl, String readEndpoint,
            boolean readEndpointHasReferenceData, String councilRefusedEndpoint) {
        this.name = name;
        this.audience = audience;
        this.urlVariable = urlVariable;
        this.defaultUrl = defaultUrl;
        this.readEndpoint = readEndpoint;
        this.readEndpointHasReferenceData = readEndpointHasReferenceData;
        this.councilRefusedEndpoint = councilRefusedEndpoint;
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
