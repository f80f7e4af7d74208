package org.publiccredit.graphql.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.publiccredit.graphql.search.IndexSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo dataset after the indices exist. Re-running it changes nothing: documents have
 * deterministic ids and unchanged content is not rewritten. Refused lines are reported by line
 * number and reason only (a line may hold an ID number).
 */
@Component
@ConditionalOnProperty(prefix = DemoDataProperties.PREFIX, name = "location")
@EnableConfigurationProperties(DemoDataProperties.class)
class DemoDataLoader implements ApplicationRunner, Ordered {

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final DemoDataProperties properties;
  private final SubjectIngestion ingestion;
  private final JsonMapper jsonMapper;

  DemoDataLoader(DemoDataProperties properties, SubjectIngestion ingestion, JsonMapper jsonMapper) {
    this.properties = properties;
    this.ingestion = ingestion;
    this.jsonMapper = jsonMapper;
  }

  @Override
  public void run(ApplicationArguments args) {
    load();
  }

  SubjectIngestion.Result load() {
    List<IncomingSubject> subjects = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    int malformed = 0;
    try (var reader = new BufferedReader(new InputStreamReader(properties.location().getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          subjects.add(jsonMapper.readValue(line, IncomingSubject.class));
          lineNumbers.add(lineNumber);
        } catch (JacksonException e) {
          malformed++;
          log.warn("Demo data line {} is not a valid subject ({})", lineNumber, e.getClass().getSimpleName());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read demo data " + properties.location().getDescription(), e);
    }
    SubjectIngestion.Result result = ingestion.ingest(subjects);
    result.rejected().forEach(r -> log.warn("Demo data line {} refused: {}", lineNumbers.get(r.index()), r.reasons()));
    log.info("Demo data: {} subjects read, {} documents written, {} unchanged, {} refused, {} malformed",
        subjects.size(), result.written().written(), result.written().unchanged(), result.rejected().size(), malformed);
    return result;
  }

  @Override
  public int getOrder() {
    return IndexSetup.ORDER + 100;
  }
}
