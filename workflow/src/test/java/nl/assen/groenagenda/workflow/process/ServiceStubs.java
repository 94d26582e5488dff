package nl.assen.groenagenda.workflow.process;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * budget-service and agenda-service as WireMock plays them, answering in the shapes of their real
 * records (AgendaItem with its content unwrapped, CoverageResult, Reservation, Cycle, Claim, PagedList,
 * problem+json).
 */
public final class ServiceStubs {

    public static final String LINE = "GROEN-MEEDOEN";

    private final WireMockServer services;

    public ServiceStubs(WireMockServer services) {
        this.services = services;
    }

    /**
     * An item with three costs: 2026 twice (operating 10000, investment 2500.50) and 2027 recurring 4000,
     * so 2026 sums to 12500.50.
     */
    public void agendaItem(String id) {
        services.stubFor(get(urlEqualTo("/api/agenda/v1/agenda-items/" + id)).willReturn(okJson("""
                {"id": "%s", "title": "Bomen Kloosterveen", "description": "Meer bomen langs de Kloosterveense wegen.",
                 "visions": ["GROENVISIE"], "theme": "Bomen", "measureType": "AANLEG", "districts": ["Kloosterveen"],
                 "assetIds": [], "department": "openbare-ruimte", "owner": "Team Groen",
                 "plannedStart": "2026-01-01", "plannedEnd": "2027-12-31", "budgetLineCode": "%s",
                 "costs": [{"year": 2026, "amount": 10000.00, "recurring": false, "kind": "OPERATING"},
                           {"year": 2026, "amount": 2500.50, "recurring": false, "kind": "INVESTMENT"},
                           {"year": 2027, "amount": 4000.00, "recurring": true, "kind": "OPERATING"}],
                 "workWithWork": [], "partners": ["Waterschap Hunze en Aa's"],
                 "status": "SUBMITTED", "progress": 0, "drafter": "opsteller", "example": false, "version": 3,
                 "createdAt": "2026-01-05T09:00:00+01:00", "updatedAt": "2026-01-06T10:00:00+01:00"}"""
                .formatted(id, LINE))));
    }

    /** agenda-service accepts every step of the item (and answers the item, as it does). */
    public void transitionsAccepted(String id) {
        services.stubFor(post(urlEqualTo("/api/agenda/v1/agenda-items/" + id + "/transitions")).willReturn(okJson("""
                {"id": "%s", "title": "Bomen Kloosterveen", "department": "openbare-ruimte", "status": "APPROVED",
                 "budgetLineCode": "%s", "costs": [], "progress": 0, "example": false, "version": 4}"""
                .formatted(id, LINE))));
    }

    public void coverage(String id, boolean covered, String shortfall) {
        services.stubFor(post(urlEqualTo("/api/budget/v1/coverage-checks")).willReturn(okJson("""
                {"budgetLineCode": "%s", "agendaItemId": "%s", "covered": %s, "shortfall": %s,
                 "years": [{"year": 2026, "requested": 12500.50, "available": 50000.00, "covered": true, "shortfall": 0.00},
                           {"year": 2027, "requested": 4000.00, "available": %s, "covered": %s, "shortfall": %s}]}"""
                .formatted(LINE, id, covered, shortfall, covered ? "9000.00" : "0.00", covered, shortfall))));
    }

    public void reservationsMade(String id) {
        services.stubFor(post(urlEqualTo("/api/budget/v1/reservations")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": "0b5c1f0e-3a57-4f1e-9a53-2f1d8c0e7a11", "budgetLineCode": "%s", "year": 2026,
                         "amount": 12500.50, "agendaItemId": "%s", "reason": "Goedgekeurd agendapunt: Bomen Kloosterveen",
                         "status": "RESERVED", "createdBy": "service-account-workflow",
                         "createdAt": "2026-02-01T10:00:00+01:00", "updatedAt": "2026-02-01T10:00:00+01:00"}"""
                        .formatted(LINE, id))));
    }

    /** budget-service refuses the reservation: the money went elsewhere since the coverage check. */
    public void reservationsShortOfBudget() {
        services.stubFor(post(urlEqualTo("/api/budget/v1/reservations")).willReturn(ProcessTestSupport.problem(409, """
                {"type": "urn:nl:assen:groenagenda:problem:insufficient-budget", "title": "Onvoldoende budget",
                 "status": 409, "detail": "Op begrotingsregel %s is voor 2026 EUR 100.00 beschikbaar; gevraagd is EUR 12500.50, een tekort van EUR 12400.50.",
                 "requested": 12500.50, "available": 100.00, "shortfall": 12400.50}""".formatted(LINE))));
    }

    /** 2026 is reserved, then 2027 is refused for want of budget; the 2026 reservation can be released. */
    public void reservationShortInSecondYear(String id) {
        services.stubFor(post(urlEqualTo("/api/budget/v1/reservations"))
                .withRequestBody(matchingJsonPath("$.year", equalTo("2026"))).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": "0b5c1f0e-3a57-4f1e-9a53-2f1d8c0e7a11", "budgetLineCode": "%s", "year": 2026,
                         "amount": 12500.50, "agendaItemId": "%s", "status": "RESERVED"}""".formatted(LINE, id))));
        services.stubFor(post(urlEqualTo("/api/budget/v1/reservations"))
                .withRequestBody(matchingJsonPath("$.year", equalTo("2027"))).willReturn(ProcessTestSupport.problem(409, """
                        {"type": "urn:nl:assen:groenagenda:problem:insufficient-budget", "title": "Onvoldoende budget",
                         "status": 409, "requested": 3000.00, "available": 0.00, "shortfall": 3000.00}""")));
        services.stubFor(post(urlEqualTo("/api/budget/v1/reservations/0b5c1f0e-3a57-4f1e-9a53-2f1d8c0e7a11/release"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"id": "0b5c1f0e-3a57-4f1e-9a53-2f1d8c0e7a11", "status": "RELEASED"}""")));
    }

    /** Kaderbrief 2025 is decided, 2026 and 2027 are open: claims go to 2026. */
    public void cycles() {
        services.stubFor(get(urlPathEqualTo("/api/budget/v1/kaderbrief-cycles")).willReturn(okJson("""
                {"items": [
                   {"year": 2025, "claimDeadline": "2025-03-01", "collegeDate": "2025-05-01", "councilDate": "2025-07-03",
                    "status": "DECIDED", "datesAssumed": true, "note": "Aanname"},
                   {"year": 2026, "claimDeadline": "2026-03-01", "collegeDate": "2026-05-01", "councilDate": "2026-07-02",
                    "status": "OPEN", "datesAssumed": false},
                   {"year": 2027, "claimDeadline": "2027-03-01", "collegeDate": "2027-05-01", "councilDate": "2027-07-01",
                    "status": "OPEN", "datesAssumed": false}],
                 "page": 1, "pageSize": 500, "totalItems": 3, "totalPages": 1}""")));
    }

    public void claimFiled(String id, String claimId) {
        services.stubFor(post(urlEqualTo("/api/budget/v1/kaderbrief-cycles/2026/claims")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json").withBody(claim(id, claimId,
                        "PENDING", "null", "null", null))));
    }

    /** The claim as budget-service holds it after the council's decision. */
    public void claimDecided(String id, String claimId, String status, String granted2026, String granted2027,
                             String followUp) {
        services.stubFor(get(urlPathEqualTo("/api/budget/v1/kaderbrief-cycles/2026/claims")).willReturn(okJson("""
                {"items": [%s], "page": 1, "pageSize": 500, "totalItems": 1, "totalPages": 1}"""
                .formatted(claim(id, claimId, status, granted2026, granted2027, followUp)))));
    }

    private static String claim(String id, String claimId, String status, String granted2026, String granted2027,
                                String followUp) {
        boolean pending = "PENDING".equals(status);
        return """
                {"id": "%s", "cycleYear": 2026, "budgetLineCode": "%s", "agendaItemId": "%s",
                 "motivation": "Past in de Groenvisie; geen ruimte in de begroting.",
                 "amounts": [{"year": 2026, "amount": 12500.50, "recurring": false, "granted": %s},
                             {"year": 2027, "amount": 4000.00, "recurring": true, "granted": %s}],
                 "status": "%s", "createdBy": "service-account-workflow", "createdAt": "2026-02-01T10:00:00+01:00",
                 "decisionReference": %s, "followUp": %s, "decidedBy": %s, "decidedAt": %s}"""
                .formatted(claimId, LINE, id, granted2026, granted2027, status,
                        pending ? "null" : "\"RB-2026-07\"", followUp == null ? "null" : "\"" + followUp + "\"",
                        pending ? "null" : "\"financien\"", pending ? "null" : "\"2026-07-02T21:00:00+02:00\"");
    }

    public void cycleStatusChanges(int year) {
        services.stubFor(post(urlEqualTo("/api/budget/v1/kaderbrief-cycles/" + year + "/status")).willReturn(okJson("""
                {"year": %d, "claimDeadline": "%d-03-01", "collegeDate": "%d-05-01", "councilDate": "%d-07-02",
                 "status": "SENT_TO_COLLEGE", "datesAssumed": false}""".formatted(year, year, year, year))));
    }
}
