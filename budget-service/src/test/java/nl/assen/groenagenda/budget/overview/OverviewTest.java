package nl.assen.groenagenda.budget.overview;

import static nl.assen.groenagenda.budget.support.Callers.finance;
import static nl.assen.groenagenda.budget.support.Callers.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.assen.groenagenda.budget.support.TestBudgetLines;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The overview for the budget UI and the council, against the real PostgreSQL database. */
@SpringBootTest
@AutoConfigureWebTestClient
class OverviewTest {

    private static final String OVERVIEW = "/api/budget/v1/overview";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @Autowired
    ObjectMapper mapper;

    private JsonNode json(JwtMutator caller, String query) throws IOException {
        byte[] body = client.mutateWith(caller).get().uri(OVERVIEW + query).accept(MediaType.APPLICATION_JSON)
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().returnResult().getResponseBody();
        return mapper.readTree(body);
    }

    private static JsonNode line(JsonNode overview, String code) {
        for (JsonNode line : overview.get("lines")) {
            if (line.get("code").asText().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("line " + code + " is not in the overview");
    }

    private static BigDecimal amount(JsonNode figures, String name) {
        return figures.get(name).decimalValue();
    }

    private String reserve(String code, int year, String amount) {
        return client.mutateWith(finance()).post().uri("/api/budget/v1/reservations")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"budgetLineCode": "%s", "year": %d, "amount": %s, "agendaItemId": "overview-test"}"""
                        .formatted(code, year, amount))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    @Test
    void availableIsTheBudgetLessWhatIsReservedAndRealised() throws IOException {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("12500.00"));
        reserve(code, 2030, "1000.00");
        String realised = reserve(code, 2030, "2000.50");
        client.mutateWith(finance()).post().uri("/api/budget/v1/reservations/" + realised + "/realisation")
                .exchange().expectStatus().isOk();

        JsonNode overview = json(user("raad"), "?fromYear=2029&toYear=2030");
        assertThat(overview.get("unit").asText()).isEqualTo("EUR");
        JsonNode years = line(overview, code).get("years");
        assertThat(years).hasSize(2);
        JsonNode empty = years.get(0);
        assertThat(empty.get("year").asInt()).isEqualTo(2029);
        assertThat(amount(empty, "budget")).isEqualByComparingTo("0");
        assertThat(amount(empty, "available")).isEqualByComparingTo("0");
        JsonNode year = years.get(1);
        assertThat(year.get("year").asInt()).isEqualTo(2030);
        assertThat(amount(year, "budget")).isEqualByComparingTo("12500.00");
        assertThat(amount(year, "reserved")).isEqualByComparingTo("1000.00");
        assertThat(amount(year, "realised")).isEqualByComparingTo("2000.50");
        assertThat(amount(year, "available")).isEqualByComparingTo("9499.50");
        assertThat(amount(year, "pendingClaims")).isEqualByComparingTo("0");
        assertThat(amount(line(overview, code).get("total"), "available")).isEqualByComparingTo("9499.50");
    }

    @Test
    void theDefaultRangeIsThePlansYearsAndTheTotalsAreTheSumsOfTheLines() throws IOException {
        JsonNode overview = json(user("medewerker"), "");
        assertThat(overview.get("fromYear").asInt()).isEqualTo(2024);
        assertThat(overview.get("toYear").asInt()).isEqualTo(2044);
        JsonNode replacement = line(overview, "GROEN-VERVANGING");
        assertThat(replacement.get("taakveld").asText()).isEqualTo("5.7");
        assertThat(replacement.get("kind").asText()).isEqualTo("INVESTMENT");
        assertThat(amount(replacement.get("years").get(1), "budget")).isEqualByComparingTo("280000.00");

        List<String> measures = List.of("budget", "reserved", "realised", "available", "pendingClaims");
        Map<String, BigDecimal> overall = new HashMap<>();
        for (int i = 0; i < 21; i++) {
            Map<String, BigDecimal> sums = new HashMap<>();
            for (JsonNode line : overview.get("lines")) {
                JsonNode figures = line.get("years").get(i);
                assertThat(figures.get("year").asInt()).isEqualTo(2024 + i);
                assertThat(amount(figures, "available")).isEqualByComparingTo(amount(figures, "budget")
                        .subtract(amount(figures, "reserved")).subtract(amount(figures, "realised")));
                measures.forEach(m -> sums.merge(m, amount(figures, m), BigDecimal::add));
            }
            JsonNode total = overview.get("totals").get(i);
            assertThat(total.get("year").asInt()).isEqualTo(2024 + i);
            for (String m : measures) {
                assertThat(amount(total, m)).as(m + " in " + (2024 + i)).isEqualByComparingTo(sums.get(m));
                overall.merge(m, amount(total, m), BigDecimal::add);
            }
        }
        assertThat(overview.get("totals")).hasSize(21);
        assertThat(amount(overview.get("totals").get(1), "budget")).isGreaterThanOrEqualTo(new BigDecimal("280000"));
        for (String m : measures) {
            assertThat(amount(overview.get("total"), m)).as(m).isEqualByComparingTo(overall.get(m));
        }
    }

    /** The CSV as rows of fields, after the byte order mark; fields are never quoted in these tests. */
    private static List<String[]> csvRows(byte[] body) {
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        List<String[]> rows = new ArrayList<>();
        for (String row : text.split("\r\n")) {
            rows.add(row.split(";", -1));
        }
        return rows;
    }

    private static BigDecimal dutch(String text) {
        assertThat(text).matches("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?");
        return new BigDecimal(text.replace(".", "").replace(',', '.'));
    }

    private byte[] download(String query, String accept, String fileName) {
        return client.mutateWith(user("raad")).get().uri(OVERVIEW + query)
                .header(HttpHeaders.ACCEPT, accept)
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType(accept))
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .expectBody().returnResult().getResponseBody();
    }

    @Test
    void theCsvInDutchNotationParsesBackToTheSameFigures() throws IOException {
        String code = TestBudgetLines.withBudget(db, 2031, new BigDecimal("1234567.89"));
        reserve(code, 2031, "0.89");
        JsonNode overview = json(finance(), "?fromYear=2030&toYear=2031");
        List<String[]> rows = csvRows(download("?fromYear=2030&toYear=2031", "text/csv", "begrotingsoverzicht-2030-2031.csv"));

        assertThat(rows.get(0)[0]).isEqualTo("Overzicht begrotingsregels groenagenda 2030-2031");
        assertThat(rows.get(1)[0]).isEqualTo("Bedragen in EUR");
        assertThat(rows.get(2)).containsExactly("Code", "Naam", "Taakveld", "Soort", "Jaar", "Begroting",
                "Gereserveerd", "Gerealiseerd", "Beschikbaar", "Openstaande claims");
        List<String> measures = List.of("budget", "reserved", "realised", "available", "pendingClaims");
        int row = 3;
        for (JsonNode line : overview.get("lines")) {
            for (JsonNode figures : line.get("years")) {
                String[] fields = rows.get(row++);
                assertThat(fields[0]).isEqualTo(line.get("code").asText());
                assertThat(fields[4]).isEqualTo(figures.get("year").asText());
                for (int m = 0; m < measures.size(); m++) {
                    assertThat(dutch(fields[5 + m])).isEqualByComparingTo(amount(figures, measures.get(m)));
                }
            }
        }
        for (JsonNode total : overview.get("totals")) {
            String[] fields = rows.get(row++);
            assertThat(fields[0]).isEqualTo("Totaal");
            assertThat(dutch(fields[5])).isEqualByComparingTo(amount(total, "budget"));
        }
        String[] overall = rows.get(row++);
        assertThat(overall[0] + " " + overall[4]).isEqualTo("Totaal 2030-2031");
        assertThat(dutch(overall[8])).isEqualByComparingTo(amount(overview.get("total"), "available"));
        assertThat(rows).hasSize(row);

        String[] mine = rows.stream().filter(f -> f[0].equals(code) && f[4].equals("2031")).findFirst().orElseThrow();
        assertThat(mine).containsExactly(code, "Testregel", "5.7 Openbaar groen en (openlucht) recreatie", "Exploitatie",
                "2031", "1.234.567,89", "0,89", "0,00", "1.234.567,00", "0,00");
        String[] replacement = rows.stream().filter(f -> f[0].equals("GROEN-VERVANGING") && f[4].equals("2030"))
                .findFirst().orElseThrow();
        assertThat(replacement[5]).isEqualTo("280.000,00");
    }

    @Test
    void inThousandsEveryAmountIsRoundedHalfUpToWholeThousands() throws IOException {
        String code = TestBudgetLines.withBudget(db, 2032, new BigDecimal("12500.00"));
        reserve(code, 2032, "1.00");
        List<String[]> rows = csvRows(download("?fromYear=2032&toYear=2032&unit=thousands", "text/csv",
                "begrotingsoverzicht-2032-x1000.csv"));
        assertThat(rows.get(1)[0]).isEqualTo("Bedragen x EUR 1.000");
        String[] mine = rows.stream().filter(f -> f[0].equals(code)).findFirst().orElseThrow();
        // 12.500 -> 13 (half up, not to even); 1 -> 0; 12.499 -> 12.
        assertThat(Arrays.copyOfRange(mine, 4, 10)).containsExactly("2032", "13", "0", "0", "12", "0");
        String[] replacement = rows.stream().filter(f -> f[0].equals("GROEN-VERVANGING")).findFirst().orElseThrow();
        assertThat(replacement[5]).isEqualTo("280");

        JsonNode overview = json(user("medewerker"), "?fromYear=2032&toYear=2032&unit=thousands");
        assertThat(overview.get("unit").asText()).isEqualTo("THOUSANDS_OF_EUR");
        JsonNode year = line(overview, code).get("years").get(0);
        assertThat(amount(year, "budget")).isEqualByComparingTo("13");
        assertThat(amount(year, "available")).isEqualByComparingTo("12");
    }

    @Test
    void theXlsxIsAWorkbookWithTheAmountsAsNumbersInADutchFormat() throws IOException {
        String code = TestBudgetLines.withBudget(db, 2033, new BigDecimal("4321.50"));
        byte[] workbook = download("?fromYear=2033&toYear=2033", XLSX, "begrotingsoverzicht-2033.xlsx");
        Map<String, String> entries = new HashMap<>();
        // Read through the central directory, as Excel does (the entries carry data descriptors).
        Path file = Files.createTempFile("overview", ".xlsx");
        try {
            Files.write(file, workbook);
            try (var zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    try (var in = zip.getInputStream(entry)) {
                        entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            Files.delete(file);
        }
        assertThat(entries).containsKeys("xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/styles.xml");
        String sheet = entries.get("xl/worksheets/sheet1.xml");
        String texts = entries.getOrDefault("xl/sharedStrings.xml", "") + sheet;
        assertThat(texts).contains(code, "Bedragen in EUR", "Begroting", "Totaal");
        // Numbers are number cells (no t="s" or inline string), with the value as it is.
        assertThat(sheet).containsPattern("<c r=\"F\\d+\"[^>]*><v>4321\\.50?</v></c>");
        assertThat(sheet).containsPattern("<c r=\"F\\d+\"[^>]*><v>280000(\\.0+)?</v></c>");
        assertThat(entries.get("xl/styles.xml")).contains("formatCode=\"#,##0.00\"");
    }

    @Test
    void everyProblemWithTheParametersIsNamedAtOnce() {
        client.mutateWith(user("raad")).get().uri(OVERVIEW + "?fromYear=1999&toYear=twee&unit=miljoen")
                .header(HttpHeaders.ACCEPT, "text/csv")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.invalidParams.length()").isEqualTo(3)
                .jsonPath("$.invalidParams[0].name").isEqualTo("fromYear")
                .jsonPath("$.invalidParams[1].name").isEqualTo("toYear")
                .jsonPath("$.invalidParams[2].name").isEqualTo("unit");
        client.mutateWith(user("raad")).get().uri(OVERVIEW + "?fromYear=2040&toYear=2030&unit=thousands")
                .exchange().expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.invalidParams.length()").isEqualTo(1)
                .jsonPath("$.invalidParams[0].name").isEqualTo("toYear");
        client.mutateWith(user("raad")).get().uri(OVERVIEW + "?fromYear=2101")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("fromYear");
        client.mutateWith(user("raad")).get().uri(OVERVIEW).header(HttpHeaders.ACCEPT, "image/png")
                .exchange().expectStatus().isEqualTo(406);
    }

    @Test
    void everyStaffRoleAndTheCouncilReadTheOverviewAndNobodyWithoutAToken() {
        client.get().uri(OVERVIEW).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri(OVERVIEW).header(HttpHeaders.ACCEPT, "text/csv").exchange().expectStatus().isUnauthorized();
        for (String role : List.of("medewerker", "afdelingsmanager", "financieel-adviseur", "beheerder", "raad")) {
            client.mutateWith(user(role)).get().uri(OVERVIEW).exchange().expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        }
        client.mutateWith(user("raad")).delete().uri(OVERVIEW).exchange().expectStatus().isEqualTo(405);
    }
}
