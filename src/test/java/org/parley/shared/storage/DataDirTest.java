package org.parley.shared.storage;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up check of the data dir names what is wrong with it. A read-only volume is mounted for the test,
 * which needs root; elsewhere that case skips with a message.
 */
class DataDirTest {

    @TempDir
    Path temp;

    @Test
    void aWritableDataDirPasses() {
        assertNull(DataDir.unwritable(temp.resolve("data"), 4096));
    }

    @Test
    void aReadOnlyDataDirIsNamedAsSuch() throws Exception {
        Path mount = Files.createDirectories(temp.resolve("read-only"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", mount.toString()),
                "skipped: mounting a read-only tmpfs needs root");
        try {
            String problem = DataDir.unwritable(mount, 1);
            assertTrue(problem != null && problem.contains("the data dir " + mount) && problem.contains("read-only"),
                    problem);
        } finally {
            run("umount", mount.toString());
        }
    }

    @Test
    void aDataDirUnderAFileCannotBeCreatedAndSaysSo() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        String problem = DataDir.unwritable(file.resolve("data"), 1);
        assertTrue(problem != null && problem.contains("cannot be written"), problem);
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
