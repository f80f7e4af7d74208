package org.publiccredit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Codes and names of legal persons to ask for: from a generated city ({@code -Dbench.data=<dir>}
 * holding {@code legal-person.jsonl}, as written by {@code ./platform generate}), else the demo
 * dataset. Every one exists, so every call does the work of a real profile.
 */
record BenchSubjects(List<String> codes, List<String> names) {

    private static final Pattern CODE = Pattern.compile("\"unifiedSocialCreditCode\"\\s*:\\s*\"([0-9A-Z]{18})\"");
    private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");
    private static final int MAX = 20_000;

    static BenchSubjects load(BenchSettings settings) {
        String data = System.getProperty("bench.data");
        if (data == null) {
            List<String> codes = DemoData.subjectCodes(settings.root());
            return new BenchSubjects(codes, List.of("鲁信", "农产品", "示范市"));
        }
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(Path.of(data, "legal-person.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null && codes.size() < MAX) {
                Matcher code = CODE.matcher(line);
                Matcher name = NAME.matcher(line);
                if (code.find() && name.find()) {
                    codes.add(code.group(1));
                    names.add(name.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BenchSubjects(List.copyOf(codes), List.copyOf(names));
    }
}
