package org.publiccredit.gateway.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * A Lua script read from its resource once. {@code RedisScript.of(Resource, Class)} keeps the
 * resource and asks it on every {@code getSha1()}, i.e. on every call, whether it changed: inside
 * the gateway's jar that resolved the class-path URL, opened a nested-jar connection and threw and
 * caught a {@code FileNotFoundException} per request (about a tenth of the gateway's allocation
 * samples under load in a JFR profile, decision 70). A script is part of the release, so its text is fixed at start-up.
 */
final class LuaScripts {

  private LuaScripts() {}

  static <T> RedisScript<T> readOnce(Resource resource, Class<T> resultType) {
    try (InputStream in = resource.getInputStream()) {
      return RedisScript.of(new String(in.readAllBytes(), StandardCharsets.UTF_8), resultType);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Redis script " + resource.getDescription(), e);
    }
  }
}
