package org.publiccredit.bench;

import java.nio.file.Path;

/** What one benchmark run targets, from -Dbench.* system properties. */
record BenchSettings(Path root, String target, boolean open, int users, double rate, int durationSeconds,
                     int warmupSeconds,
                     String client, String gatewayUrl, String serviceUrl) {

    static BenchSettings fromSystemProperties() {
        String target = System.getProperty("bench.target", "gateway");
        if (!target.equals("gateway") && !target.equals("direct")) {
            throw new IllegalArgumentException("bench.target must be gateway or direct");
        }
        return new BenchSettings(
                Path.of(System.getProperty("bench.root", "../..")).toAbsolutePath().normalize(),
                target,
                System.getProperty("bench.model", "closed").equals("open"),
                Integer.getInteger("bench.users", 32),
                Double.parseDouble(System.getProperty("bench.rate", "200")),
                Integer.getInteger("bench.duration", 30),
                Integer.getInteger("bench.warmup", 0),
                System.getProperty("bench.client", "demo-bench"),
                System.getProperty("bench.gateway", "http://127.0.0.1:8080"),
                System.getProperty("bench.service", "http://127.0.0.1:8081"));
    }

    boolean viaGateway() {
        return target.equals("gateway");
    }

    String baseUrl() {
        return viaGateway() ? gatewayUrl : serviceUrl;
    }
}
