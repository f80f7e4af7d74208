package org.publiccredit.localstack;

import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.like;

/**
 * Answers a fixed subject's report from its body file, with the request's {@code queryingInstitution} and
 * {@code purpose} in the header, as the real service echoes them. Mappings opt in with
 * {@code "transformers": ["fixed-credit-report"]}; the body file says where with the two placeholders below, which
 * are the same text WireMock's {@code response-template} reads, so a file renders alike under either.
 *
 * <p>Not WireMock's {@code response-template}: for a body file it compiles the whole file as a Handlebars template on
 * every request (body-file templates are never cached) and evaluates each {@code jsonPath} helper on the request body,
 * which was the largest share of the stand-in's CPU and allocation for a fixed subject (docs/decisions.md). Here the
 * file is split at its placeholders once and read again only when it changes on disk.
 */
final class FixedReportTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "fixed-credit-report";
    /** Placeholder, with its quotes, to request field. */
    private static final Map<String, String> PLACEHOLDERS = Map.of(
        "\"{{jsonPath request.body '$.queryingInstitution'}}\"", "queryingInstitution",
        "\"{{jsonPath request.body '$.purpose'}}\"", "purpose");

    /** A body file as literal text and request fields to insert, in order. */
    record Template(FileTime modified, List<String> literals, List<String> fields) {

        String render(Map<?, ?> request) {
            StringBuilder body = new StringBuilder(literals.stream().mapToInt(String::length).sum() + 64);
            for (int i = 0; i < fields.size(); i++) {
                body.append(literals.get(i)).append(JsonText.write(request.get(fields.get(i)) instanceof String value ? value : ""));
            }
            return body.append(literals.getLast()).toString();
        }
    }

    private final Path files;
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    /** {@code files}: the stand-in's {@code __files} directory, where {@code bodyFileName} is resolved. */
    FixedReportTransformer(Path files) {
        this.files = files;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        ResponseDefinition stubbed = serveEvent.getResponseDefinition();
        String fileName = stubbed.getBodyFileName();
        if (fileName == null) {
            return stubbed;
        }
        Map<?, ?> request;
        try {
            request = Json.read(serveEvent.getRequest().getBodyAsString(), Map.class);
        } catch (RuntimeException unreadable) {
            // The mapping matched the body as JSON, so this does not happen; answer as the generated reports would.
            return like(stubbed).withBodyFile(null).withStatus(400).withHeader("Content-Type", "application/json")
                .withBody(ErrorBodies.of("INVALID_REQUEST", "The body is not a JSON report request.")).build();
        }
        return like(stubbed).withBodyFile(null).withBody(template(fileName).render(request)).build();
    }

    private Template template(String fileName) {
        Path file = files.resolve(fileName);
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException("no body file " + file, e);
        }
        Template known = templates.get(fileName);
        if (known != null && known.modified().equals(modified)) {
            return known;
        }
        Template loaded = load(file, modified);
        templates.put(fileName, loaded);
        return loaded;
    }

    static Template load(Path file, FileTime modified) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<String> literals = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        int from = 0;
        while (true) {
            int next = -1;
            String placeholder = null;
            for (String candidate : PLACEHOLDERS.keySet()) {
                int at = text.indexOf(candidate, from);
                if (at >= 0 && (next < 0 || at < next)) {
                    next = at;
                    placeholder = candidate;
                }
            }
            if (placeholder == null) {
                break;
            }
            literals.add(text.substring(from, next));
            fields.add(PLACEHOLDERS.get(placeholder));
            from = next + placeholder.length();
        }
        literals.add(text.substring(from));
        if (literals.stream().anyMatch(literal -> literal.contains("{{"))) {
            // Anything else would be sent as literal text: say so rather than answer a broken report.
            throw new IllegalStateException(file + " holds a template expression other than " + PLACEHOLDERS.keySet());
        }
        return new Template(modified, List.copyOf(literals), List.copyOf(fields));
    }
}
