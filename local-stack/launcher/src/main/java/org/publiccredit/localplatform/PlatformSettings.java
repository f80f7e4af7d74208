package org.publiccredit.localplatform;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local platform listens and keeps its data.
 *
 * @param root           the repository root (holds config/ and the built service jars)
 * @param dataDir        Elasticsearch data, logs and the launcher's pid file; survives restarts
 * @param fresh          wipe {@code dataDir} before starting
 * @param gatewayPort    the only port meant for clients
 * @param graphqlPort    the GraphQL service, bound to 127.0.0.1
 * @param elasticsearchPort the Elasticsearch node's HTTP port
 * @param redisPort      Redis
 * @param creditReferencePort the central bank credit-reference stand-in
 */
record PlatformSettings(Path root, Path dataDir, boolean fresh, int gatewayPort, int graphqlPort,
                        int elasticsearchPort, int redisPort, int creditReferencePort) {

    static PlatformSettings defaults(Path root) {
        return new PlatformSettings(root, root.resolve("data"), false, 8080, 8081, 9200, 6379, 8089);
    }

    /** Ports from the environment ({@code PLATFORM_GATEWAY_PORT} ...), as the README documents. */
    static PlatformSettings fromEnvironment(Path root, Map<String, String> env, boolean fresh) {
        PlatformSettings d = defaults(root);
        return new PlatformSettings(root,
                Path.of(env.getOrDefault("PLATFORM_DATA_DIR", d.dataDir().toString())).toAbsolutePath(),
                fresh,
                port(env, "PLATFORM_GATEWAY_PORT", d.gatewayPort()),
                port(env, "PLATFORM_GRAPHQL_PORT", d.graphqlPort()),
                port(env, "PLATFORM_ELASTICSEARCH_PORT", d.elasticsearchPort()),
                port(env, "PLATFORM_REDIS_PORT", d.redisPort()),
                port(env, "PLATFORM_CREDIT_REFERENCE_PORT", d.creditReferencePort()));
    }

    PlatformSettings withPorts(int gateway, int graphql, int elasticsearch, int redis, int creditReference) {
        return new PlatformSettings(root, dataDir, fresh, gateway, graphql, elasticsearch, redis, creditReference);
    }

    PlatformSettings withDataDir(Path dir, boolean wipe) {
        return new PlatformSettings(root, dir, wipe, gatewayPort, graphqlPort, elasticsearchPort, redisPort,
                creditReferencePort);
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
        }
    }
}
