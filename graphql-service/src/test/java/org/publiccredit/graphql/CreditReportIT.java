package org.publiccredit.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** creditReport, its verification (genuine, altered, unknown) and its PDF, against the real node. */
class CreditReportIT extends ServiceIT {

  private static final String COMPANY = "91370982MA3C4A1Q19";
  private static final String PERSON = "370982198503120017";
  private static final String REPORT = """
      query($code: ID!) { creditReport(code: $code) {
        number issuedAt verificationCode pdfPath
        subject { code name type }
        summary { totalRecords }
        profile { penalties { totalCount edges { node { id publicity { visible rule } } } } }
      } }""";
  private static final String VERIFY = """
      query($number: ID!, $code: String!) { verifyCreditReport(number: $number, verificationCode: $code) {
        status number issuedAt subjectName } }""";

  @Autowired
  ElasticsearchClient elasticsearch;

  @Test
  void aBankGetsAReportThatVerifiesAsGenuine() {
    JsonNode report = issue(COMPANY, bank());

    assertThat(report.get("number").asString()).matches("CR\\d{8}-[0-9A-Z]{10}");
    assertThat(report.get("verificationCode").asString()).matches("([0-9A-Z]{4}-){4}[0-9A-Z]{4}");
    assertThat(report.at("/subject/name").asString()).isEqualTo("示范市鲁信农产品有限公司");
    assertThat(report.at("/summary/totalRecords").asInt()).isPositive();
    // The demo penalty (2024-06-20, a general penalty) was public for one year: a bank no longer sees it.
    assertThat(report.at("/profile/penalties/totalCount").asInt()).isZero();

    JsonNode verdict = verify(report.get("number").asString(), report.get("verificationCode").asString());
    assertThat(verdict.get("status").asString()).isEqualTo("GENUINE");
    assertThat(verdict.get("subjectName").asString()).isEqualTo("示范市鲁信农产品有限公司");
    assertThat(verdict.get("issuedAt").asString()).isEqualTo(report.get("issuedAt").asString());
    // Typed from paper: lower case, spaces instead of dashes.
    String typed = report.get("verificationCode").asString().replace('-', ' ').toLowerCase(java.util.Locale.ROOT);
    assertThat(verify(report.get("number").asString(), typed).get("status").asString()).isEqualTo("GENUINE");
  }

  @Test
  void aWrongCodeIsAlteredAndAnUnknownNumberIsUnknown() {
    JsonNode report = issue(COMPANY, bank());
    String code = report.get("verificationCode").asString();
    String other = (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);

    assertThat(verify(report.get("number").asString(), other).get("status").asString()).isEqualTo("ALTERED");
    assertThat(verify("CR20990101-0000000000", code).get("status").asString()).isEqualTo("UNKNOWN");
  }

  @Test
  void aReportChangedInStorageIsAltered() throws IOException {
    JsonNode report = issue(COMPANY, bank());
    String number = report.get("number").asString();
    var stored = elasticsearch.get(g -> g.index("credit-reports").id(number), JsonNode.class).source();
    String content = stored.get("content").asString().replace("示范市鲁信农产品有限公司", "示范市鲁信农产品有限责任公司");
    elasticsearch.update(u -> u.index("credit-reports").id(number).doc(Map.of("content", content)), JsonNode.class);

    assertThat(verify(number, report.get("verificationCode").asString()).get("status").asString()).isEqualTo("ALTERED");
  }

  @Test
  void aPersonsReportShowsTheIdNumberMaskedEvenToPiiRead() {
    JsonNode report = issue(PERSON, TestTokens.gateway("credit-report:read pii:read"));
    assertThat(report.at("/subject/code").asString()).isEqualTo("3709**********0017");
  }

  @Test
  void theReportNeedsItsScopeAndAValidCode() {
    var forbidden = graphQl().post(REPORT, Map.of("code", COMPANY), TestTokens.gateway("subject:read profile:read"));
    assertThat(forbidden.body().at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
    assertThat(forbidden.body().at("/errors/0/extensions/requiredScope").asString()).isEqualTo("credit-report:read");

    var invalid = graphQl().post(REPORT, Map.of("code", "91370982MA3C4A1Q18"), bank());
    assertThat(invalid.body().at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
    assertThat(invalid.body().at("/errors/0/extensions/argument").asString()).isEqualTo("code");

    var unknown = graphQl().post(REPORT, Map.of("code", "91370900MA3B0K2XXH"), bank());
    assertThat(unknown.body().at("/errors/0/extensions/classification").asString()).isEqualTo("NOT_FOUND");
  }

  @Test
  void thePdfCarriesTheChineseTextOfTheReport() throws Exception {
    assertThat(REPORT_FONT).as("the report font; ./platform test fetches it").isRegularFile();
    JsonNode report = issue(COMPANY, bank());

    HttpResponse<byte[]> response = getPdf(report.get("pdfPath").asString(), bank());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    String text;
    try (var pdf = Loader.loadPDF(response.body())) {
      text = new PDFTextStripper().getText(pdf);
    }
    assertThat(text).contains("公共信用信息报告", "示范市鲁信农产品有限公司", "刘德顺", "行政许可", "食品经营许可证", "示范市市场监督管理局",
        report.get("number").asString(), report.get("verificationCode").asString());

    assertThat(getPdf(report.get("pdfPath").asString(), TestTokens.of("other-bank", "BANK", "91370900MA3B0K2XXH",
        "credit-report:read")).statusCode()).isEqualTo(404);
    assertThat(getPdf(report.get("pdfPath").asString(), TestTokens.gateway("subject:read")).statusCode()).isEqualTo(403);
  }

  private HttpResponse<byte[]> getPdf(String path, String token) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", "Bearer " + token).GET().build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String bank() {
    return TestTokens.gateway("credit-report:read report:verify");
  }

  private JsonNode issue(String code, String token) {
    var response = graphQl().post(REPORT, Map.of("code", code), token);
    assertThat(response.body().has("errors")).as(response.body().toString()).isFalse();
    return response.body().at("/data/creditReport");
  }

  private JsonNode verify(String number, String code) {
    var response = graphQl().post(VERIFY, Map.of("number", number, "code", code), TestTokens.gateway("report:verify"));
    assertThat(response.body().has("errors")).as(response.body().toString()).isFalse();
    return response.body().at("/data/verifyCreditReport");
  }
}
