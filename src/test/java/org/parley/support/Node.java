package org.parley.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * A Parley node in a process of its own, started from a packaged build the way an operator starts one:
 * {@code java -jar quarkus-run.jar} with the settings in its environment. It listens on loopback on a free
 * port and trusts forwarded addresses from loopback, as behind a balancer, so that a test can speak for
 * several clients.
 */
public final class Node implements AutoCloseable {

    private static final Duration START_WITHIN = Duration.ofSeconds(90);

    public final String name;
    public final String url;
    private final Process process;
    private final Path log;

    private Node(String name, String url, Process process, Path log) {
        this.name = name;
        this.url = url;
        this.process = process;
        this.log = log;
    }

    /** Starts a node of {@code jar} with these settings (environment variables) added to the defaults. */
    public static Node start(String name, Path jar, Path dataDir, Map<String, String> settings) {
        int port = freePort();
        try {
            Files.createDirectories(dataDir);
            Path log = dataDir.resolve("node.log");
            ProcessBuilder builder = new ProcessBuilder(List.of(javaBinary(), "-Xmx160m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-jar", jar.toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
            env.put("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
            env.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1");
            env.put("PARLEY_DATA_DIR", dataDir.toString());
            env.putAll(settings);
            return new Node(name, "http://127.0.0.1:" + port, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start node " + name, e);
        }
    }

    /** Waits until the node answers ready; fails with the end of its log if it stops or takes too long. */
    public Node awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " stopped while starting:\n" + logTail());
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while node " + name + " started", e);
            }
            waitAMoment();
        }
        throw new IllegalStateException("node " + name + " was not ready within " + START_WITHIN + ":\n" + logTail());
    }

    /** A request to this node. */
    public RequestSpecification given() {
        return RestAssured.given().baseUri(url).redirects().follow(false);
    }

    /** A request to this node from the client at {@code address}, as the balancer forwards it. */
    public RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    /** The last lines the node logged, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void waitAMoment() {
        // A node takes seconds to start; asking ten times a second costs it nothing.
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "node " + name + " (" + url + ")";
    }
}
