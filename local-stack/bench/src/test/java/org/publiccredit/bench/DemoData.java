package org.publiccredit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Subject codes of the demo dataset: every one exists, so every lookup does the same work. */
final class DemoData {

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([0-9A-Z]{18})\"");

    private DemoData() {
    }

    static List<String> subjectCodes(Path root) {
        try {
            return Files.readAllLines(root.resolve("local-stack/demo-data/demo-subjects.jsonl"), StandardCharsets.UTF_8)
                    .stream()
                    .map(CODE::matcher)
                    .filter(Matcher::find)
                    .map(m -> m.group(1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
