package org.publiccredit.graphql.search;

import co.elastic.clients.transport.rest5_client.SafeResponseConsumer;
import co.elastic.clients.transport.rest5_client.low_level.HttpAsyncResponseConsumerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentTooLongException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.apache.hc.core5.http.nio.AsyncEntityConsumer;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.entity.AbstractBinDataConsumer;
import org.apache.hc.core5.http.nio.support.AbstractAsyncResponseConsumer;
import org.jspecify.annotations.Nullable;

/**
 * How the Elasticsearch client buffers an answer: in one array of the length the answer announces.
 * The client's own consumer ({@code BufferedByteConsumer}) starts at 8 KB and doubles, copying at
 * each step, then copies the whole answer once more into the entity: for a profile's 55 KB msearch
 * answer about 175 KB allocated and 110 KB copied, 18% of the service's allocation per profile
 * (session 6). Here an answer with a {@code Content-Length} is read into an array of exactly that
 * size, which becomes the entity without a copy; one without (Elasticsearch sends search answers
 * chunked) is read into blocks, each as large as all before it, and read back as one stream: about
 * the answer's size allocated, nothing copied twice. The limit on an answer's size is the client's
 * default (100 MB), checked the same way.
 */
final class ResponseBodies implements HttpAsyncResponseConsumerFactory {

  /** The client's default limit on a buffered answer ({@code HttpAsyncResponseConsumerFactory.DEFAULT}). */
  static final int DEFAULT_LIMIT = 100 * 1024 * 1024;
  private static final int UNKNOWN_LENGTH_START = 8 * 1024;

  private final int limit;

  ResponseBodies(int limit) {
    this.limit = limit;
  }

  @Override
  public AsyncResponseConsumer<ClassicHttpResponse> createHttpAsyncResponseConsumer() {
    // As the client's default factory: failures inside the consumer reach the caller, not the I/O reactor.
    return new SafeResponseConsumer<>(new ResponseConsumer(new Body(limit)));
  }

  /** The client's {@code BasicAsyncResponseConsumer}: status, reason and headers with the buffered entity. */
  private static final class ResponseConsumer extends AbstractAsyncResponseConsumer<ClassicHttpResponse, HttpEntity> {

    ResponseConsumer(Body body) {
      super(body);
    }

    @Override
    public void informationResponse(HttpResponse response, org.apache.hc.core5.http.protocol.HttpContext context) {
      // 1xx answers carry nothing the client reads (the library's consumer keeps and ignores them).
    }

    @Override
    protected ClassicHttpResponse buildResult(HttpResponse response, @Nullable HttpEntity entity,
        @Nullable ContentType contentType) {
      BasicClassicHttpResponse result = new BasicClassicHttpResponse(response.getCode(), response.getReasonPhrase());
      result.setEntity(entity);
      result.setHeaders(response.getHeaders());
      return result;
    }
  }

  /**
   * An answer's bytes: one array of the announced length; without one (Elasticsearch sends search
   * answers chunked), blocks that double the capacity without copying what was read.
   */
  static final class Body extends AbstractBinDataConsumer implements AsyncEntityConsumer<HttpEntity> {

    private final int limit;
    private final List<byte[]> full = new ArrayList<>();
    private byte[] block = new byte[0];
    private int inBlock;
    private long length;
    private @Nullable ContentType contentType;
    private @Nullable String contentEncoding;
    private @Nullable FutureCallback<HttpEntity> callback;
    private @Nullable HttpEntity result;

    Body(int limit) {
      this.limit = limit;
    }

    @Override
    public void streamStart(EntityDetails details, FutureCallback<HttpEntity> resultCallback) throws IOException {
      contentType = details.getContentType() == null ? null : ContentType.parse(details.getContentType());
      contentEncoding = details.getContentEncoding();
      callback = resultCallback;
      long announced = details.getContentLength();
      if (announced > limit) {
        throw tooLong(announced);
      }
      block = new byte[announced >= 0 ? (int) announced : UNKNOWN_LENGTH_START];
    }

    @Override
    protected int capacityIncrement() {
      return limit;
    }

    @Override
    protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
      if (length + src.remaining() > limit) {
        throw tooLong(length + src.remaining());
      }
      while (src.hasRemaining()) {
        if (inBlock == block.length) {
          full.add(block);
          block = new byte[(int) Math.min(Math.max(length, UNKNOWN_LENGTH_START), limit)];
          inBlock = 0;
        }
        int n = Math.min(src.remaining(), block.length - inBlock);
        src.get(block, inBlock, n);
        inBlock += n;
        length += n;
      }
    }

    private ContentTooLongException tooLong(long size) {
      return new ContentTooLongException("entity content is too long [" + size + "] for the configured buffer limit ["
          + limit + "]");
    }

    @Override
    protected void completed() {
      result = full.isEmpty() ? new ByteArrayEntity(block, 0, inBlock, contentType, contentEncoding)
          : new Blocks(List.copyOf(full), block, inBlock, length, contentType, contentEncoding);
      if (callback != null) {
        callback.completed(result);
      }
      releaseResources();
    }

    @Override
    public void failed(Exception cause) {
      if (callback != null) {
        callback.failed(cause);
      }
      releaseResources();
    }

    @Override
    public @Nullable HttpEntity getContent() {
      return result;
    }

    @Override
    public void releaseResources() {
      full.clear();
      block = new byte[0];
    }
  }

  /** An answer read in several blocks: read back as one stream, as often as asked (repeatable). */
  static final class Blocks extends AbstractHttpEntity {

    private final List<byte[]> full;
    private final byte[] last;
    private final int inLast;
    private final long length;

    Blocks(List<byte[]> full, byte[] last, int inLast, long length, @Nullable ContentType contentType,
        @Nullable String contentEncoding) {
      super(contentType, contentEncoding);
      this.full = full;
      this.last = last;
      this.inLast = inLast;
      this.length = length;
    }

    @Override
    public InputStream getContent() {
      List<InputStream> streams = new ArrayList<>(full.size() + 1);
      full.forEach(bytes -> streams.add(new ByteArrayInputStream(bytes)));
      streams.add(new ByteArrayInputStream(last, 0, inLast));
      return new SequenceInputStream(Collections.enumeration(streams));
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      for (byte[] bytes : full) {
        out.write(bytes);
      }
      out.write(last, 0, inLast);
    }

    @Override
    public long getContentLength() {
      return length;
    }

    @Override
    public boolean isRepeatable() {
      return true;
    }

    @Override
    public boolean isStreaming() {
      return false;
    }

    @Override
    public void close() {
      // Nothing held but the arrays.
    }
  }
}
