package cascade.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Cascade's local Neo4j server: Neo4j 5.26 community, in this JVM, Bolt only, on loopback.
 *
 * <p>Usage: {@code java -jar neo4j-runner.jar [--port N] [--host H] [--data DIR] [--pagecache SIZE]}
 *
 * <ul>
 *   <li>{@code --port} (env {@code NEO4J_BOLT_PORT}, default 7687): Bolt port.
 *   <li>{@code --host} (env {@code NEO4J_BOLT_HOST}, default 127.0.0.1): Bolt listen address. Only
 *       loopback addresses are accepted.
 *   <li>{@code --data} (env {@code NEO4J_DATA_DIR}, default {@code .neo4j/data}): the Neo4j home
 *       folder; databases, transaction logs and debug.log live under it and persist across runs.
 *   <li>{@code --pagecache} (env {@code NEO4J_PAGECACHE}, default 256m): page cache size.
 *   <li>env {@code NEO4J_PASSWORD}: when set (8+ characters), authentication is on and user
 *       {@code neo4j} gets this password at every start; when unset, authentication is off.
 * </ul>
 *
 * <p>HTTP and HTTPS connectors are off. Prints {@code READY bolt://HOST:PORT} once Bolt accepts
 * connections; on SIGTERM/SIGINT shuts the databases down cleanly and prints {@code STOPPED}.
 */
public final class Runner {

    private Runner() {}

    public static void main(String[] args) {
        String host = env("NEO4J_BOLT_HOST", "127.0.0.1");
        String portText = env("NEO4J_BOLT_PORT", "7687");
        String data = env("NEO4J_DATA_DIR", ".neo4j/data");
        String pagecache = env("NEO4J_PAGECACHE", "256m");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--port" -> portText = value(args, ++i, a);
                case "--host" -> host = value(args, ++i, a);
                case "--data" -> data = value(args, ++i, a);
                case "--pagecache" -> pagecache = value(args, ++i, a);
                case "-h", "--help" -> {
                    System.out.println(
                            "usage: neo4j-runner [--port N] [--host 127.0.0.1] [--data DIR] [--pagecache 256m]");
                    return;
                }
                default -> fail("unknown argument: " + a);
            }
        }
        int port = 0;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            fail("port is not a number: " + portText);
        }
        if (port < 1 || port > 65535) {
            fail("port out of range: " + port);
        }
        if (!(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1"))) {
            fail("refusing to listen on " + host + ": only loopback (127.0.0.1, localhost, ::1) is allowed");
        }
        String password = System.getenv("NEO4J_PASSWORD");
        boolean auth = password != null && !password.isEmpty();
        if (auth && password.length() < 8) {
            fail("NEO4J_PASSWORD must have at least 8 characters (Neo4j 5 minimum)");
        }

        Path home = Path.of(data).toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            fail("cannot create data folder " + home + ": " + e.getMessage());
        }

        long started = System.nanoTime();
        System.out.println("starting Neo4j (in-process, community) home=" + home + " bolt=" + host + ":" + port
                + " auth=" + (auth ? "on" : "off"));
        System.out.flush();

        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home)
                    .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pagecache))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Bolt waits 2 x 5 s for idle connections and its thread pool on shutdown by
                    // default; a local dev/test server can stop faster.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                    .build();
        } catch (RuntimeException e) {
            System.err.println("ERROR: Neo4j failed to start: " + rootMessage(e));
            e.printStackTrace();
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        final DatabaseManagementService svc = service;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping Neo4j");
            System.out.flush();
            try {
                svc.shutdown();
            } catch (RuntimeException e) {
                System.err.println("ERROR during shutdown: " + rootMessage(e));
            }
            System.out.println("STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "neo4j-runner-shutdown"));

        if (auth) {
            try {
                // Runs inside the server (no Bolt, no auth check): sets the password of the
                // built-in user and clears the "change required" flag of a fresh install.
                service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            } catch (RuntimeException e) {
                System.err.println("ERROR: cannot set the password of user neo4j: " + rootMessage(e));
                System.exit(1);
            }
        }

        long ms = (System.nanoTime() - started) / 1_000_000;
        String shown = host.contains(":") ? "[" + host + "]" : host;
        System.out.println("READY bolt://" + shown + ":" + port + " (" + ms + " ms)");
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            fail(flag + " needs a value");
        }
        return args[i];
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            sb.append(" <- ").append(t.getMessage());
        }
        return sb.toString();
    }

    private static void fail(String message) {
        System.err.println("ERROR: " + message);
        System.exit(2);
    }
}
