package org.publiccredit.localstack;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalRedisIT {

    @Test
    void answersPingSetAndGetOverResp() throws Exception {
        try (LocalRedis redis = LocalRedis.start(0); Resp client = new Resp(redis.port())) {
            assertThat(client.call("PING")).isEqualTo("PONG");
            assertThat(client.call("SET", "nonce:demo-bank:abc", "1", "NX", "EX", "600")).isEqualTo("OK");
            assertThat(client.call("SET", "nonce:demo-bank:abc", "1", "NX", "EX", "600")).isEqualTo("(nil)");
            assertThat(client.call("GET", "nonce:demo-bank:abc")).isEqualTo("1");
        }
    }

    @Test
    void stopsAndRestartsOnTheSamePort() throws Exception {
        try (LocalRedis redis = LocalRedis.start(0)) {
            int port = redis.port();

            redis.stop();
            assertThat(redis.isRunning()).isFalse();
            assertThatThrownBy(() -> new Resp(port).close()).isInstanceOf(UncheckedIOException.class);

            redis.restart();
            assertThat(redis.port()).isEqualTo(port);
            try (Resp client = new Resp(port)) {
                assertThat(client.call("PING")).isEqualTo("PONG");
            }
        }
    }

    @Test
    void bindsLoopbackOnly() throws Exception {
        try (LocalRedis redis = LocalRedis.start(0); Resp client = new Resp(redis.port())) {
            assertThat(client.call("CONFIG", "GET", "bind")).isEqualTo("bind 127.0.0.1");
            assertThat(client.call("PING")).isEqualTo("PONG");
        }
    }
}
