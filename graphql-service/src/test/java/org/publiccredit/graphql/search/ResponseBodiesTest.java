package org.publiccredit.graphql.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.transport.rest5_client.Rest5ClientOptions;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentTooLongException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.impl.BasicEntityDetails;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.Test;

class ResponseBodiesTest {

  private static final byte[] ANSWER = "{\"took\":1,\"responses\":[]}".repeat(2_000).getBytes(StandardCharsets.UTF_8);

  @Test
  void anAnswerWithItsLengthIsReadIntoOneArrayOfThatLength() throws Exception {
    HttpEntity entity = read(ANSWER.length, 1_000, ResponseBodies.DEFAULT_LIMIT);

    assertThat(entity).isInstanceOf(ByteArrayEntity.class);
    assertThat(EntityUtils.toByteArray(entity)).isEqualTo(ANSWER);
    assertThat(entity.getContentLength()).isEqualTo(ANSWER.length);
    assertThat(entity.getContentType()).isEqualTo(ContentType.APPLICATION_JSON.toString());
  }

  @Test
  void aChunkedAnswerIsReadInBlocksAndReadBackWholeAsOftenAsAsked() throws Exception {
    for (int chunk : new int[] {1, 1_000, 8_192, 7_000, ANSWER.length}) {
      HttpEntity entity = read(-1, chunk, ResponseBodies.DEFAULT_LIMIT);

      assertThat(entity.isRepeatable()).isTrue();
      assertThat(EntityUtils.toByteArray(entity)).as("chunks of %d", chunk).isEqualTo(ANSWER);
      assertThat(entity.getContent().readAllBytes()).isEqualTo(ANSWER);
      ByteArrayOutputStream written = new ByteArrayOutputStream();
      entity.writeTo(written);
      assertThat(written.toByteArray()).isEqualTo(ANSWER);
      assertThat(entity.getContentLength()).isEqualTo(ANSWER.length);
      assertThat(entity.getContentType()).isEqualTo(ContentType.APPLICATION_JSON.toString());
    }
  }

  @Test
  void aSmallChunkedAnswerIsOneArray() throws Exception {
    byte[] small = "{\"found\":false}".getBytes(StandardCharsets.UTF_8);
    ResponseBodies.Body body = new ResponseBodies.Body(ResponseBodies.DEFAULT_LIMIT);
    CompletableFuture<HttpEntity> done = start(body, -1);
    body.consume(ByteBuffer.wrap(small));
    body.streamEnd(null);

    assertThat(done.getNow(null)).isInstanceOf(ByteArrayEntity.class);
    assertThat(EntityUtils.toByteArray(done.getNow(null))).isEqualTo(small);
  }

  @Test
  void anAnswerOverTheLimitIsRefusedWhetherAnnouncedOrNot() {
    assertThatThrownBy(() -> read(ANSWER.length, 1_000, ANSWER.length - 1))
        .isInstanceOf(ContentTooLongException.class).hasMessageContaining("buffer limit");
    assertThatThrownBy(() -> read(-1, 1_000, ANSWER.length - 1))
        .isInstanceOf(ContentTooLongException.class).hasMessageContaining("buffer limit");
  }

  @Test
  void theRequestOptionsAreTheClientsDefaultsWithThisBuffer() {
    Rest5ClientOptions options = new SearchConfiguration().elasticsearchRequestOptions();

    assertThat(options.headers()).containsExactlyInAnyOrderElementsOf(Rest5ClientOptions.of(null).headers());
    assertThat(options.restClientRequestOptions().getHttpAsyncResponseConsumerFactory()).isInstanceOf(ResponseBodies.class);
    assertThat(options.keepResponseBodyOnException()).isFalse();
  }

  private static HttpEntity read(long announced, int chunk, int limit) throws Exception {
    ResponseBodies.Body body = new ResponseBodies.Body(limit);
    CompletableFuture<HttpEntity> done = start(body, announced);
    for (int at = 0; at < ANSWER.length; at += chunk) {
      body.consume(ByteBuffer.wrap(ANSWER, at, Math.min(chunk, ANSWER.length - at)));
    }
    body.streamEnd(null);
    return done.getNow(null);
  }

  private static CompletableFuture<HttpEntity> start(ResponseBodies.Body body, long announced) throws Exception {
    CompletableFuture<HttpEntity> done = new CompletableFuture<>();
    body.streamStart(new BasicEntityDetails(announced, ContentType.APPLICATION_JSON), new FutureCallback<>() {
      @Override
      public void completed(HttpEntity result) {
        done.complete(result);
      }

      @Override
      public void failed(Exception ex) {
        done.completeExceptionally(ex);
      }

      @Override
      public void cancelled() {
        done.cancel(false);
      }
    });
    return done;
  }
}
