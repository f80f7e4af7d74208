package org.publiccredit.gateway.eventloop;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;
import reactor.netty.http.HttpResources;
import reactor.netty.resources.LoopResources;

/** The HTTP server's event loops, as Spring Boot gives them to Reactor Netty. */
@Configuration(proxyBeanMethods = false)
class EventLoopConfiguration {

  @Bean
  RequestEventLoops requestEventLoops(ObjectProvider<ReactorResourceFactory> resources) {
    ReactorResourceFactory factory = resources.getIfAvailable();
    LoopResources loops = factory == null ? HttpResources.get() : factory.getLoopResources();
    // The server prefers the native transport (epoll) and falls back to NIO, as onServer(true) does.
    return new RequestEventLoops(loops.onServer(true));
  }
}
