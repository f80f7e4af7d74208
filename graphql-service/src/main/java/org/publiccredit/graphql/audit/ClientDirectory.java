package org.publiccredit.graphql.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Display names of the gateway's clients, from its registry file: read again when the file
 * changes, as the gateway does. Only {@code id}, {@code display-name} and {@code type} are read.
 */
@Component
class ClientDirectory {

  record Entry(String displayName, @Nullable String type) {}

  private static final Logger log = LoggerFactory.getLogger(ClientDirectory.class);

  private final @Nullable Resource registry;
  private Map<String, Entry> entries = Map.of();
  private long loadedModified = Long.MIN_VALUE;

  ClientDirectory(AuditProperties properties) {
    this.registry = properties.clientRegistry().isBlank() ? null : new FileSystemResource(properties.clientRegistry());
  }

  /** The client's registered name and type; its id as the name when it is not (or no longer) registered. */
  synchronized Entry lookup(String clientId) {
    reloadIfChanged();
    Entry entry = entries.get(clientId);
    return entry != null ? entry : new Entry(clientId, null);
  }

  private void reloadIfChanged() {
    if (registry == null) {
      if (loadedModified == Long.MIN_VALUE) {
        log.warn("platform.audit.client-registry is not set: credit inquiries show client ids, not names");
        loadedModified = 0;
      }
      return;
    }
    try {
      long modified = registry.lastModified();
      if (modified == loadedModified) {
        return;
      }
      try (InputStream in = registry.getInputStream()) {
        entries = parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
      }
      loadedModified = modified;
    } catch (IOException | RuntimeException e) {
      // The previous names stay; an id is still shown for an unknown client.
      log.error("Cannot read the client registry {}: {}", registry.getDescription(), e.toString());
    }
  }

  static Map<String, Entry> parse(@Nullable Object yaml) {
    Map<String, Entry> parsed = new HashMap<>();
    if (yaml instanceof Map<?, ?> root && root.get("clients") instanceof List<?> clients) {
      for (Object client : clients) {
        if (client instanceof Map<?, ?> c && c.get("id") instanceof String id) {
          Object name = c.get("display-name");
          Object type = c.get("type");
          parsed.put(id, new Entry(name instanceof String n ? n : id, type instanceof String t ? t : null));
        }
      }
    }
    return Map.copyOf(parsed);
  }
}
