package org.publiccredit.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.publiccredit.gateway.auth.ClientPlan;

class LocalTokenBucketTest {

  private final AtomicLong nanos = new AtomicLong();
  private final ClientPlan plan = new ClientPlan(10, 20, 1000);

  @Test
  void spendsTheBurstThenRefillsAtTheRate() {
    LocalTokenBucket buckets = new LocalTokenBucket(nanos::get, 1);

    assertThat(buckets.take("c", plan, 15)).isEqualTo(new BucketState(true, 5));
    assertThat(buckets.take("c", plan, 6)).isEqualTo(new BucketState(false, 5));
    nanos.addAndGet(100_000_000); // 0.1 s: one unit back
    assertThat(buckets.take("c", plan, 6)).isEqualTo(new BucketState(true, 0));
    nanos.addAndGet(10_000_000_000L); // never above the burst
    assertThat(buckets.take("c", plan, 0)).isEqualTo(new BucketState(true, 20));
  }

  @Test
  void keepsClientsApart() {
    LocalTokenBucket buckets = new LocalTokenBucket(nanos::get, 1);
    buckets.take("a", plan, 20);
    assertThat(buckets.take("b", plan, 20).allowed()).isTrue();
  }

  @Test
  void enforcesTheInstancesShareOfThePlan() {
    LocalTokenBucket buckets = new LocalTokenBucket(nanos::get, 4);
    assertThat(buckets.local(plan)).isEqualTo(new ClientPlan(2, 5, 1000));
    assertThat(buckets.take("c", plan, 5).allowed()).isTrue();
    assertThat(buckets.take("c", plan, 1).allowed()).isFalse();
  }
}
