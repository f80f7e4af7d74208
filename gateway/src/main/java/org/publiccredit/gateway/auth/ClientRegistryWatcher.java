package org.publiccredit.gateway.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the client registry when its file changes, so that a new client, a changed plan or a
 * suspension takes effect without a restart. Polls the modification time and size rather than
 * using a WatchService: that also works on the network and container-mounted volumes a registry
 * is often deployed on, where file events are not delivered. An invalid edit keeps the last good
 * registry and is logged at ERROR once per change.
 */
final class ClientRegistryWatcher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ClientRegistryWatcher.class);

  private final ClientRegistry registry;
  private final Path file;
  private final ScheduledExecutorService executor;
  private @Nullable Stamp seen;

  ClientRegistryWatcher(ClientRegistry registry, Path file, Duration interval) {
    this.registry = registry;
    this.file = file;
    this.seen = stamp();
    this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "client-registry-watcher");
      thread.setDaemon(true);
      return thread;
    });
    long millis = interval.toMillis();
    executor.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
    log.info("Watching client registry {} for changes every {}", file, interval);
  }

  /** Reloads when the file changed since the last look; never throws (it runs on a timer). */
  void check() {
    Stamp now = stamp();
    if (now == null || now.equals(seen)) {
      return;
    }
    seen = now;
    try {
      registry.reload();
    } catch (InvalidClientRegistryException e) {
      log.error("{}; the previous registry stays in force until the file is fixed",
          e.getMessage());
    } catch (RuntimeException e) {
      log.error("Client registry {} could not be reloaded; the previous registry stays in force",
          file, e);
    }
  }

  private @Nullable Stamp stamp() {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return new Stamp(attributes.lastModifiedTime().toMillis(), attributes.size());
    } catch (IOException e) {
      // A file being replaced may be missing for a moment; the next look will see the new one.
      return null;
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  private record Stamp(long modifiedMillis, long size) {}
}
