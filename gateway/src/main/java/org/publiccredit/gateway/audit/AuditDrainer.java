package org.publiccredit.gateway.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.publiccredit.gateway.audit.AuditIndex.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.RecordId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves events from the Redis stream into Elasticsearch, as a member of one consumer group shared
 * by every gateway instance: its own unacknowledged entries first (what failed last time), then
 * entries a stopped instance left behind, then new ones. An entry is acknowledged and removed
 * only once Elasticsearch confirmed it; while Elasticsearch is down everything waits in the
 * stream, and the lag is what the health and the metrics show.
 */
final class AuditDrainer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AuditDrainer.class);
  private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() {};
  private static final Duration REPORT_EVERY = Duration.ofSeconds(30);

  private final AuditStream stream;
  private final AuditIndex index;
  private final JsonMapper json;
  private final AuditProperties properties;
  private final Clock clock;
  private final String consumer;
  private @Nullable ScheduledExecutorService executor;
  private volatile boolean running;
  private boolean ready;
  private long lastReport;
  private volatile DrainState state = DrainState.STARTING;

  AuditDrainer(AuditStream stream, AuditIndex index, JsonMapper json, AuditProperties properties,
      Clock clock) {
    this.stream = stream;
    this.index = index;
    this.json = json;
    this.properties = properties;
    this.clock = clock;
    this.consumer = properties.instanceId();
  }

  /** What the last round saw, for the health and the metrics. */
  DrainState state() {
    return state;
  }

  @Override
  public void start() {
    running = true;
    ScheduledExecutorService drainer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "audit-drainer");
      thread.setDaemon(true);
      return thread;
    });
    executor = drainer;
    drainer.scheduleWithFixedDelay(this::drain, 0, properties.drainInterval().toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    running = false;
    ScheduledExecutorService drainer = executor;
    if (drainer != null) {
      drainer.shutdown();
      try {
        drainer.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** One round: drains until the stream is empty or something fails. */
  void drain() {
    String problem = null;
    try {
      if (!ready) {
        stream.createGroup();
        index.prepare();
        ready = true;
      }
      while (running && drainOnce() == properties.drainBatch()) {
        // a full batch: there is probably more
      }
    } catch (Exception e) {
      ready = false; // Redis may have lost the group, Elasticsearch the template
      problem = e.getClass().getSimpleName();
      long now = System.nanoTime();
      if (now - lastReport >= REPORT_EVERY.toNanos()) {
        lastReport = now;
        log.warn("Audit drain paused ({}); events wait in the Redis stream", e.toString());
      }
    }
    state = measure(problem);
  }

  /** Drains one batch; returns how many entries are done with (stored or set aside). */
  int drainOnce() throws Exception {
    List<MapRecord<String, Object, Object>> records =
        stream.ownPending(consumer, properties.drainBatch());
    if (records.isEmpty()) {
      records = stream.claimAbandoned(consumer, properties.claimIdle(), properties.drainBatch());
    }
    if (records.isEmpty()) {
      records = stream.fresh(consumer, properties.drainBatch());
    }
    if (records.isEmpty()) {
      return 0;
    }
    List<RecordId> handled = new ArrayList<>();
    List<RecordId> sent = new ArrayList<>();
    List<String> raw = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<Map<String, Object>> documents = new ArrayList<>();
    for (MapRecord<String, Object, Object> record : records) {
      Object event = record.getValue().get(AuditStream.FIELD);
      try {
        Map<String, Object> document = json.readValue(String.valueOf(event), DOCUMENT);
        ids.add(document.get("chain") + "-" + document.get("sequence"));
        documents.add(document);
        sent.add(record.getId());
        raw.add(String.valueOf(event));
      } catch (RuntimeException e) {
        reject(String.valueOf(event), "unreadable");
        handled.add(record.getId());
      }
    }
    List<Outcome> outcomes = documents.isEmpty() ? List.of() : index.create(ids, documents);
    for (int i = 0; i < outcomes.size(); i++) {
      switch (outcomes.get(i)) {
        case STORED -> handled.add(sent.get(i));
        case REJECTED -> {
          reject(raw.get(i), ids.get(i));
          handled.add(sent.get(i));
        }
        case RETRY -> { } // stays pending: retried first next round
      }
    }
    stream.acknowledge(handled);
    return handled.size();
  }

  private void reject(String event, String id) {
    log.error("Elasticsearch refused audit event {} for good; kept in Redis stream {}", id,
        AuditStream.REJECTED);
    stream.reject(event);
  }

  private DrainState measure(@Nullable String problem) {
    try {
      long length = stream.length();
      List<RecordId> oldest = stream.oldest();
      Duration age = oldest.isEmpty() ? Duration.ZERO : Duration.between(
          Instant.ofEpochMilli(oldest.getFirst().getTimestamp()), clock.instant());
      return new DrainState(length, age.isNegative() ? Duration.ZERO : age, problem);
    } catch (RuntimeException e) {
      return new DrainState(state.streamLength(), state.oldestAge(),
          problem == null ? "redis-unreachable" : problem);
    }
  }

  /**
   * @param streamLength events in Redis not yet in Elasticsearch (the drain lag in events)
   * @param oldestAge how long the oldest of them has waited
   * @param problem why the last round stopped short, if it did
   */
  record DrainState(long streamLength, Duration oldestAge, @Nullable String problem) {

    static final DrainState STARTING = new DrainState(0, Duration.ZERO, null);
  }
}
