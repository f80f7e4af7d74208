package org.publiccredit.gateway.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder in front of a shared server, so a test can take that server away from the
 * gateway (connections refused, open ones cut) and give it back, without stopping it for anyone
 * else. Same port throughout.
 */
final class TcpProxy {

  private final URI target;
  private final int port;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket server;

  private TcpProxy(URI target) {
    this.target = target;
    this.server = bind(0);
    this.port = server.getLocalPort();
    accept(server);
  }

  static TcpProxy to(URI target) {
    return new TcpProxy(target);
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** Refuses new connections and cuts the open ones. */
  synchronized void stop() {
    close(server);
    sockets.forEach(TcpProxy::close);
    sockets.clear();
  }

  synchronized void start() {
    if (server.isClosed()) {
      server = bind(port);
      accept(server);
    }
  }

  private void accept(ServerSocket listening) {
    Thread.ofVirtual().name("tcp-proxy-accept").start(() -> {
      while (!listening.isClosed()) {
        try {
          Socket client = listening.accept();
          Socket upstream = new Socket(target.getHost(), target.getPort());
          sockets.add(client);
          sockets.add(upstream);
          pump(client, upstream);
          pump(upstream, client);
        } catch (IOException e) {
          // closed by stop(), or the target refused: the client sees its connection end
        }
      }
    });
  }

  private void pump(Socket from, Socket to) {
    Thread.ofVirtual().name("tcp-proxy-pump").start(() -> {
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        in.transferTo(out);
      } catch (IOException e) {
        // one side went away
      } finally {
        close(from);
        close(to);
        sockets.remove(from);
        sockets.remove(to);
      }
    });
  }

  private static ServerSocket bind(int port) {
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("127.0.0.1", port));
      return socket;
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on " + port, e);
    }
  }

  private static void close(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
