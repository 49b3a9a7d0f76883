package org.parley.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

import io.quarkus.bootstrap.app.AugmentResult;
import io.quarkus.bootstrap.app.CuratedApplication;
import io.quarkus.bootstrap.app.QuarkusBootstrap;

/**
 * The production build of the application for PostgreSQL, made from the compiled classes as
 * {@code ./mvnw package -Ppostgresql} makes it, so that a test can start real nodes in processes of their own
 * within the test command ({@code ./mvnw test} never reaches the package phase). Made once per test JVM into
 * {@code target/two-nodes}, in about ten seconds.
 */
public final class PackagedApp {

    private static Path jar;

    private PackagedApp() {
    }

    /** The fast-jar launcher ({@code quarkus-run.jar}) of the PostgreSQL build. */
    public static synchronized Path postgresJar() {
        if (jar == null) {
            jar = build();
        }
        return jar;
    }

    private static Path build() {
        Path project = Path.of("").toAbsolutePath();
        Path root = project.resolve("target/two-nodes");
        Path classes = root.resolve("classes");
        try {
            deleteTree(root);
            copyTree(project.resolve("target/classes"), classes);
            // The build-time database kind, as the Maven profile fills it in.
            Path mpConfig = classes.resolve("META-INF/microprofile-config.properties");
            Files.writeString(mpConfig, Files.readString(mpConfig)
                    .replaceAll("(?m)^quarkus\\.datasource\\.db-kind=.*$", "quarkus.datasource.db-kind=postgresql"));
            Properties build = new Properties();
            build.setProperty("quarkus.datasource.db-kind", "postgresql");
            build.setProperty("quarkus.package.output-directory", "quarkus-app");
            CuratedApplication curated = QuarkusBootstrap.builder()
                    .setApplicationRoot(classes)
                    .setProjectRoot(project)
                    .setTargetDirectory(root)
                    .setBaseName("parley-two-nodes")
                    .setMode(QuarkusBootstrap.Mode.PROD)
                    .setLocalProjectDiscovery(true)
                    .setIsolateDeployment(true)
                    .setBuildSystemProperties(build)
                    .build()
                    .bootstrap();
            try (curated) {
                AugmentResult result = curated.createAugmentor().createProductionApplication();
                return result.getJar().getPath();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not build the application for PostgreSQL: " + e, e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
