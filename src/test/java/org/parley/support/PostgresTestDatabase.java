package org.parley.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The PostgreSQL of the test run on PostgreSQL (the Surefire execution {@code postgresql}, which sets
 * {@code quarkus.datasource.db-kind=postgresql}): a throw-away cluster made by {@code .ci/postgres} in a temporary
 * folder on a free loopback port, once for the whole run, stopped when the test JVM ends. Like the H2 run's
 * in-memory database, it lives as long as the run, whichever test profiles restart the application. In the H2
 * run it does nothing.
 */
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private static String url;

    @Override
    public Map<String, String> start() {
        if (!"postgresql".equals(System.getProperty("quarkus.datasource.db-kind"))) {
            return Map.of();
        }
        return Map.of("quarkus.datasource.jdbc.url", clusterUrl(), "quarkus.datasource.username", "parley",
                "quarkus.datasource.password", "parley");
    }

    /** The JDBC address of the run's cluster (database, user and password {@code parley}), started if need be. */
    public static synchronized String clusterUrl() {
        if (url == null) {
            url = startCluster();
        }
        return url;
    }

    @Override
    public void stop() {
        // The cluster outlives each application start; the shutdown hook stops it with the JVM.
    }

    private static String startCluster() {
        Path script = Path.of(".ci/postgres").toAbsolutePath();
        String state = "/tmp/parley-postgres-test-" + ProcessHandle.current().pid() + ".dir";
        String started = run(script.toString(), state, "start", Integer.toString(freePort()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> run(script.toString(), state, "stop")));
        return started.lines().filter(l -> l.startsWith("jdbc:postgresql:")).findFirst()
                .orElseThrow(() -> new IllegalStateException(".ci/postgres start said: " + started));
    }

    private static String run(String script, String state, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = script;
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PARLEY_PG_STATE", state);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("PostgreSQL for the tests: " + String.join(" ", command)
                        + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL for the tests could not be started: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting PostgreSQL for the tests", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
