package org.publiccredit.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A minimal RESP client over a raw socket: enough to prove a real redis-server answers. */
final class Resp implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    Resp(int port) {
        try {
            socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.setSoTimeout(5_000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out = socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends one command; returns a simple/bulk string reply, "(nil)" for a null bulk, arrays space-separated, or "-ERR ..." for errors. */
    String call(String... args) {
        StringBuilder command = new StringBuilder("*").append(args.length).append("\r\n");
        for (String arg : args) {
            command.append('$').append(arg.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(arg).append("\r\n");
        }
        try {
            out.write(command.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return reply();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Arrays come back space-separated, which is all these tests need. */
    private String reply() throws IOException {
        String line = in.readLine();
        return switch (line.charAt(0)) {
            case '+', ':' -> line.substring(1);
            case '$' -> line.equals("$-1") ? "(nil)" : in.readLine();
            case '*' -> {
                StringBuilder items = new StringBuilder();
                for (int i = Integer.parseInt(line.substring(1)); i > 0; i--) {
                    items.append(items.isEmpty() ? "" : " ").append(reply());
                }
                yield items.toString();
            }
            default -> line;
        };
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
