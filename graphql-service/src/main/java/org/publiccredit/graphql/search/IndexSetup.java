package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts the index templates from schema/elasticsearch and creates missing indices, at start-up and
 * before anything writes. Safe to repeat: templates are replaced with the same content and
 * existing indices are left alone.
 */
@Component
public class IndexSetup implements ApplicationRunner, Ordered {

  /** Runs before any other start-up runner, so loaders find their indices. */
  public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

  private static final Logger log = LoggerFactory.getLogger(IndexSetup.class);

  private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

  private final ElasticsearchClient client;
  private final SearchProperties properties;
  private final JsonMapper jsonMapper;

  IndexSetup(ElasticsearchClient client, SearchProperties properties, JsonMapper jsonMapper) {
    this.client = client;
    this.properties = properties;
    this.jsonMapper = jsonMapper;
  }

  /**
   * What one run did.
   *
   * @param templates the templates put
   * @param createdIndices the indices that did not exist and were created
   */
  public record Report(List<String> templates, List<String> createdIndices) {}

  /** Applies every template and creates the indices that are missing. */
  public Report ensureIndices() {
    List<String> templates = new ArrayList<>();
    List<String> created = new ArrayList<>();
    for (CreditIndices index : CreditIndices.all()) {
      putTemplate(index);
      templates.add(index.templateName());
      if (createIfMissing(index)) {
        created.add(index.indexName());
      }
    }
    log.info("Index templates applied: {}; indices created: {}", templates, created);
    return new Report(List.copyOf(templates), List.copyOf(created));
  }

  /** Waits for Elasticsearch up to the start-up timeout; refusals other than "unreachable" fail at once. */
  @Override
  public void run(ApplicationArguments args) throws InterruptedException {
    Instant deadline = Instant.now().plus(properties.startupTimeout());
    while (true) {
      try {
        ensureIndices();
        return;
      } catch (UncheckedIOException e) {
        if (Instant.now().plus(RETRY_PAUSE).isAfter(deadline)) {
          throw e;
        }
        log.warn("Elasticsearch not reachable yet ({}); retrying in {}", e.getCause().getClass().getSimpleName(), RETRY_PAUSE);
        Thread.sleep(RETRY_PAUSE);
      }
    }
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  private void putTemplate(CreditIndices index) {
    byte[] template = template(index);
    try {
      client.indices().putIndexTemplate(t -> t.name(index.templateName()).withJson(new ByteArrayInputStream(template)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot put index template " + index.templateName(), e);
    }
  }

  private static byte[] template(CreditIndices index) {
    try (InputStream json = new ClassPathResource(index.templateLocation()).getInputStream()) {
      return json.readAllBytes();
    } catch (IOException e) {
      // A packaging fault, not an outage: fail at once rather than wait for Elasticsearch.
      throw new IllegalStateException("Index template missing from the classpath: " + index.templateLocation(), e);
    }
  }

  /**
   * An index created from an older template lacks the fields added since, and strict mappings
   * would refuse every document that has them. Putting the template's mappings adds new fields and
   * changes nothing else. Elasticsearch cannot change an existing field's {@code index} or
   * {@code doc_values}; when the template did (a leaner mapping, as {@code dual-checks} version 3),
   * the put is refused and only the fields the index lacks are put: the index keeps its earlier
   * definition of the others, which still accepts the same documents, until it is re-created.
   */
  private void addNewFields(CreditIndices index) throws IOException {
    JsonNode mappings = jsonMapper.readTree(template(index)).at("/template/mappings");
    try {
      putMapping(index, mappings);
    } catch (ElasticsearchException e) {
      if (!"illegal_argument_exception".equals(e.error().type())) {
        throw e;
      }
      var existing = client.indices().getMapping(m -> m.index(index.indexName())).get(index.indexName())
          .mappings().properties().keySet();
      ObjectNode missing = jsonMapper.createObjectNode();
      List<String> added = new ArrayList<>();
      mappings.path("properties").properties().forEach(field -> {
        if (!existing.contains(field.getKey())) {
          missing.set(field.getKey(), field.getValue());
          added.add(field.getKey());
        }
      });
      log.warn("Index {} keeps the mapping of an earlier template ({}); fields added: {}", index.indexName(),
          e.error().reason(), added);
      if (!missing.isEmpty()) {
        putMapping(index, jsonMapper.createObjectNode().set("properties", missing));
      }
    }
  }

  private void putMapping(CreditIndices index, JsonNode mappings) throws IOException {
    byte[] json = jsonMapper.writeValueAsBytes(mappings);
    client.indices().putMapping(m -> m.index(index.indexName()).withJson(new ByteArrayInputStream(json)));
  }

  private boolean createIfMissing(CreditIndices index) {
    try {
      if (client.indices().exists(e -> e.index(index.indexName())).value()) {
        addNewFields(index);
        return false;
      }
      client.indices().create(c -> c.index(index.indexName()));
      return true;
    } catch (ElasticsearchException e) {
      // Another instance created it between our check and our create: that is what we wanted.
      if ("resource_already_exists_exception".equals(e.error().type())) {
        return false;
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create index " + index.indexName(), e);
    }
  }
}
