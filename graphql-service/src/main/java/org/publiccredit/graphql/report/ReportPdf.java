package org.publiccredit.graphql.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.publiccredit.schema.catalog.Catalog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders an issued report from its stored canonical content, so the PDF shows exactly what the
 * verification code covers. The Chinese font is embedded (Identity-H, subset), so the text renders
 * and can be extracted on any reader.
 */
final class ReportPdf {

  private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm:ss", Locale.ROOT)
      .withZone(ZoneId.of("Asia/Shanghai"));
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final BaseFont font;
  private final Catalog catalog = Catalog.loadFromClasspath();

  ReportPdf(byte[] fontBytes, String fontName) {
    try {
      String name = fontName.toLowerCase(Locale.ROOT).endsWith(".ttc") ? fontName + ",0" : fontName;
      this.font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, fontBytes, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load the report font " + fontName, e);
    }
  }

  static ReportPdf from(org.springframework.core.io.Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return new ReportPdf(in.readAllBytes(), String.valueOf(resource.getFilename()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the report font " + resource.getDescription(), e);
    }
  }

  byte[] render(String content, String verificationCode) {
    JsonNode report = JSON.readTree(content);
    Font title = new Font(font, 18, Font.BOLD);
    Font heading = new Font(font, 12, Font.BOLD);
    Font body = new Font(font, 9);
    var out = new ByteArrayOutputStream();
    var document = new Document(PageSize.A4, 40, 40, 40, 40);
    PdfWriter.getInstance(document, out);
    document.open();
    Paragraph head = new Paragraph("公共信用信息报告", title);
    head.setAlignment(Element.ALIGN_CENTER);
    document.add(head);
    document.add(new Paragraph("报告编号：" + report.get("number").asString(), body));
    document.add(new Paragraph("出具时间：" + ISSUED.format(Instant.parse(report.get("issuedAt").asString())), body));
    document.add(new Paragraph("验证码：" + verificationCode + "（可通过 verifyCreditReport 核验报告真伪）", body));

    JsonNode subject = report.get("subject");
    document.add(new Paragraph("一、主体信息", heading));
    document.add(new Paragraph("名称：" + subject.get("name").asString(), body));
    document.add(new Paragraph("代码：" + subject.get("code").asString(), body));
    if (subject.has("town")) {
      document.add(new Paragraph("所属镇街：" + subject.get("town").asString(), body));
    }
    JsonNode registration = report.get("registration");
    if (registration != null) {
      line(document, body, "法定代表人", registration.get("legalRepresentative"));
      line(document, body, "成立日期", registration.get("establishedDate"));
      line(document, body, "注册资本（万元）", registration.get("registeredCapital"));
      line(document, body, "登记状态", registration.get("status"));
    }

    JsonNode summary = report.get("summary");
    document.add(new Paragraph("二、信息概要", heading));
    document.add(new Paragraph("信用记录总数：" + summary.get("totalRecords").asInt()
        + "；当前有效的失信记录：" + summary.get("activeNegativeRecords").asInt()
        + "；异议中的记录：" + summary.get("recordsUnderObjection").asInt(), body));
    summary.get("currentLists").forEach(list ->
        document.add(new Paragraph("当前名单：" + list.get("name").asString() + "（自 " + list.get("since").asString() + "）", body)));

    document.add(new Paragraph("三、信用记录", heading));
    PdfPTable table = new PdfPTable(new float[] {2.2f, 2.2f, 6f, 3.6f, 2.4f});
    table.setWidthPercentage(100);
    for (String column : new String[] {"决定日期", "类别", "内容", "决定机关", "公示"}) {
      table.addCell(new PdfPCell(new Phrase(column, heading)));
    }
    for (JsonNode record : report.get("records")) {
      table.addCell(new Phrase(record.get("decisionDate").asString(), body));
      table.addCell(new Phrase(catalog.category(record.get("category").asString()).name().zh(), body));
      table.addCell(new Phrase(record.get("title").asString(), body));
      table.addCell(new Phrase(record.has("authority") ? record.get("authority").asString() : "", body));
      JsonNode publicity = record.get("publicity");
      String shown = publicity.get("visible").asBoolean() ? "公示中" : "不公示";
      if (publicity.has("until")) {
        shown += "（至 " + publicity.get("until").asString() + "）";
      }
      table.addCell(new Phrase(shown, body));
    }
    document.add(table);
    document.close();
    return out.toByteArray();
  }

  private static void line(Document document, Font font, String label, JsonNode value) {
    if (value != null && !value.isNull()) {
      document.add(new Paragraph(label + "：" + value.asString(), font));
    }
  }
}
