package org.publiccredit.localplatform.generate;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.publiccredit.schema.catalog.CategoryDefinition;
import org.publiccredit.schema.catalog.CheckCharacters;
import org.publiccredit.schema.catalog.Department;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rows that are valid but unusual, written only with {@code --edge-cases} into edge-cases/, each
 * described in edge-cases/edge-cases.json: they test an importer without polluting the main output.
 */
final class EdgeCases {

    static final String DIRECTORY = "edge-cases";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private record Edge(String description, boolean warning, Consumer<Row> fill) {
    }

    private final GenerationContext context;

    EdgeCases(GenerationContext context) {
        this.context = context;
    }

    void write(Path out, Charset charset) throws IOException {
        Path directory = Files.createDirectories(out.resolve(DIRECTORY));
        ArrayNode index = JSON.createArrayNode();
        for (Map.Entry<String, List<Edge>> entry : edges().entrySet()) {
            CategoryDefinition category = context.catalog().category(entry.getKey());
            RowEncoder encoder = new RowEncoder(category);
            StringBuilder text = new StringBuilder(encoder.header());
            int line = category.csv() ? 1 : 0;
            for (Edge edge : entry.getValue()) {
                Row row = new Row(category, Row.positions(category));
                edge.fill().accept(row);
                encoder.append(text, row);
                ObjectNode node = index.addObject();
                node.put("category", category.id());
                node.put("file", category.fileName());
                node.put("line", ++line);
                node.put("description", edge.description());
                node.put("expectWarning", edge.warning());
            }
            Files.write(directory.resolve(category.fileName()), text.toString().getBytes(charset));
        }
        Files.writeString(directory.resolve("edge-cases.json"), JSON.writeValueAsString(index) + "\n", StandardCharsets.UTF_8);
    }

    private Map<String, List<Edge>> edges() {
        Subjects subjects = context.subjects();
        Subject.Organisation firm = subjects.organisation(0);
        Subject.Person person = subjects.person(0);
        Map<String, List<Edge>> edges = new LinkedHashMap<>();
        edges.put("LEGAL_PERSON", List.of(
                new Edge("unified social credit code whose check character comes from remainder 0 ('0')", false,
                        row -> legalPerson(row, firm, codeEndingInZero())),
                new Edge("embedded organisation code fails GB 11714 while the 18th character is right: accept with a warning",
                        true, row -> legalPerson(row, firm, codeWithBadOrganisationCheck()))));
        edges.put("NATURAL_PERSON", List.of(
                new Edge("resident ID number ending in X, born on a leap day", false, row -> naturalPerson(row, person, leapDayIdWithX())),
                new Edge("name with a CJK Extension A character (four bytes in GB18030)", false,
                        row -> naturalPerson(row, person, person.idNumber()).set("name", "㐂" + person.name().substring(1))),
                new Edge("minority name with a middle dot", false,
                        row -> naturalPerson(row, person, person.idNumber()).set("name", "买买提·艾力"))));
        edges.put("ADMINISTRATIVE_LICENSE", List.of(
                new Edge("licence valid for a single day (valid from = valid until)", false, row -> licence(row, firm, 0, "2025-03-01")),
                new Edge("open-ended licence (valid until 2099-12-31)", false, row -> licence(row, firm, 1, "2099-12-31"))));
        edges.put("ADMINISTRATIVE_PENALTY", List.of(
                new Edge("penalty decided on the as-of date; content with ASCII comma and quotes (CSV quoting)", false,
                        row -> penalty(row, firm, context.dates().asOf().toString(), "罚款2,000元，并责令改正\"超范围经营\"行为。")),
                new Edge("penalty on a foreign natural person identified by passport (no check character)", false,
                        row -> penalty(row, person, "2024-02-29", "罚款500元。").set("XDR_MC", "John Smith").set("XDR_ZJLX", "02")
                                .set("XDR_ZJHM", "E12345678"))));
        return edges;
    }

    private void legalPerson(Row row, Subject.Organisation firm, String code) {
        BaseRows.legalPerson(context, firm, Seeds.random(context.seed(), 9, 0), row);
        row.set("unifiedSocialCreditCode", code);
    }

    private Row naturalPerson(Row row, Subject.Person person, String id) {
        BaseRows.naturalPerson(person, context.authorities().reporting("NATURAL_PERSON", "公安局"), row);
        return row.set("idNumber", id).set("birthDate", id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14))
                .set("sex", (id.charAt(16) - '0') % 2 == 1 ? "1" : "2");
    }

    private void licence(Row row, Subject subject, int serial, String until) {
        Department unit = context.authorities().reporting("ADMINISTRATIVE_LICENSE", "行政审批服务局");
        SubjectFields.national(row, subject);
        row.set("XKWS", "准予行政许可决定书").set("WSH", "示审批许准字〔2025〕边" + serial + "号").set("XKLB", "06")
                .set("NR", "许可类别：其他；临时占用道路许可。").set("JDRQ", "2025-03-01").set("YXQZ", "2025-03-01")
                .set("YXQZI", until).set("XKJG", unit.name().zh()).set("XKJGDM", unit.code()).set("ZT", "1")
                .set("LYDW", unit.name().zh()).set("LYDWDM", unit.code());
    }

    private Row penalty(Row row, Subject subject, String decided, String content) {
        Department unit = context.authorities().reporting("ADMINISTRATIVE_PENALTY", "市场监督管理局");
        SubjectFields.national(row, subject);
        return row.set("WSH", "示市监罚〔" + decided.substring(0, 4) + "〕边" + decided.replace("-", "") + "号")
                .set("WFXW", "超范围经营").set("SY", "经查，当事人超出核准范围从事经营活动。")
                .set("YJ", "《市场主体登记管理条例》第四十六条").set("CFLB", "罚款").set("NR", content).set("NR_FK", "0.2")
                .set("JDRQ", decided).set("YXQ", java.time.LocalDate.parse(decided).plusMonths(3)).set("CFJG", unit.name().zh()).set("CFJGDM", unit.code())
                .set("SJLY", unit.name().zh()).set("SJLYDM", unit.code());
    }

    private static String codeEndingInZero() {
        for (int i = 0; ; i++) {
            String body = "MC" + "%06d".formatted(i);
            String first17 = "91370982" + body + CheckCharacters.organisationCodeCheck(body);
            if (CheckCharacters.usccCheck(first17) == '0') {
                return first17 + '0';
            }
        }
    }

    private static String codeWithBadOrganisationCheck() {
        String body = "MC100000";
        char wrong = CheckCharacters.organisationCodeCheck(body) == '1' ? '2' : '1';
        String first17 = "91370982" + body + wrong;
        return first17 + CheckCharacters.usccCheck(first17);
    }

    private static String leapDayIdWithX() {
        for (int sequence = 10; ; sequence++) {
            String first17 = "37098220000229" + "%03d".formatted(sequence);
            if (CheckCharacters.residentIdCheck(first17) == 'X') {
                return first17 + 'X';
            }
        }
    }
}
