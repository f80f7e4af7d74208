package org.publiccredit.gateway.auth;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;

/**
 * The registered clients, looked up per request. The snapshot is swapped atomically so that a
 * reload (a changed file, a suspended client) takes effect for the next request.
 */
final class ClientRegistry {

  private static final Logger log = LoggerFactory.getLogger(ClientRegistry.class);

  private final Resource location;
  private final AtomicReference<Map<String, RegisteredClient>> clients;

  /** Loads the registry now, failing start-up when it is invalid. */
  ClientRegistry(Resource location) {
    this.location = location;
    this.clients = new AtomicReference<>(ClientRegistryLoader.load(location));
    log.info("Client registry {} loaded with {} clients", location.getDescription(),
        clients.get().size());
  }

  Optional<RegisteredClient> find(String id) {
    return Optional.ofNullable(clients.get().get(id));
  }

  /** Re-reads the file; an invalid file leaves the previous clients in force and is thrown. */
  void reload() {
    Map<String, RegisteredClient> loaded = ClientRegistryLoader.load(location);
    clients.set(loaded);
    log.info("Client registry {} reloaded with {} clients", location.getDescription(),
        loaded.size());
  }
}
