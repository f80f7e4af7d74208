package org.publiccredit.graphql.ingest.file;

import java.nio.file.Path;
import java.util.Objects;
import org.publiccredit.graphql.search.IndexSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Import mode: with {@code platform.import.file} set (and {@code spring.main.web-application-type=none})
 * the service imports the file once the indices exist and exits: 0 when every row ended accepted
 * or rejected, 1 when the import failed.
 */
@Component
@ConditionalOnProperty(prefix = ImportProperties.PREFIX, name = "file")
@EnableConfigurationProperties(ImportProperties.class)
class ImportRunner implements ApplicationRunner, Ordered {

  private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

  private final ImportProperties properties;
  private final FileImport fileImport;
  private final ConfigurableApplicationContext context;

  ImportRunner(ImportProperties properties, FileImport fileImport, ConfigurableApplicationContext context) {
    this.properties = properties;
    this.fileImport = fileImport;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    int status;
    try {
      ImportSummary summary = fileImport.run(request());
      System.err.println(summary);
      if (summary.rejected() > 0) {
        System.err.println("Rejected rows with their reasons: " + rejects());
      }
      status = 0;
    } catch (Exception e) {
      log.error("Import failed; it is safe to run it again (rows already stored stay unchanged)", e);
      status = 1;
    }
    int exit = status;
    System.exit(SpringApplication.exit(context, () -> exit));
  }

  ImportRequest request() {
    Path file = Objects.requireNonNull(properties.file());
    return new ImportRequest(file, category(file), properties.source(), properties.encoding(), rejects(),
        properties.bulkSize(), properties.concurrency(), 0);
  }

  private Path rejects() {
    Path file = Objects.requireNonNull(properties.file());
    return properties.rejects() != null ? properties.rejects()
        : file.resolveSibling(file.getFileName() + ".rejects.csv");
  }

  private String category(Path file) {
    if (properties.category() != null) {
      return properties.category();
    }
    String name = file.getFileName().toString();
    return org.publiccredit.schema.catalog.Catalog.CATEGORY_IDS.stream()
        .filter(id -> name.startsWith(id.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "."))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "Set platform.import.category: the file name " + name + " names no catalog category"));
  }

  @Override
  public int getOrder() {
    return IndexSetup.ORDER + 200;
  }
}
