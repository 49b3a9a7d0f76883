package org.parley.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.parley.shared.storage.DataDir;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * Supplies the key that encrypts the login session cookie ({@code quarkus.http.auth.session.encryption-key}) from
 * a file in the data dir, created on first start. Without it Quarkus makes a new key at every start, and every
 * moderator would be logged out by a restart; nodes sharing a data dir (or a configured key, which wins because
 * this source has a low ordinal) accept each other's sessions. The file is read only when the key is asked for,
 * so building the application never creates a data dir.
 */
public class SessionKeySource implements ConfigSourceFactory {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    private static final String FILE_NAME = "session.key";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue dataDir = context.getValue("parley.data-dir");
        Path dir = Path.of(dataDir == null || dataDir.getValue() == null ? "./data" : dataDir.getValue());
        return List.of(new FileKey(dir.resolve(FILE_NAME)));
    }

    private static final class FileKey implements ConfigSource {

        private final Path file;
        private volatile String key;

        FileKey(Path file) {
            this.file = file;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of(PROPERTY);
        }

        @Override
        public Map<String, String> getProperties() {
            return Map.of(PROPERTY, getValue(PROPERTY));
        }

        @Override
        public String getValue(String name) {
            if (!PROPERTY.equals(name)) {
                return null;
            }
            String k = key;
            if (k == null) {
                synchronized (this) {
                    if (key == null) {
                        key = loadOrCreate(file);
                    }
                    k = key;
                }
            }
            return k;
        }

        @Override
        public String getName() {
            return "parley session key (" + file + ")";
        }

        @Override
        public int getOrdinal() {
            // Below application.properties (250), environment (300) and system properties (400).
            return 150;
        }
    }

    static String loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII,
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (FileAlreadyExistsException raced) {
                    // another node on the same data dir wrote it first: use theirs
                } catch (UnsupportedOperationException notPosix) {
                    // the folder's own permissions protect it
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            String dir = DataDir.unwritable(file.getParent(), 1);
            throw new UncheckedIOException("cannot read or create the session key " + file
                    + (dir == null ? "" : ": " + dir), e);
        }
    }
}
