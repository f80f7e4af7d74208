package org.publiccredit.gateway.eventloop;

import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Continues a call on the event loop that was running it before it waited for Redis.
 *
 * <p>Every Redis reply is read by the single Lettuce event-loop thread, and Reactor runs whatever
 * follows the reply on the thread that delivers it: the GraphQL reading and pricing after the
 * nonce, the routing to the service after the rate limit. Under load that one thread did half
 * as much of the gateway's work as the four HTTP event loops together, or more, and replies
 * waited behind that work until Redis commands timed out. Handing the signal back to the request's own loop keeps
 * the Lettuce thread to reading replies and spreads the calls over the HTTP loops, at the price
 * of one hand-over between threads per Redis reply.
 */
public final class RequestEventLoops {

  private final List<EventExecutor> loops = new ArrayList<>();
  private final List<Scheduler> schedulers = new ArrayList<>();

  /** @param group the event loops the HTTP server runs calls on */
  public RequestEventLoops(EventLoopGroup group) {
    for (EventExecutor loop : group) {
      loops.add(loop);
      // Never disposed: the scheduler only submits to the loop, which Reactor Netty owns.
      schedulers.add(Schedulers.fromExecutor(loop));
    }
  }

  /**
   * The given Mono, with its signals delivered on the event loop of the thread that subscribes
   * to it; unchanged when that thread is not one of the loops (a test, a background task).
   */
  public <T> Mono<T> continueOnCaller(Mono<T> mono) {
    return Mono.defer(() -> {
      Scheduler caller = current();
      return caller == null ? mono : mono.publishOn(caller);
    });
  }

  private @Nullable Scheduler current() {
    for (int i = 0; i < loops.size(); i++) {
      if (loops.get(i).inEventLoop()) {
        return schedulers.get(i);
      }
    }
    return null;
  }
}
