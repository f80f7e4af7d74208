package org.publiccredit.gateway.audit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The audit trail's settings.
 *
 * @param instanceId this gateway instance's chain id: stable across restarts of the instance (its
 *     chain continues), unique among the instances running (two writers would fork one chain)
 * @param bufferCapacity how many events wait in memory while Redis is unreachable; past it new
 *     events are dropped and counted (about 1 KB each at most)
 * @param maxBatch the most events appended to Redis in one round trip
 * @param retryDelay how long to wait before trying Redis again
 * @param stopTimeout how long a stopping gateway keeps trying to write what it holds
 * @param drainInterval how often the drainer looks for events to index when it found none
 * @param drainBatch how many events go to Elasticsearch in one bulk request
 * @param claimIdle after how long unacknowledged events of another (stopped) instance's drainer
 *     are taken over
 */
@Validated
@ConfigurationProperties(AuditProperties.PREFIX)
record AuditProperties(
    @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String instanceId,
    @DefaultValue("50000") @Min(1) int bufferCapacity,
    @DefaultValue("256") @Min(1) int maxBatch,
    @DefaultValue("1s") Duration retryDelay,
    @DefaultValue("5s") Duration stopTimeout,
    @DefaultValue("1s") Duration drainInterval,
    @DefaultValue("500") @Min(1) int drainBatch,
    @DefaultValue("60s") Duration claimIdle) {

  static final String PREFIX = "platform.gateway.audit";
}
