package nl.assen.groenagenda.budget.actuals;

import static nl.assen.groenagenda.budget.support.Callers.finance;
import static nl.assen.groenagenda.budget.support.Callers.user;
import static nl.assen.groenagenda.budget.support.Callers.workflowServiceAccount;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.assen.groenagenda.budget.support.TestBudgetLines;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Importing actuals from the financial system's CSV export, and reading them against the budget (item 8). */
@SpringBootTest
@AutoConfigureWebTestClient
class ActualsImportTest {

    private static final String ACTUALS = "/api/budget/v1/actuals";
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    private WebTestClient.ResponseSpec importCsv(JwtMutator caller, String csv) {
        WebTestClient c = caller == null ? client : client.mutateWith(caller);
        return c.post().uri(ACTUALS).contentType(CSV).bodyValue(csv).exchange();
    }

    private WebTestClient.BodyContentSpec view(JwtMutator caller, String code, int year) {
        return client.mutateWith(caller).get().uri(ACTUALS + "?budgetLineCode=" + code + "&year=" + year).exchange()
                .expectStatus().isOk().expectBody();
    }

    private long stored(String code) {
        return db.sql("SELECT count(*) AS n FROM actual WHERE budget_line_code = :code").bind("code", code)
                .map((row, meta) -> row.get("n", Long.class)).one().block();
    }

    @Test
    void aValidExportIsStoredPerMonthAndShownAgainstTheBudget() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("12000.00"));
        String csv = "\uFEFFbudgetLineCode;year;month;amount;description\r\n"
                + code + ";2030;1;1.000,50;Maaien januari\r\n"
                + code + ";2030;1;499,50;\"Snoeien; boomgaard\"\r\n"
                + code + ";2030;3;2500;Plantgoed\r\n"
                + code + ";2030;3;-100,00;Creditnota plantgoed\r\n"
                + code + ";2030;12;250.25;Decemberwerk\r\n";
        importCsv(finance(), csv)
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.rows").isEqualTo(5)
                .jsonPath("$.months").isEqualTo(3)
                .jsonPath("$.replacedMonths").isEqualTo(0)
                .jsonPath("$.importedBy").isEqualTo("financieel-adviseur-user")
                .jsonPath("$.items[0].month").isEqualTo(1)
                .jsonPath("$.items[0].bookings").isEqualTo(2)
                .jsonPath("$.items[0].amount").isEqualTo(1500.0)
                .jsonPath("$.items[0].replaced").isEqualTo(false)
                .jsonPath("$.items[1].amount").isEqualTo(2400.0)
                .jsonPath("$.items[2].amount").isEqualTo(250.25);

        view(user("raad"), code, 2030)
                .jsonPath("$.budget").isEqualTo(12000.0)
                .jsonPath("$.actuals").isEqualTo(4150.25)
                .jsonPath("$.remaining").isEqualTo(7849.75)
                // Actuals do not touch realised or available: those follow the reservations.
                .jsonPath("$.realised").isEqualTo(0.0)
                .jsonPath("$.available").isEqualTo(12000.0)
                .jsonPath("$.months.length()").isEqualTo(12)
                .jsonPath("$.months[0].actual").isEqualTo(1500.0)
                .jsonPath("$.months[1].actual").isEqualTo(0.0)
                .jsonPath("$.months[1].cumulative").isEqualTo(1500.0)
                .jsonPath("$.months[2].cumulative").isEqualTo(3900.0)
                .jsonPath("$.months[2].remaining").isEqualTo(8100.0)
                .jsonPath("$.months[11].cumulative").isEqualTo(4150.25);
        assertThat(db.sql("SELECT description FROM actual WHERE budget_line_code = :code AND row_number = 2")
                .bind("code", code).map((row, meta) -> row.get("description", String.class)).one().block())
                .isEqualTo("Snoeien; boomgaard");
    }

    @Test
    void reImportingAMonthReplacesItAndSaysSo() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("12000.00"));
        importCsv(finance(), "budgetLineCode;year;month;amount\n" + code + ";2030;1;100\n" + code + ";2030;2;200\n")
                .expectStatus().isCreated();
        importCsv(finance(), "budgetLineCode,year,month,amount\n" + code + ",2030,2,\"250,00\"\n" + code + ",2030,2,50\n")
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.replacedMonths").isEqualTo(1)
                .jsonPath("$.items[0].month").isEqualTo(2)
                .jsonPath("$.items[0].replaced").isEqualTo(true)
                .jsonPath("$.items[0].previousAmount").isEqualTo(200.0)
                .jsonPath("$.items[0].amount").isEqualTo(300.0);
        view(finance(), code, 2030)
                .jsonPath("$.months[0].actual").isEqualTo(100.0)
                .jsonPath("$.months[1].actual").isEqualTo(300.0)
                .jsonPath("$.actuals").isEqualTo(400.0);
        assertThat(stored(code)).isEqualTo(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anExportWithAnyRowErrorNamesEveryErrorAndStoresNothing() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("12000.00"));
        importCsv(finance(), "budgetLineCode;year;month;amount\n" + code + ";2030;1;100\n").expectStatus().isCreated();
        String csv = "budgetLineCode;year;month;amount;description\n"
                + code + ";2030;1;999;vervangt januari niet\n"
                + code + ";2045;13;12,345;\n"
                + "ZZ-TEST-ONBEKEND;2030;2;10;\n"
                + code + ";twintig;0;tien;\n"
                + code + ";2030;4\n"
                + ";2030;5;1e3;\n";
        importCsv(finance(), csv)
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names).containsExactly(
                        "rows[2].year", "rows[2].month", "rows[2].amount",
                        "rows[3].budgetLineCode",
                        "rows[4].year", "rows[4].month", "rows[4].amount",
                        "rows[5]",
                        "rows[6].budgetLineCode", "rows[6].amount"));
        assertThat(stored(code)).isEqualTo(1);
        view(finance(), code, 2030).jsonPath("$.months[0].actual").isEqualTo(100.0);
    }

    @Test
    void aMissingColumnOrAnEmptyExportIs400() {
        importCsv(finance(), "budgetLineCode;jaar;month\nX;2030;1\n")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactly("header", "header"));
        importCsv(finance(), "budgetLineCode;year;month;amount\n")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("rows");
    }

    @Test
    void readingActualsNeedsAKnownLineAndAFiscalYear() {
        client.mutateWith(finance()).get().uri(ACTUALS + "?budgetLineCode=ZZ-TEST-ONBEKEND&year=2050").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("budgetLineCode", "year"));
        client.mutateWith(finance()).get().uri(ACTUALS).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams.length()").isEqualTo(2);
    }

    @Test
    void onlyFinanceStaffImportAndStaffAndTheCouncilRead() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("100.00"));
        String csv = "budgetLineCode;year;month;amount\n" + code + ";2030;6;10\n";
        for (JwtMutator refused : List.of(user("medewerker"), user("afdelingsmanager"), user("beheerder"), user("raad"),
                workflowServiceAccount())) {
            importCsv(refused, csv).expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        importCsv(null, csv).expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri(ACTUALS + "?budgetLineCode=" + code + "&year=2030").exchange().expectStatus().isUnauthorized();
        client.mutateWith(workflowServiceAccount()).get().uri(ACTUALS + "?budgetLineCode=" + code + "&year=2030")
                .exchange().expectStatus().isForbidden();
        assertThat(stored(code)).isZero();
        importCsv(finance(), csv).expectStatus().isCreated();
        for (String role : List.of("medewerker", "afdelingsmanager", "financieel-adviseur", "beheerder", "raad")) {
            view(user(role), code, 2030).jsonPath("$.months[5].actual").isEqualTo(10.0);
        }
    }
}
