package org.publiccredit.localstack;

import com.github.tomakehurst.wiremock.common.Json;
import org.junit.jupiter.api.Test;
import wiremock.com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written mapping files stay valid WireMock mappings and their reports stay internally consistent. */
class FixedReportsTest {

    private static final Path ROOT = RepositoryLayout.config().resolve("credit-reference");

    @Test
    void everyMappingParsesAndItsBodyFileExists() throws IOException {
        for (Path file : list(ROOT.resolve("mappings"))) {
            JsonNode mapping = Json.node(Files.readString(file));
            assertThat(mapping.has("request")).as(file.toString()).isTrue();
            JsonNode bodyFile = mapping.at("/response/bodyFileName");
            if (!bodyFile.isMissingNode()) {
                assertThat(ROOT.resolve("__files").resolve(bodyFile.asText())).as(file.toString()).isRegularFile();
            }
        }
    }

    @Test
    void fixedSubjectsHaveValidCodes() throws IOException {
        for (Path file : list(ROOT.resolve("__files/reports"))) {
            JsonNode report = Json.node(Files.readString(file));
            boolean person = "PERSONAL".equals(report.get("reportType").asText());
            String code = person ? report.at("/identity/idNumber").asText() : report.at("/identity/unifiedSocialCreditCode").asText();
            assertThat(SubjectCodes.isValid(person ? "PERSON" : "ENTERPRISE", code)).as(file.toString()).isTrue();
            assertThat(file.getFileName().toString()).contains(code);
        }
    }

    @Test
    void personSummariesAddUp() throws IOException {
        for (JsonNode report : reports("PERSONAL")) {
            BigDecimal balance = BigDecimal.ZERO;
            int overdueAccounts = 0;
            int overdueMonths = 0;
            for (JsonNode account : report.get("loanAccounts")) {
                balance = balance.add(account.at("/latestStatus/balance").decimalValue());
                long late = account.at("/repaymentHistory/statuses").asText().chars().filter(c -> "1234567BDG".indexOf(c) >= 0).count();
                overdueAccounts += late > 0 ? 1 : 0;
                overdueMonths += (int) late;
            }
            JsonNode summary = report.get("summary");
            String who = report.at("/identity/name").asText();
            assertThat(summary.get("totalBalance").decimalValue()).as(who).isEqualByComparingTo(balance);
            assertThat(summary.get("overdueAccountCount").asInt()).as(who).isEqualTo(overdueAccounts);
            assertThat(summary.get("overdueMonths").asInt()).as(who).isEqualTo(overdueMonths);
            assertThat(summary.get("guaranteeCount").asInt()).as(who).isEqualTo(report.get("guaranteeLiabilities").size());
        }
    }

    @Test
    void enterpriseSummariesAddUp() throws IOException {
        for (JsonNode report : reports("ENTERPRISE")) {
            BigDecimal balance = BigDecimal.ZERO;
            BigDecimal overdue = BigDecimal.ZERO;
            for (JsonNode loan : report.get("loans")) {
                balance = balance.add(loan.get("balance").decimalValue());
                overdue = overdue.add(loan.get("overdueTotal").decimalValue());
            }
            JsonNode summary = report.get("summary");
            String who = report.at("/identity/name").asText();
            assertThat(summary.get("loanBalance").decimalValue()).as(who).isEqualByComparingTo(balance);
            assertThat(summary.get("overdueTotal").decimalValue()).as(who).isEqualByComparingTo(overdue);
            assertThat(summary.get("guaranteeCount").asInt()).as(who).isEqualTo(report.get("guarantees").size());
        }
    }

    private static List<JsonNode> reports(String type) throws IOException {
        return list(ROOT.resolve("__files/reports")).stream()
            .map(FixedReportsTest::read)
            .filter(report -> type.equals(report.get("reportType").asText()))
            .toList();
    }

    private static JsonNode read(Path file) {
        try {
            return Json.node(Files.readString(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
