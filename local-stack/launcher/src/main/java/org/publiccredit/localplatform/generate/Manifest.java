package org.publiccredit.localplatform.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** manifest.json of a run: what was generated and how; no timestamps, so it is deterministic too. */
record Manifest(GenerateOptions options, long organisations, long persons, List<Entry> entries) {

    static final String FILE_NAME = "manifest.json";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** One category file. */
    record Entry(String category, String file, String format, long rows, int demoRows, long bytes) {
    }

    long totalRows() {
        return entries.stream().mapToLong(Entry::rows).sum();
    }

    void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("generator", "./platform generate");
        root.put("seed", options.seed());
        root.put("scale", options.scale());
        root.put("asOf", options.asOf().toString());
        root.put("encoding", options.encoding().name());
        root.put("catalog", "schema/src/main/resources/catalog");
        ObjectNode city = root.putObject("city");
        city.put("name", City.NAME);
        city.put("areaCode", "370982");
        city.put("towns", 13);
        city.put("villages", City.VILLAGES);
        city.put("organisations", organisations + 1);
        city.put("persons", persons + 1);
        ObjectNode demo = root.putObject("demoSubjects");
        demo.put("company", DemoRows.COMPANY_CODE);
        demo.put("person", DemoRows.PERSON_ID);
        ArrayNode categories = root.putArray("categories");
        for (Entry entry : entries) {
            ObjectNode node = categories.addObject();
            node.put("category", entry.category());
            node.put("file", entry.file());
            node.put("format", entry.format());
            node.put("rows", entry.rows());
            node.put("demoRows", entry.demoRows());
            node.put("bytes", entry.bytes());
        }
        root.put("totalRows", totalRows());
        Files.writeString(file, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }
}
