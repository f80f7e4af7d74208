package org.publiccredit.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

/** Finds a free port on 127.0.0.1 for servers that cannot pick one themselves (port 0). */
final class FreePorts {

    private FreePorts() {
    }

    static int resolve(int requested) {
        if (requested < 0 || requested > 65_535) {
            throw new IllegalArgumentException("port out of range: " + requested);
        }
        return requested != 0 ? requested : pick();
    }

    /**
     * Waits until nothing listens on {@code port} any more. On some kernels (seen in CI micro-VMs) the listening socket
     * of a killed process lingers for a few milliseconds and still accepts connections, which would make an outage
     * test see a server that is already gone.
     */
    static void awaitReleased(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isFree(port)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("port " + port + " still in use after " + timeout);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static boolean isFree(int port) {
        // Binding, not connecting: a probe connection would itself disturb the server being checked.
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }
}
