package org.publiccredit.gateway.audit;

import org.publiccredit.gateway.audit.AuditDrainer.DrainState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Always UP: an Elasticsearch outage does not stop the gateway, the audit buffers in Redis (and
 * Redis' own outage already shows as the redis component). The details say how far behind the
 * drain is, for whoever is allowed to see them.
 */
final class AuditHealthIndicator implements HealthIndicator {

  private final AuditAppender appender;
  private final AuditDrainer drainer;

  AuditHealthIndicator(AuditAppender appender, AuditDrainer drainer) {
    this.appender = appender;
    this.drainer = drainer;
  }

  @Override
  public Health health() {
    DrainState state = drainer.state();
    Health.Builder health = Health.up()
        .withDetail("chain", appender.chainId())
        .withDetail("waitingInRedis", state.streamLength())
        .withDetail("oldestWaitingSeconds", state.oldestAge().toSeconds())
        .withDetail("bufferedInMemory", appender.buffered())
        .withDetail("droppedSinceStart", appender.droppedTotal());
    if (state.problem() != null) {
      health.withDetail("drainPaused", state.problem());
    }
    return health.build();
  }
}
