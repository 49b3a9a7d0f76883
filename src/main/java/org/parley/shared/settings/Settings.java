package org.parley.shared.settings;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Admin overrides of configured settings, as plain text by name ({@code captcha.enabled} overrides
 * {@code parley.captcha.enabled}). Each feature owns its settings: it reads its own value here with its configured
 * value as the fallback, so {@code comments}, {@code articles} and {@code captcha} need nothing from
 * {@code moderation} or {@code admin}, and this package knows no feature. Only the admin's settings service
 * knows the whole list; it writes here and audits in the same transaction.
 * <p>
 * Reads come from an in-memory snapshot, because captcha and modes are read on every page view and comment
 * (page views even on the I/O thread, where no query may run). A change made on this node is in the snapshot as
 * soon as it commits; changes made on other nodes arrive with the next refresh, a few seconds later.
 */
@ApplicationScoped
public class Settings {

    /** How often the snapshot is reloaded from the database, for changes made on other nodes. */
    public static final String REFRESH = "2s";

    /** Fired after a change committed on this node, so that caches built from the old value can let go. */
    public record Changed(String name) {
    }

    /** An override as stored, for the admin page. */
    public record Override(String name, String value, String changedBy, Instant changedAt) {
    }

    /** A change waiting for its transaction to commit. */
    record Pending(String name, String value) {
    }

    @Inject
    Event<Changed> changed;

    @Inject
    Event<Pending> pending;

    Clock clock = Clock.systemUTC();

    private volatile Map<String, String> snapshot;
    // Bumped by every local change, so a refresh that read the table before the change committed cannot put
    // the old value back.
    private long generation;

    // Before every other start-up observer, so that one reading a setting (the captcha's warning) sees overrides.
    void load(@Observes @Priority(1) StartupEvent event) {
        refresh();
    }

    @Scheduled(every = REFRESH, delayed = REFRESH, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        long before;
        synchronized (this) {
            before = generation;
        }
        Map<String, String> loaded = QuarkusTransaction.joiningExisting().call(Settings::readAll);
        Map<String, String> replaced = null;
        synchronized (this) {
            if (generation == before) {
                replaced = snapshot;
                snapshot = loaded;
            }
        }
        // Changes another node made: caches built from the old values let go here too.
        if (replaced != null) {
            Set<String> names = new HashSet<>(replaced.keySet());
            names.addAll(loaded.keySet());
            for (String name : names) {
                if (!Objects.equals(replaced.get(name), loaded.get(name))) {
                    changed.fire(new Changed(name));
                }
            }
        }
    }

    /** The override in force on this node, if any; never a query. */
    public Optional<String> override(String name) {
        return Optional.ofNullable(current().get(name));
    }

    public int intValue(String name, int configured) {
        String v = current().get(name);
        if (v == null) {
            return configured;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return configured;
        }
    }

    public boolean boolValue(String name, boolean configured) {
        String v = current().get(name);
        return v == null ? configured : Boolean.parseBoolean(v);
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type, E configured) {
        String v = current().get(name);
        if (v == null) {
            return configured;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return configured;
        }
    }

    /** The overrides as stored now (not the snapshot): who changed them and when. */
    @Transactional
    public Map<String, Override> stored() {
        Map<String, Override> all = new HashMap<>();
        for (StoredSetting s : StoredSetting.all()) {
            all.put(s.name, new Override(s.name, s.value, s.changedBy, s.changedAt));
        }
        return all;
    }

    /** Overrides a setting in the caller's transaction; in force on this node once that commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void put(String name, String value, String actor) {
        StoredSetting s = StoredSetting.findById(name);
        if (s == null) {
            s = new StoredSetting();
            s.name = name;
            s.value = value;
            s.changedBy = actor;
            s.changedAt = clock.instant();
            s.persist();
        } else {
            s.value = value;
            s.changedBy = actor;
            s.changedAt = clock.instant();
        }
        pending.fire(new Pending(name, value));
    }

    /** Drops an override in the caller's transaction: the configured value is in force again once that commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(String name) {
        StoredSetting.deleteById(name);
        pending.fire(new Pending(name, null));
    }

    void apply(@Observes(during = TransactionPhase.AFTER_SUCCESS) Pending change) {
        synchronized (this) {
            generation++;
            Map<String, String> next = new HashMap<>(current());
            if (change.value() == null) {
                next.remove(change.name());
            } else {
                next.put(change.name(), change.value());
            }
            snapshot = Collections.unmodifiableMap(next);
        }
        changed.fire(new Changed(change.name()));
    }

    private Map<String, String> current() {
        Map<String, String> s = snapshot;
        if (s == null) {
            refresh();
            s = snapshot;
        }
        return s;
    }

    private static Map<String, String> readAll() {
        List<StoredSetting> rows = StoredSetting.all();
        Map<String, String> values = new HashMap<>();
        rows.forEach(r -> values.put(r.name, r.value));
        return Collections.unmodifiableMap(values);
    }
}
