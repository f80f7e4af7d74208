package org.publiccredit.graphql.ingest.file;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import org.publiccredit.graphql.search.IndexSetup;
import org.publiccredit.graphql.search.NodeStats;
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
 * the service imports the file, or every category file of a directory, once the indices exist and
 * exits: 0 when every row ended accepted or rejected, 1 when the import failed. A directory ends
 * with its totals: rows per second and the CPU time of this process and of Elasticsearch.
 */
@Component
@ConditionalOnProperty(prefix = ImportProperties.PREFIX, name = "file")
@EnableConfigurationProperties(ImportProperties.class)
class ImportRunner implements ApplicationRunner, Ordered {

  private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

  private final ImportProperties properties;
  private final FileImport fileImport;
  private final NodeStats nodeStats;
  private final ConfigurableApplicationContext context;

  ImportRunner(ImportProperties properties, FileImport fileImport, NodeStats nodeStats,
      ConfigurableApplicationContext context) {
    this.properties = properties;
    this.fileImport = fileImport;
    this.nodeStats = nodeStats;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    int status;
    try {
      List<ImportRequest> requests = requests();
      Instant start = Instant.now();
      long cpuBefore = processCpuNanos();
      OptionalLong nodeCpuBefore = nodeStats.processCpuMillis();
      List<ImportSummary> summaries = fileImport.runAll(requests);
      for (int i = 0; i < summaries.size(); i++) {
        ImportSummary summary = summaries.get(i);
        System.err.println((requests.size() > 1 ? requests.get(i).file().getFileName() + ": " : "") + summary);
        if (summary.rejected() > 0) {
          System.err.println("Rejected rows with their reasons: " + requests.get(i).rejects());
        }
      }
      if (requests.size() > 1) {
        System.err.println(totals(summaries, Duration.between(start, Instant.now()),
            processCpuNanos() - cpuBefore, nodeCpuBefore, nodeStats.processCpuMillis()));
      }
      merge(summaries);
      status = 0;
    } catch (Exception e) {
      log.error("Import failed; it is safe to run it again (rows already stored stay unchanged)", e);
      status = 1;
    }
    int exit = status;
    System.exit(SpringApplication.exit(context, () -> exit));
  }

  /**
   * After a large import, the merge of the records index. Its failure does not fail the import (every
   * row is stored and searchable; profiles only read more blocks until Elasticsearch's own merges or
   * the next large import), so it is reported, not thrown.
   */
  private void merge(List<ImportSummary> summaries) {
    OptionalLong nodeCpuBefore = nodeStats.processCpuMillis();
    try {
      fileImport.mergeAfterLargeImport(summaries, properties.mergeAfterRows()).ifPresent(took -> {
        OptionalLong nodeCpuAfter = nodeStats.processCpuMillis();
        String cpu = nodeCpuBefore.isPresent() && nodeCpuAfter.isPresent()
            ? String.format(Locale.ROOT, ", Elasticsearch CPU %.1f s",
                (nodeCpuAfter.getAsLong() - nodeCpuBefore.getAsLong()) / 1000.0)
            : "";
        System.err.printf(Locale.ROOT, "credit-records merged into one segment in %.1f s%s%n", took.toMillis() / 1000.0, cpu);
      });
    } catch (RuntimeException e) {
      log.warn("The import is complete, but merging credit-records into one segment failed; profiles read it "
          + "as it is until the next large import merges it", e);
    }
  }

  List<ImportRequest> requests() {
    Path path = Objects.requireNonNull(properties.file());
    return ImportFiles.of(path, properties.category()).stream()
        .map(entry -> new ImportRequest(entry.file(), entry.categoryId(), properties.source(), properties.encoding(),
            rejects(path, entry.file()), properties.bulkSize(), properties.concurrency(), 0))
        .toList();
  }

  /** Beside each file by default; {@code rejects} names the file, or for a directory import the directory. */
  private Path rejects(Path path, Path file) {
    Path configured = properties.rejects();
    String name = file.getFileName() + ".rejects.csv";
    if (configured == null) {
      return file.resolveSibling(name);
    }
    return Files.isDirectory(path) ? configured.resolve(name) : configured;
  }

  static String totals(List<ImportSummary> summaries, Duration took, long cpuNanos, OptionalLong nodeCpuBefore,
      OptionalLong nodeCpuAfter) {
    long rows = summaries.stream().mapToLong(ImportSummary::rows).sum();
    long rejected = summaries.stream().mapToLong(ImportSummary::rejected).sum();
    double seconds = Math.max(1, took.toMillis()) / 1000.0;
    String node = nodeCpuBefore.isPresent() && nodeCpuAfter.isPresent()
        ? String.format(Locale.ROOT, ", Elasticsearch %.1f s (%.0f ms per 1,000 rows)",
            (nodeCpuAfter.getAsLong() - nodeCpuBefore.getAsLong()) / 1000.0,
            (nodeCpuAfter.getAsLong() - nodeCpuBefore.getAsLong()) * 1000.0 / Math.max(1, rows))
        : "";
    return String.format(Locale.ROOT,
        "All %d files: %,d rows in %.1f s (%,.0f rows/s), %,d rejected; CPU: importer %.1f s (%.0f ms per 1,000 rows)%s",
        summaries.size(), rows, seconds, rows / seconds, rejected, cpuNanos / 1e9, cpuNanos / 1e6 * 1000 / Math.max(1, rows),
        node);
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  @Override
  public int getOrder() {
    return IndexSetup.ORDER + 200;
  }
}
