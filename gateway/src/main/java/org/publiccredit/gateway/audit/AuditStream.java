package org.publiccredit.gateway.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.publiccredit.gateway.audit.AuditChain.ChainHead;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The Redis side of the audit: the stream events are appended to, each chain's head, and the
 * consumer group the drainer reads with. Blocking calls (with a timeout): only the audit's own
 * threads use this, never a request thread.
 */
final class AuditStream {

  static final String STREAM = "audit:events";
  /** Entries Elasticsearch refused for good, kept rather than lost, for an operator to look at. */
  static final String REJECTED = "audit:rejected";
  static final String GROUP = "audit-drainer";
  static final String FIELD = "event";
  private static final String HEAD_PREFIX = "audit:chain:";
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  /**
   * Appends a batch and moves the head, atomically, only if the head is where this instance
   * left it. 0: the batch was already written (a retry after a lost reply); -1: the head moved
   * (another writer with the same chain id); else the number of events appended. A missing head
   * (Redis lost its data) is taken to be where this instance left it.
   */
  private static final RedisScript<Long> APPEND = RedisScript.of("""
      local seq = redis.call('HGET', KEYS[2], 'sequence')
      if seq then
        local hash = redis.call('HGET', KEYS[2], 'hash')
        if seq == ARGV[3] and hash == ARGV[4] then return 0 end
        if seq ~= ARGV[1] or hash ~= ARGV[2] then return -1 end
      end
      for i = 5, #ARGV do redis.call('XADD', KEYS[1], '*', 'event', ARGV[i]) end
      redis.call('HSET', KEYS[2], 'sequence', ARGV[3], 'hash', ARGV[4])
      return #ARGV - 4
      """, Long.class);

  private final ReactiveStringRedisTemplate redis;

  AuditStream(ReactiveStringRedisTemplate redis) {
    this.redis = redis;
  }

  ChainHead head(String chain) {
    Map<Object, Object> head = redis.opsForHash().entries(HEAD_PREFIX + chain)
        .collectMap(Map.Entry::getKey, Map.Entry::getValue).block(TIMEOUT);
    if (head == null || head.get("sequence") == null) {
      return ChainHead.EMPTY;
    }
    return new ChainHead(Long.parseLong((String) head.get("sequence")),
        (String) head.get("hash"));
  }

  /** See {@link #APPEND}: appended count, 0 when already there, -1 when the head moved. */
  long append(String chain, ChainHead before, ChainHead after, List<String> events) {
    List<String> args = new ArrayList<>(events.size() + 4);
    args.add(Long.toString(before.sequence()));
    args.add(before.hash());
    args.add(Long.toString(after.sequence()));
    args.add(after.hash());
    args.addAll(events);
    Long result = redis.execute(APPEND, List.of(STREAM, HEAD_PREFIX + chain), args)
        .next().block(TIMEOUT);
    return result == null ? -1 : result;
  }

  void createGroup() {
    try {
      redis.opsForStream().createGroup(STREAM, ReadOffset.from("0"), GROUP).block(TIMEOUT);
    } catch (RuntimeException e) {
      if (!String.valueOf(e.getMessage()).contains("BUSYGROUP")
          && !(e.getCause() != null && String.valueOf(e.getCause().getMessage())
              .contains("BUSYGROUP"))) {
        throw e;
      }
    }
  }

  /** Entries delivered to this consumer and not yet acknowledged (its unfinished work). */
  List<MapRecord<String, Object, Object>> ownPending(String consumer, int count) {
    return read(consumer, count, ReadOffset.from("0"));
  }

  /** Entries never delivered to anyone. */
  List<MapRecord<String, Object, Object>> fresh(String consumer, int count) {
    return read(consumer, count, ReadOffset.lastConsumed());
  }

  /** Takes over entries another consumer (a stopped instance) left unacknowledged too long. */
  List<MapRecord<String, Object, Object>> claimAbandoned(String consumer, Duration idle,
      int count) {
    var pending = redis.opsForStream().pending(STREAM, GROUP, Range.unbounded(), count)
        .block(TIMEOUT);
    if (pending == null || pending.isEmpty()) {
      return List.of();
    }
    RecordId[] abandoned = pending.stream()
        .filter(p -> !p.getConsumerName().equals(consumer))
        .filter(p -> p.getElapsedTimeSinceLastDelivery().compareTo(idle) >= 0)
        .map(PendingMessage::getId).toArray(RecordId[]::new);
    if (abandoned.length == 0) {
      return List.of();
    }
    List<MapRecord<String, Object, Object>> claimed = redis.opsForStream()
        .claim(STREAM, GROUP, consumer, idle, abandoned).collectList().block(TIMEOUT);
    return claimed == null ? List.of() : claimed;
  }

  /** Done with: acknowledged and removed, so the stream holds only what is still to drain. */
  void acknowledge(List<RecordId> ids) {
    if (ids.isEmpty()) {
      return;
    }
    RecordId[] array = ids.toArray(RecordId[]::new);
    redis.opsForStream().acknowledge(STREAM, GROUP, array).block(TIMEOUT);
    redis.opsForStream().delete(STREAM, array).block(TIMEOUT);
  }

  void reject(String event) {
    redis.opsForStream().add(REJECTED, Map.of(FIELD, event))
        .block(TIMEOUT);
  }

  long length() {
    Long size = redis.opsForStream().size(STREAM).block(TIMEOUT);
    return size == null ? 0 : size;
  }

  /** The id of the oldest entry still in the stream (its time is when it was appended). */
  List<RecordId> oldest() {
    var first = redis.opsForStream().range(STREAM, Range.unbounded(), Limit.limit().count(1))
        .map(MapRecord::getId).collectList().block(TIMEOUT);
    return first == null ? List.of() : first;
  }

  private List<MapRecord<String, Object, Object>> read(String consumer, int count,
      ReadOffset offset) {
    List<MapRecord<String, Object, Object>> records = redis.opsForStream()
        .read(Consumer.from(GROUP, consumer), StreamReadOptions.empty().count(count),
            StreamOffset.create(STREAM, offset))
        .collectList().block(TIMEOUT);
    return records == null ? List.of() : records;
  }
}
