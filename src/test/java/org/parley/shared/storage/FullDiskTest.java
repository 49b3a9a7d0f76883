package org.parley.shared.storage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.support.FormSession;
import org.parley.support.ManualClock;
import org.parley.support.TestArticles;
import org.parley.support.TestComments;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Parley on a data dir whose disk fills up: while the database cannot write, posts answer 503 with
 * Retry-After and the reader keeps their text, and readiness says DOWN with the reason; once space is back,
 * posts are stored again and readiness is UP, with no restart. The data dir is a small tmpfs mounted for the
 * run, which needs root; elsewhere the test skips with a message.
 */
@QuarkusTest
@TestProfile(FullDiskTest.SmallDisk.class)
@DisabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql",
        disabledReason = "H2 only: it fills the embedded database's own disk; PostgreSQL's disk is the server's")
class FullDiskTest {

    /** A 16 MiB tmpfs holding the H2 database, mounted before the application starts. */
    public static class SmallDisk implements QuarkusTestProfile {

        static final Path MOUNT = Path.of(System.getProperty("java.io.tmpdir"),
                "parley-small-disk-" + ProcessHandle.current().pid());
        static final boolean MOUNTED = mount();

        private static boolean mount() {
            try {
                Files.createDirectories(MOUNT);
                if (!run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", MOUNT.toString())) {
                    return false;
                }
                // Lazily, so it goes even while the database still has its file open.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> run("umount", "-l", MOUNT.toString())));
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        private static boolean run(String... command) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Path data = MOUNT.resolve("data");
            return Map.of("parley.data-dir", data.toString(),
                    "quarkus.datasource.jdbc.url", "jdbc:h2:file:" + data.resolve("parley") + ";WRITE_DELAY=0");
        }
    }

    private static final Path FILLER = SmallDisk.MOUNT.resolve("filler");

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Inject
    @Readiness
    StorageReadiness readiness;

    private final ManualClock clock = ManualClock.now();

    @BeforeEach
    void onASmallDisk() {
        assumeTrue(SmallDisk.MOUNTED, "skipped: mounting a small tmpfs for the data dir needs root");
        readiness.useClock(clock);
    }

    @AfterEach
    void freeTheDisk() throws IOException {
        Files.deleteIfExists(FILLER);
    }

    @Test
    void whileTheDiskIsFullPostsAreRefusedForNowAndReadinessSaysWhy() throws IOException {
        ArticleView article = TestArticles.fresh(articles);
        fillTheDisk();
        clock.advance(Duration.ofMinutes(1));

        TestComments.post(captcha, article, "Reader", "A comment while the disk is full.")
                .then().statusCode(503).header("Retry-After", equalTo("30"))
                .body("error", containsString("send it again"));
        FormSession form = FormSession.open(article.slug());
        form.post(captcha, "Reader", "My careful words, kept for me.").post(article.path() + "/comments")
                .then().log().ifValidationFails().statusCode(503).header("Retry-After", equalTo("30"))
                .body(containsString("My careful words, kept for me."), containsString("send it again"));
        given().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"),
                        "checks.find { it.name == 'Database writes' }.data.reason",
                        anyOf(containsString("the database cannot write"), containsString("cannot be written")));
    }

    @Test
    void onceSpaceIsBackPostsAreStoredAgainAndReadinessIsUpWithoutARestart() throws IOException {
        ArticleView article = TestArticles.fresh(articles);
        fillTheDisk();
        clock.advance(Duration.ofMinutes(1));
        TestComments.post(captcha, article, "Reader", "Refused while full.").then().statusCode(503);
        given().get("/q/health/ready").then().statusCode(503);

        Files.delete(FILLER);
        clock.advance(Duration.ofMinutes(1));

        TestComments.post(captcha, article, "Reader", "Stored once there is room.").then().log().ifValidationFails()
                .statusCode(201);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/api/articles/" + article.slug() + "/comments").then().statusCode(200)
                .body("text", hasItem("Stored once there is room."));
    }

    /** Writes until the file system says it is full. */
    private static void fillTheDisk() throws IOException {
        ByteBuffer megabyte = ByteBuffer.allocate(1 << 20);
        try (FileChannel channel = FileChannel.open(FILLER, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            while (true) {
                megabyte.rewind();
                channel.write(megabyte);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
    }
}
