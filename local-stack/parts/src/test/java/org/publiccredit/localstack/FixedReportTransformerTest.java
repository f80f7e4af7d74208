package org.publiccredit.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FixedReportTransformerTest {

    @TempDir
    Path dir;

    @Test
    void fillsBothPlaceholdersWithJsonTextAndKeepsTheRestAsWritten() throws IOException {
        Path file = write("""
            {"header": {"queryingInstitution": "{{jsonPath request.body '$.queryingInstitution'}}",
              "queryReason": "{{jsonPath request.body '$.purpose'}}"}, "amount": 18650.00}""");

        String body = FixedReportTransformer.load(file, FileTime.fromMillis(0))
            .render(Map.of("queryingInstitution", "C1 \"x\"", "purpose", "LOAN_APPROVAL"));

        assertThat(body).isEqualTo("""
            {"header": {"queryingInstitution": "C1 \\"x\\"",
              "queryReason": "LOAN_APPROVAL"}, "amount": 18650.00}""");
    }

    @Test
    void aMissingRequestFieldIsEchoedEmptyAsTheTemplateDid() throws IOException {
        Path file = write("{\"q\": \"{{jsonPath request.body '$.purpose'}}\"}");

        assertThat(FixedReportTransformer.load(file, FileTime.fromMillis(0)).render(Map.of())).isEqualTo("{\"q\": \"\"}");
    }

    @Test
    void refusesAFileWithAnyOtherTemplateExpression() throws IOException {
        Path file = write("{\"time\": \"{{now}}\"}");

        assertThatThrownBy(() -> FixedReportTransformer.load(file, FileTime.fromMillis(0)))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("template expression");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("report.json"), text);
    }
}
