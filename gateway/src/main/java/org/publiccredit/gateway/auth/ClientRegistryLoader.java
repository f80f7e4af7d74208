package org.publiccredit.gateway.auth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.publiccredit.gateway.auth.signature.SignatureAlgorithm;
import org.publiccredit.gateway.auth.signature.VerificationKey;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Reads config/clients.yml into clients with parsed keys. Everything is checked up front, so a
 * registry either loads completely or fails with a message naming the entry and field at fault.
 */
final class ClientRegistryLoader {

  /** Ids go into logs and Redis keys: keep them plain. */
  private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private ClientRegistryLoader() {}

  static Map<String, RegisteredClient> load(Resource registry) {
    String location = registry.getDescription();
    if (!registry.exists()) {
      throw new InvalidClientRegistryException(location, "the file does not exist");
    }
    List<ClientDefinition> definitions = bind(registry, location);
    if (definitions.isEmpty()) {
      throw new InvalidClientRegistryException(location, "it lists no clients");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < definitions.size(); i++) {
      String id = definitions.get(i).id();
      if (id != null && !CLIENT_ID.matcher(id).matches()) {
        throw new InvalidClientRegistryException(location, "clients[" + i + "].id " + id
            + " is not 1 to 64 of a-z, 0-9, '-', '_' and '.'");
      }
      if (id != null && !ids.add(id)) {
        throw new InvalidClientRegistryException(location, "client id " + id + " appears twice");
      }
    }
    return IntStream.range(0, definitions.size())
        .mapToObj(i -> client(definitions.get(i), "clients[" + i + "]", registry))
        .collect(Collectors.toUnmodifiableMap(RegisteredClient::id, Function.identity()));
  }

  private static List<ClientDefinition> bind(Resource registry, String location) {
    try {
      List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(location, registry);
      return new Binder(ConfigurationPropertySources.from(sources))
          .bind("clients", Bindable.listOf(ClientDefinition.class))
          .orElse(List.of());
    } catch (BindException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new InvalidClientRegistryException(location, e.getMessage() + " (" + cause.getMessage()
          + ")", e);
    } catch (IOException | RuntimeException e) {
      throw new InvalidClientRegistryException(location, "it cannot be read as YAML: "
          + e.getMessage(), e);
    }
  }

  private static RegisteredClient client(ClientDefinition d, String at, Resource registry) {
    String location = registry.getDescription();
    KeyReader keys = new KeyReader(location);
    List<KeyDefinition> keyDefinitions = required(d.keys(), at + ".keys", location);
    if (keyDefinitions.isEmpty()) {
      throw new InvalidClientRegistryException(location, at + ".keys lists no key");
    }
    List<VerificationKey> parsed = IntStream.range(0, keyDefinitions.size())
        .mapToObj(i -> key(keyDefinitions.get(i), at + ".keys[" + i + "]", registry, keys))
        .toList();
    PlanDefinition plan = required(d.plan(), at + ".plan", location);
    return new RegisteredClient(
        required(d.id(), at + ".id", location),
        required(d.displayName(), at + ".display-name", location),
        required(d.type(), at + ".type", location),
        required(d.institutionCode(), at + ".institution-code", location),
        required(d.status(), at + ".status", location),
        d.scopes() == null ? List.of() : d.scopes(),
        plan(plan, at + ".plan", location),
        parsed);
  }

  private static ClientPlan plan(PlanDefinition plan, String at, String location) {
    int rate = required(plan.requestsPerSecond(), at + ".requests-per-second", location);
    int burst = required(plan.burst(), at + ".burst", location);
    long daily = required(plan.dailyQuota(), at + ".daily-quota", location);
    try {
      return new ClientPlan(rate, burst, daily);
    } catch (IllegalArgumentException e) {
      throw new InvalidClientRegistryException(location, at + ": " + e.getMessage());
    }
  }

  private static VerificationKey key(KeyDefinition d, String at, Resource registry,
      KeyReader keys) {
    String location = registry.getDescription();
    String token = required(d.algorithm(), at + ".algorithm", location);
    SignatureAlgorithm algorithm = SignatureAlgorithm.fromToken(token).orElseThrow(() ->
        new InvalidClientRegistryException(location, at + ".algorithm " + token
            + " is not one of ed25519, ecdsa-p256-sha256, hmac-sha256"));
    if (algorithm.usesPublicKey()) {
      String pem = required(d.publicKey(), at + ".public-key", location);
      return new VerificationKey(algorithm, keys.publicKey(algorithm, pem, at));
    }
    String secretFile = required(d.secretFile(), at + ".secret-file", location);
    return new VerificationKey(algorithm, keys.secret(secretResource(registry, secretFile), at));
  }

  /** A relative secret-file is relative to the registry file; an absolute one is taken as is. */
  private static Resource secretResource(Resource registry, String secretFile) {
    if (Path.of(secretFile).isAbsolute()) {
      return new FileSystemResource(secretFile);
    }
    try {
      return registry.createRelative(secretFile);
    } catch (IOException e) {
      throw new InvalidClientRegistryException(registry.getDescription(),
          "secret-file " + secretFile + " cannot be resolved", e);
    }
  }

  private static <T> T required(@Nullable T value, String at, String location) {
    if (value == null) {
      throw new InvalidClientRegistryException(location, at + " is required");
    }
    return value;
  }

  /** The registry entry as written; checked and turned into a {@link RegisteredClient}. */
  record ClientDefinition(
      @Nullable String id,
      @Nullable String displayName,
      @Nullable ClientType type,
      @Nullable String institutionCode,
      @Nullable ClientStatus status,
      @Nullable List<String> scopes,
      @Nullable PlanDefinition plan,
      @Nullable List<KeyDefinition> keys) {}

  record PlanDefinition(
      @Nullable Integer requestsPerSecond, @Nullable Integer burst, @Nullable Long dailyQuota) {}

  record KeyDefinition(
      @Nullable String algorithm, @Nullable String publicKey, @Nullable String secretFile) {}
}
