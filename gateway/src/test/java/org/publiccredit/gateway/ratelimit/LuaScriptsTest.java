package org.publiccredit.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.data.redis.core.script.RedisScript;

class LuaScriptsTest {

  @Test
  void theScriptIsTheResourceText(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.lua");
    Files.writeString(file, "return 1");

    RedisScript<Long> script = LuaScripts.readOnce(new FileSystemResource(file), Long.class);

    assertThat(script.getScriptAsString()).isEqualTo("return 1");
    assertThat(script.getSha1()).isEqualTo(sha1("return 1"));
    assertThat(script.getResultType()).isEqualTo(Long.class);
  }

  @Test
  void theResourceIsNotAskedAgainAfterLoading(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.lua");
    Files.writeString(file, "return 1");
    RedisScript<Long> script = LuaScripts.readOnce(new FileSystemResource(file), Long.class);
    String sha = script.getSha1();

    // RedisScript.of(Resource, ...) would notice this and hash the file again on the next call.
    Files.writeString(file, "return 2");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));

    assertThat(script.getSha1()).isEqualTo(sha);
    assertThat(script.getScriptAsString()).isEqualTo("return 1");
  }

  @Test
  void theGatewaysLimitsScriptLoads() {
    RedisScript<Object> script = LuaScripts.readOnce(new ClassPathResource("scripts/client_limits.lua"), Object.class);

    assertThat(script.getScriptAsString()).contains("redis.call");
  }

  @Test
  void aMissingScriptStopsTheStartWithItsName() {
    assertThatThrownBy(() -> LuaScripts.readOnce(new ClassPathResource("scripts/missing.lua"), Long.class))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing.lua");
  }

  private static String sha1(String text) throws Exception {
    var digest = java.security.MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
    return java.util.HexFormat.of().formatHex(digest);
  }
}
