package org.publiccredit.localplatform.generate;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.publiccredit.schema.catalog.Catalog;
import org.publiccredit.schema.catalog.CategoryDefinition;
import org.publiccredit.schema.catalog.FieldDefinition;
import org.publiccredit.localstack.RepositoryLayout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the generator for tests and reads its files back as rows keyed by catalog field key. */
final class GeneratedCity {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Path scaleOnePercent;

    private GeneratedCity() {
    }

    static Path root() {
        return RepositoryLayout.root();
    }

    static Catalog catalog() {
        return Catalog.load(root());
    }

    /** The scale 0.01, seed 42 city, generated once per test JVM. */
    static synchronized Path scaleOnePercent() {
        if (scaleOnePercent == null) {
            scaleOnePercent = generate("scale-0.01", "--scale", "0.01", "--seed", "42");
        }
        return scaleOnePercent;
    }

    static Path generate(String name, String... args) {
        Path out = Path.of("target", "generate-test", name).toAbsolutePath();
        List<String> arguments = new ArrayList<>(List.of(args));
        arguments.addAll(List.of("--out", out.toString()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = GenerateCommand.run(root(), arguments, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("generate failed: " + err.toString(StandardCharsets.UTF_8));
        }
        return out;
    }

    static List<Map<String, String>> rows(Path directory, CategoryDefinition category) {
        return rows(directory, category, StandardCharsets.UTF_8);
    }

    /** All rows in memory: only for the smaller categories (the test heap is 512 MB). */
    static List<Map<String, String>> rows(Path directory, CategoryDefinition category, Charset charset) {
        List<Map<String, String>> rows = new ArrayList<>();
        forEachRow(directory, category, charset, rows::add);
        return rows;
    }

    static void forEachRow(Path directory, CategoryDefinition category, Consumer<Map<String, String>> action) {
        forEachRow(directory, category, StandardCharsets.UTF_8, action);
    }

    /** Streams rows keyed by field key; RFC 4180 CSV (no generated value spans lines) or JSON Lines. */
    static void forEachRow(Path directory, CategoryDefinition category, Charset charset,
                           Consumer<Map<String, String>> action) {
        Map<String, String> keyByName = new LinkedHashMap<>();
        for (FieldDefinition field : category.fields()) {
            keyByName.put(field.name(), field.key());
        }
        try (BufferedReader reader = Files.newBufferedReader(directory.resolve(category.fileName()), charset)) {
            List<String> header = category.csv() ? fields(reader.readLine()) : List.of();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                action.accept(category.csv() ? csvRow(header, line) : jsonRow(keyByName, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> jsonRow(Map<String, String> keyByName, String line) {
        JsonNode node = JSON.readTree(line);
        Map<String, String> row = new LinkedHashMap<>();
        for (String name : node.propertyNames()) {
            row.put(keyByName.getOrDefault(name, name), node.get(name).isNumber()
                    ? node.get(name).decimalValue().toPlainString() : node.get(name).asString());
        }
        return row;
    }

    private static Map<String, String> csvRow(List<String> header, String line) {
        List<String> values = fields(line);
        if (values.size() != header.size()) {
            throw new IllegalStateException("row has " + values.size() + " fields, header " + header.size());
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (!values.get(i).isEmpty()) {
                row.put(header.get(i), values.get(i));
            }
        }
        return row;
    }

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
