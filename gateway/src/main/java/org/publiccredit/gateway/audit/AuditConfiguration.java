package org.publiccredit.gateway.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail: recorder, appender, drainer, their health and metrics. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

  private final JsonMapper json = JsonMapper.builder().build();

  @Bean
  AuditStream auditStream(ReactiveStringRedisTemplate redis) {
    return new AuditStream(redis);
  }

  @Bean
  AuditIndex auditIndex(ElasticsearchClient elasticsearch) {
    return new AuditIndex(elasticsearch);
  }

  @Bean
  AuditAppender auditAppender(AuditStream stream, AuditIndex index, AuditProperties properties) {
    return new AuditAppender(stream, json, properties, index::lastStored);
  }

  @Bean
  AuditRecorder auditRecorder(AuditAppender appender) {
    return new AuditRecorder(appender);
  }

  @Bean
  ServiceAuditHeaders serviceAuditHeaders() {
    return new ServiceAuditHeaders();
  }

  @Bean
  AuditDrainer auditDrainer(AuditStream stream, AuditIndex index, AuditProperties properties,
      Clock clock) {
    return new AuditDrainer(stream, index, json, properties, clock);
  }

  @Bean
  AuditHealthIndicator auditHealthIndicator(AuditAppender appender, AuditDrainer drainer,
      MeterRegistry registry) {
    Gauge.builder("gateway.audit.drain.lag", drainer, d -> d.state().streamLength())
        .description("Audit events in the Redis stream not yet in Elasticsearch")
        .baseUnit("events").register(registry);
    Gauge.builder("gateway.audit.drain.oldest", drainer,
            d -> d.state().oldestAge().toMillis() / 1000.0)
        .description("How long the oldest audit event not yet in Elasticsearch has waited")
        .baseUnit("seconds").register(registry);
    Gauge.builder("gateway.audit.buffered", appender, AuditAppender::buffered)
        .description("Audit events held in memory while Redis is unreachable")
        .baseUnit("events").register(registry);
    FunctionCounter.builder("gateway.audit.dropped", appender, AuditAppender::droppedTotal)
        .description("Audit events dropped since start because the memory buffer was full")
        .baseUnit("events").register(registry);
    return new AuditHealthIndicator(appender, drainer);
  }
}
