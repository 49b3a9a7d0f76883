package org.parley.moderation.bans;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.comments.CommentQueueService;
import org.parley.comments.CommentService;
import org.parley.comments.ReviewComment;
import org.parley.comments.SubmissionScreen;
import org.parley.moderation.ModerationConfig;
import org.parley.moderation.ModerationSettings;
import org.parley.shared.Refusal;
import org.parley.shared.storage.ClusterNotices;
import org.parley.shared.text.CleanText;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Bans on user names and clients, and the screen every submission passes. The screen answers from an in-memory
 * snapshot of the active bans: posting must not query the ban table per comment. The snapshot is dropped when
 * a ban changes here and reloaded every {@link #REFRESH} anyway, so bans made on another node apply within it.
 */
@ApplicationScoped
public class BanService implements SubmissionScreen {

    static final Duration REFRESH = Duration.ofSeconds(30);
    static final int REASON_MAX = 500;
    static final int MAX_DAYS = 36_500;
    /** What {@link org.parley.shared.web.ClientAddress} gives: 32 characters of URL-safe Base64. */
    private static final Pattern CLIENT_KEY = Pattern.compile("[A-Za-z0-9_-]{32}");

    /** A moderator's request: {@code value} or {@code commentId} says who; {@code days} null is for good. */
    public record NewBan(String kind, String value, Long commentId, String reason, Integer days) {
    }

    /** Which of some user names and clients are banned now: what the queue's cards mark. */
    public record Banned(Set<String> names, Set<String> clients) {

        static final Banned NONE = new Banned(Set.of(), Set.of());

        public boolean name(String userName) {
            return userName != null && names.contains(normalise(userName));
        }

        public boolean client(String client) {
            return client != null && clients.contains(client);
        }
    }

    /** Fired when bans changed, so the snapshot is dropped once the change is committed. */
    /** The topic of the notices that tell other nodes of bans made or lifted here. */
    static final String NOTICES = "bans";

    record BansChanged() {
    }

    /** Active bans by subject, with when each ends ({@link Instant#MAX} for good). */
    private record Snapshot(Map<String, Instant> names, Map<String, Instant> clients, Instant loadedAt,
            long generation) {
    }

    @Inject
    CommentQueueService comments;

    @Inject
    AuditService audit;

    @Inject
    ModerationSettings config;

    @Inject
    Event<BansChanged> changed;

    @Inject
    ClusterNotices cluster;

    Clock clock = Clock.systemUTC();

    private final AtomicLong generation = new AtomicLong();
    private final ReentrantLock reloading = new ReentrantLock();
    private volatile Snapshot snapshot;

    @Override
    public Screening screen(String userName, String clientKey) {
        Snapshot s = current();
        if (s.names().isEmpty() && s.clients().isEmpty()) {
            return Screening.ALLOW;
        }
        Instant now = clock.instant();
        boolean banned = (userName != null && !s.names().isEmpty() && endsAfter(s.names().get(normalise(userName)), now))
                || (clientKey != null && endsAfter(s.clients().get(clientKey), now));
        if (!banned) {
            return Screening.ALLOW;
        }
        return config.banAction() == ModerationConfig.BanAction.REFUSE ? Screening.REFUSE : Screening.HOLD;
    }

    /** Every ban, the active ones first, each group newest first. */
    @Transactional
    public List<BanView> list() {
        Instant now = clock.instant();
        return Ban.listNewestFirst().stream().map(b -> BanView.of(b, now))
                .sorted(Comparator.comparing((BanView v) -> !v.active())).toList();
    }

    /**
     * Which of these names and clients are banned now, in one query, from the table rather than the snapshot: a
     * moderator who just banned someone on another node expects to see it on the next page.
     */
    @Transactional
    public Banned bannedAmong(Collection<String> userNames, Collection<String> clients) {
        Set<String> subjects = new HashSet<>();
        userNames.stream().filter(n -> n != null).map(BanService::normalise).forEach(subjects::add);
        clients.stream().filter(c -> c != null).forEach(subjects::add);
        if (subjects.isEmpty()) {
            return Banned.NONE;
        }
        Set<String> names = new HashSet<>();
        Set<String> banned = new HashSet<>();
        for (Ban b : Ban.listActiveAmong(clock.instant(), subjects)) {
            (b.kind == Ban.Kind.USER_NAME ? names : banned).add(b.subject);
        }
        return new Banned(names, banned);
    }

    @Transactional
    public BanView ban(String actor, NewBan request) {
        if (request == null) {
            throw Refusal.invalid("Send {\"kind\": \"USER_NAME\" or \"CLIENT\", \"value\" or \"commentId\", "
                    + "\"reason\", \"days\"}.");
        }
        Ban.Kind kind = parseKind(request.kind());
        String reason = CleanText.singleLine(request.reason(), "reason", REASON_MAX).value();
        if (reason == null) {
            throw Refusal.invalid(CleanText.singleLine(request.reason(), "reason", REASON_MAX).error(),
                    "reason");
        }
        if (request.days() != null && (request.days() < 1 || request.days() > MAX_DAYS)) {
            throw Refusal.invalid("days must be between 1 and " + MAX_DAYS + ", or left out for a ban for "
                    + "good.", "days");
        }
        String shownAs = who(kind, request);
        Instant now = clock.instant();
        Ban ban = new Ban();
        ban.kind = kind;
        ban.shownAs = shownAs;
        ban.subject = kind == Ban.Kind.USER_NAME ? normalise(shownAs) : shownAs;
        ban.reason = reason;
        ban.createdBy = actor;
        ban.createdAt = now;
        ban.expiresAt = request.days() == null ? null : now.plus(Duration.ofDays(request.days()));
        ban.persist();
        audit.recordAlone(new AuditService.Entry(actor, AuditAction.BAN, request.commentId(), null, null, "ACTIVE",
                null, "ban " + ban.id + " on " + describe(ban) + (ban.expiresAt == null ? " for good"
                        : " for " + request.days() + " day(s)") + ": " + reason));
        changed.fire(new BansChanged());
        cluster.publish(NOTICES, "");
        return BanView.of(ban, now);
    }

    /** Ends a ban before its time. */
    @Transactional
    public BanView lift(String actor, long id) {
        Ban ban = Ban.<Ban>findByIdOptional(id).orElseThrow(() -> Refusal.notFound("There is no ban " + id
                + "."));
        Instant now = clock.instant();
        if (!ban.activeAt(now)) {
            throw Refusal.conflict("Ban " + id + " has already " + (ban.liftedAt != null ? "been lifted."
                    : "expired."), "id");
        }
        ban.liftedAt = now;
        ban.liftedBy = actor;
        audit.recordAlone(new AuditService.Entry(actor, AuditAction.LIFT_BAN, null, null, "ACTIVE", "LIFTED", null,
                "lifted ban " + ban.id + " on " + describe(ban)));
        changed.fire(new BansChanged());
        cluster.publish(NOTICES, "");
        return BanView.of(ban, now);
    }

    /** Names are compared as NFKC, lower case, spaces folded, so "ＴＲＯＬＬ" and " troll " are one name. */
    static String normalise(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    void forgetSnapshot(@Observes(during = TransactionPhase.AFTER_SUCCESS) BansChanged event) {
        generation.incrementAndGet();
    }

    /** A ban made or lifted on another node holds here at once. */
    void heard(@Observes ClusterNotices.Notice notice) {
        if (NOTICES.equals(notice.topic())) {
            generation.incrementAndGet();
        }
    }

    void missedSome(@Observes ClusterNotices.Resync resync) {
        generation.incrementAndGet();
    }

    private String who(Ban.Kind kind, NewBan request) {
        boolean hasValue = request.value() != null && !request.value().isBlank();
        if (hasValue == (request.commentId() != null)) {
            throw Refusal.invalid("Give either value or commentId.", "value");
        }
        if (request.commentId() != null) {
            ReviewComment c = comments.find(request.commentId());
            if (kind == Ban.Kind.USER_NAME) {
                return c.userName();
            }
            if (c.client() == null) {
                throw Refusal.invalid("Comment " + c.id() + " has no client on record.", "commentId");
            }
            return c.client();
        }
        if (kind == Ban.Kind.CLIENT) {
            String key = request.value().strip();
            if (!CLIENT_KEY.matcher(key).matches()) {
                throw Refusal.invalid("A client is banned by the key shown as client on its comments.",
                        "value");
            }
            return key;
        }
        CleanText.Result name = CleanText.singleLine(request.value(), "user name", CommentService.NAME_MAX);
        if (!name.isValid()) {
            throw Refusal.invalid(name.error(), "value");
        }
        return name.value();
    }

    private static Ban.Kind parseKind(String value) {
        for (Ban.Kind kind : Ban.Kind.values()) {
            if (value != null && kind.name().equalsIgnoreCase(value.strip())) {
                return kind;
            }
        }
        throw Refusal.invalid("kind must be USER_NAME or CLIENT.", "kind");
    }

    private static String describe(Ban ban) {
        return ban.kind == Ban.Kind.USER_NAME ? "user name \"" + ban.shownAs + "\"" : "client " + ban.shownAs;
    }

    private static boolean endsAfter(Instant end, Instant now) {
        return end != null && end.isAfter(now);
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long wanted = generation.get();
        if (s != null && s.generation() == wanted && s.loadedAt().plus(REFRESH).isAfter(clock.instant())) {
            return s;
        }
        // One thread reloads; the others keep posting against the old snapshot meanwhile, unless there is none.
        if (s != null && !reloading.tryLock()) {
            return s;
        }
        if (s == null) {
            reloading.lock();
        }
        try {
            Snapshot latest = snapshot;
            if (latest != null && latest.generation() == generation.get()
                    && latest.loadedAt().plus(REFRESH).isAfter(clock.instant())) {
                return latest;
            }
            snapshot = load();
            return snapshot;
        } finally {
            reloading.unlock();
        }
    }

    private Snapshot load() {
        // Read the generation first: a change committed while loading makes the next post load again.
        long loadedGeneration = generation.get();
        Instant now = clock.instant();
        List<Ban> active = QuarkusTransaction.requiringNew().call(() -> Ban.listActive(now));
        Map<String, Instant> names = new HashMap<>();
        Map<String, Instant> clients = new HashMap<>();
        for (Ban b : active) {
            Instant end = b.expiresAt == null ? Instant.MAX : b.expiresAt;
            (b.kind == Ban.Kind.USER_NAME ? names : clients).merge(b.subject, end, (x, y) -> x.isAfter(y) ? x : y);
        }
        return new Snapshot(Map.copyOf(names), Map.copyOf(clients), now, loadedGeneration);
    }
}
