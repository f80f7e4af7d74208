package org.publiccredit.gateway.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoop;
import io.netty.channel.nio.NioEventLoopGroup;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class RequestEventLoopsTest {

  private static final NioEventLoopGroup GROUP = new NioEventLoopGroup(2);
  private static final ExecutorService REDIS_THREAD = Executors.newSingleThreadExecutor(
      task -> new Thread(task, "redis-reply"));

  @AfterAll
  static void stop() {
    GROUP.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS);
    REDIS_THREAD.shutdownNow();
  }

  @Test
  void aReplyDeliveredOnAnotherThreadContinuesOnTheSubscribersEventLoop() throws Exception {
    RequestEventLoops loops = new RequestEventLoops(GROUP);
    EventLoop requestLoop = GROUP.next();
    CompletableFuture<Boolean> continuedOnRequestLoop = new CompletableFuture<>();

    requestLoop.execute(() -> loops.continueOnCaller(replyFromAnotherThread("OK"))
        .subscribe(reply -> continuedOnRequestLoop.complete(requestLoop.inEventLoop())));

    assertThat(continuedOnRequestLoop.get(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void errorsTooContinueOnTheSubscribersEventLoop() throws Exception {
    RequestEventLoops loops = new RequestEventLoops(GROUP);
    EventLoop requestLoop = GROUP.next();
    CompletableFuture<Boolean> continuedOnRequestLoop = new CompletableFuture<>();

    requestLoop.execute(() -> loops.continueOnCaller(
            Mono.<String>error(new IllegalStateException("down"))
                .delaySubscription(Duration.ofMillis(10)))
        .subscribe(reply -> { }, error -> continuedOnRequestLoop.complete(
            requestLoop.inEventLoop() && error instanceof IllegalStateException)));

    assertThat(continuedOnRequestLoop.get(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aSubscriberOffTheLoopsGetsTheMonoUnchanged() {
    RequestEventLoops loops = new RequestEventLoops(GROUP);

    String thread = loops.continueOnCaller(replyFromAnotherThread("OK"))
        .map(reply -> Thread.currentThread().getName())
        .block(Duration.ofSeconds(5));

    assertThat(thread).isEqualTo("redis-reply");
  }

  /** Answers a little later, so that the reply is delivered by the other thread. */
  private static Mono<String> replyFromAnotherThread(String reply) {
    return Mono.fromFuture(() -> CompletableFuture.supplyAsync(() -> {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return reply;
    }, REDIS_THREAD));
  }
}
