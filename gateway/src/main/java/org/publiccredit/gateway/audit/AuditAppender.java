package org.publiccredit.gateway.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.publiccredit.gateway.audit.AuditChain.ChainHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chains the calls' audit entries and appends them to the Redis stream, on one thread of its
 * own: that thread is the only writer of this instance's chain, so sequences are gapless and in
 * order without a lock on the request path, and entries that arrived together go to Redis in one
 * round trip. While Redis is away the entries wait in a bounded queue (not yet chained, so the
 * chain stays gapless); past the bound an entry is dropped and counted, and the next event
 * written carries the count ({@code droppedBefore}), so the loss is itself in the audit.
 */
final class AuditAppender implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AuditAppender.class);
  private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

  private final AuditStream stream;
  private final Function<String, ChainHead> lastStored;
  private final JsonMapper json;
  private final String chainId;
  private final int maxBatch;
  private final Duration retryDelay;
  private final Duration stopTimeout;
  private final BlockingQueue<AuditEntry> queue;
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong droppedTotal = new AtomicLong();
  /** Taken from the queue, not yet in Redis. */
  private volatile int inFlight;
  private @Nullable AuditChain chain;
  private volatile boolean running;
  private @Nullable Thread thread;

  AuditAppender(AuditStream stream, JsonMapper json, AuditProperties properties) {
    this(stream, json, properties, chain -> ChainHead.EMPTY);
  }

  /**
   * @param lastStored where a chain ends in the audit index: asked when Redis holds no head for
   *     this instance's chain (a new instance, or a Redis that lost its data), so a restarted
   *     instance never starts its chain again at 1 over events already stored
   */
  AuditAppender(AuditStream stream, JsonMapper json, AuditProperties properties,
      Function<String, ChainHead> lastStored) {
    this.stream = stream;
    this.lastStored = lastStored;
    this.json = json;
    this.chainId = properties.instanceId();
    this.maxBatch = properties.maxBatch();
    this.retryDelay = properties.retryDelay();
    this.stopTimeout = properties.stopTimeout();
    this.queue = new ArrayBlockingQueue<>(properties.bufferCapacity());
  }

  /** From the request's thread: never blocks. */
  void offer(AuditEntry entry) {
    if (!queue.offer(entry)) {
      long lost = dropped.incrementAndGet();
      droppedTotal.incrementAndGet();
      if (lost == 1 || lost % 1000 == 0) {
        log.error("Audit buffer full ({} events held in memory, Redis unreachable): {} audit "
            + "events dropped so far", queue.size(), lost);
      }
    }
  }

  /** Entries waiting in memory for Redis. */
  int buffered() {
    return queue.size() + inFlight;
  }

  /** Entries dropped because the buffer was full, since start. */
  long droppedTotal() {
    return droppedTotal.get();
  }

  String chainId() {
    return chainId;
  }

  @Override
  public void start() {
    running = true;
    Thread appender = new Thread(this::run, "audit-appender");
    appender.setDaemon(true);
    thread = appender;
    appender.start();
  }

  /** Writes what is buffered before the application stops, for at most the stop timeout. */
  @Override
  public void stop() {
    running = false;
    Thread appender = thread;
    if (appender == null) {
      return;
    }
    try {
      appender.join(stopTimeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (appender.isAlive()) {
      appender.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /**
   * Starts after the Redis connection (phase 0) and before the web server; stops after the web
   * server finished its calls (the phases near {@code DEFAULT_PHASE}), while Redis is still there.
   */
  @Override
  public int getPhase() {
    return 1000;
  }

  private void run() {
    List<AuditEntry> batch = new ArrayList<>(maxBatch);
    while (running || !queue.isEmpty()) {
      try {
        AuditEntry first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, maxBatch - 1);
        inFlight = batch.size();
        write(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } finally {
        batch.clear();
        inFlight = 0;
      }
    }
    int left = queue.size();
    if (left > 0) {
      log.error("Gateway stopping with {} audit events not written to Redis: they are lost", left);
    }
  }

  /** Until written or the application is stopping and the stop timeout ran out. */
  private void write(List<AuditEntry> batch) throws InterruptedException {
    long lost = dropped.getAndSet(0);
    long failingSince = 0;
    long lastReport = 0;
    while (true) {
      try {
        if (append(batch, lost)) {
          if (failingSince != 0) {
            log.warn("Redis is back for the audit: writing the {} audit events held in memory",
                batch.size() + queue.size());
          }
          return;
        }
      } catch (RuntimeException e) {
        long now = System.nanoTime();
        if (failingSince == 0) {
          failingSince = now;
        }
        if (now - lastReport >= REPORT_EVERY.toNanos()) {
          lastReport = now;
          log.error("Cannot append to the audit stream in Redis ({}): {} audit events held in "
              + "memory until it is back", e.toString(), batch.size() + queue.size());
        }
        if (!running && now - failingSince > stopTimeout.toNanos()) {
          log.error("Gateway stopping, Redis unreachable: {} audit events lost",
              batch.size() + queue.size());
          queue.clear();
          return;
        }
        Thread.sleep(retryDelay.toMillis());
      }
    }
  }

  /** True when written; false when the chain's head moved and the batch must be re-chained. */
  private boolean append(List<AuditEntry> batch, long lost) {
    AuditChain current = chain;
    if (current == null) {
      ChainHead head = stream.head(chainId);
      if (head.sequence() == 0) {
        head = lastStored.apply(chainId);
        if (head.sequence() > 0) {
          log.warn("No head in Redis for audit chain {}: continuing after sequence {}, the last "
              + "one in the audit index", chainId, head.sequence());
        }
      }
      current = new AuditChain(chainId, head);
      chain = current;
    }
    ChainHead before = current.head();
    List<String> events = new ArrayList<>(batch.size());
    try {
      for (int i = 0; i < batch.size(); i++) {
        events.add(json.writeValueAsString(current.append(batch.get(i), i == 0 ? lost : 0)
            .document()));
      }
      long written = stream.append(chainId, before, current.head(), events);
      if (written < 0) {
        log.error("Audit chain {} moved in Redis under this instance: is another gateway "
            + "instance using the same platform.gateway.audit.instance-id? Continuing from the "
            + "head in Redis", chainId);
        chain = null;
        return false;
      }
      return true;
    } catch (RuntimeException e) {
      current.reset(before);
      throw e;
    }
  }
}
