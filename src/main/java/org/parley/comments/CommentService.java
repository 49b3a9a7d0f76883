package org.parley.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.Readiness;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.articles.CommentMode;
import org.parley.captcha.CaptchaCheck;
import org.parley.captcha.CaptchaService;
import org.parley.filter.Decision;
import org.parley.filter.Submission;
import org.parley.filter.Verdict;
import org.parley.filter.ruleset.FilterService;
import org.parley.shared.RateLimitConfig;
import org.parley.shared.RateLimiter;
import org.parley.shared.language.Language;
import org.parley.shared.storage.StorageFailure;
import org.parley.shared.storage.StorageReadiness;
import org.parley.shared.text.CleanText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;

/**
 * Takes readers' comments: checks limits, input and captcha, has the filter judge the text, and stores the
 * comment with its status and verdict before anyone is told it was accepted. Also serves the published
 * comments, cached per article until they change.
 */
@ApplicationScoped
public class CommentService {

    public static final int NAME_MAX = 40;
    public static final int TEXT_MAX = 3000;
    public static final int PAGE_SIZE = 50;

    static final String CACHE_PUBLISHED = "published-comments";
    static final String CACHE_COUNTS = "comment-counts";

    @Inject
    Language language;

    @Inject
    FilterService filter;

    @Inject
    CaptchaService captcha;

    @Inject
    RateLimiter limiter;

    @Inject
    RateLimitConfig limits;

    @Inject
    ObjectMapper json;

    @Inject
    CommentWriter writer;

    @Inject
    @Readiness
    StorageReadiness readiness;

    @Inject
    ArticleService articles;

    @Inject
    Instance<SubmissionScreen> screens;

    @CacheName(CACHE_PUBLISHED)
    Cache publishedCache;

    @CacheName(CACHE_COUNTS)
    Cache countsCache;

    Clock clock = Clock.systemUTC();

    /**
     * Judges and stores a reader's comment on an article. While the database cannot write (the captcha's
     * one attempt and the comment are both stored) the outcome is {@link SubmissionOutcome.Unavailable}.
     */
    public SubmissionOutcome submit(ArticleView article, NewComment input, String clientKey) {
        try {
            return judgeAndStore(article, input, clientKey);
        } catch (RuntimeException e) {
            if (e instanceof CommentWriter.NotStored || StorageFailure.is(e)) {
                // (The writer has told readiness already; a failure before it, such as the captcha's, has not.)
                if (!(e instanceof CommentWriter.NotStored)) {
                    readiness.writeFailed(e);
                }
                return new SubmissionOutcome.Unavailable(Duration.ofSeconds(StorageFailure.RETRY_AFTER_SECONDS));
            }
            throw e;
        }
    }

    private SubmissionOutcome judgeAndStore(ArticleView article, NewComment input, String clientKey) {
        CommentMode mode = articles.commentModeOf(article);
        if (mode == CommentMode.CLOSED) {
            return new SubmissionOutcome.Refused(SubmissionOutcome.Refused.Why.CLOSED);
        }
        Optional<Duration> wait = limiter.acquire("comment-minute", clientKey, limits.commentsPerMinute(),
                Duration.ofMinutes(1))
                .or(() -> limiter.acquire("comment-hour", clientKey, limits.commentsPerHour(), Duration.ofHours(1)));
        if (wait.isPresent()) {
            return new SubmissionOutcome.Limited(wait.get());
        }

        Map<String, String> errors = new LinkedHashMap<>();
        CleanText.Result name = CleanText.singleLine(input.userName(), "user name", NAME_MAX);
        CleanText.Result text = CleanText.multiLine(input.text(), "comment", TEXT_MAX);
        CommentMessages say = language.messages(CommentMessages.class);
        if (!name.isValid()) {
            errors.put("userName", switch (name.problem()) {
                case MISSING -> say.nameMissing();
                case NUL -> say.nameNul();
                case INVISIBLE -> say.nameInvisible(CleanText.codePoint(name.found()));
                case TOO_LONG -> say.nameTooLong(name.found(), name.limit());
            });
        }
        if (!text.isValid()) {
            errors.put("text", switch (text.problem()) {
                case MISSING, INVISIBLE -> say.textMissing();
                case NUL -> say.textNul();
                case TOO_LONG -> say.textTooLong(text.found(), text.limit());
            });
        }
        // The captcha is checked even when other fields are wrong: every attempt uses up its token.
        CaptchaCheck check = captcha.check(input.captchaToken(), input.captchaAnswer(), input.wantsReview());
        if (!check.accepted()) {
            errors.put("captchaAnswer", say.captcha(check));
        }
        if (!errors.isEmpty()) {
            return new SubmissionOutcome.Invalid(errors);
        }

        SubmissionScreen.Screening screening = screen(name.value(), clientKey);
        if (screening == SubmissionScreen.Screening.REFUSE) {
            return new SubmissionOutcome.Refused(SubmissionOutcome.Refused.Why.NOT_ACCEPTED);
        }
        Verdict verdict = judge(article, name.value(), text.value());
        CommentStatus status = statusFor(verdict.decision());
        // Holding never softens the filter: a rejected comment stays rejected.
        HoldReason held = check == CaptchaCheck.REVIEW_INSTEAD ? HoldReason.READER_ASKED
                : mode == CommentMode.PREMODERATED ? HoldReason.PREMODERATED
                : screening == SubmissionScreen.Screening.HOLD ? HoldReason.SCREENED : null;
        if (held != null && status == CommentStatus.PUBLISHED) {
            status = CommentStatus.PENDING;
        } else {
            held = null;
        }
        Comment comment = store(article.id(), name.value(), text.value(), status, held, verdict, clientKey,
                clock.instant());
        return new SubmissionOutcome.Accepted(comment.id, status, verdict);
    }

    /** Stores a comment of the demo content, judged by the filter like any other. */
    public CommentStatus importComment(ArticleView article, String userName, String text, Instant createdAt) {
        String name = CleanText.singleLine(userName, "user name", NAME_MAX).value();
        String body = CleanText.multiLine(text, "comment", TEXT_MAX).value();
        if (name == null || body == null) {
            throw new IllegalArgumentException("demo comment by " + userName + " is not valid input");
        }
        Verdict verdict = judge(article, name, body);
        CommentStatus status = statusFor(verdict.decision());
        store(article.id(), name, body, status, null, verdict, null, createdAt);
        return status;
    }

    /** Every published comment of an article, oldest first. */
    @CacheResult(cacheName = CACHE_PUBLISHED)
    public List<CommentView> published(long articleId) {
        return Comment.listPublishedOldestFirst(articleId);
    }

    /**
     * One article page ({@link #PAGE_SIZE} comments; the first page is 1) of an article's published comments,
     * oldest first. An article page is rebuilt after every published comment: reading only its own comments
     * keeps that cost the same however long the discussion grows.
     */
    public List<CommentView> publishedPage(long articleId, int page) {
        return Comment.listPublishedOldestFirst(articleId, page - 1, PAGE_SIZE);
    }

    public long publishedCount(long articleId) {
        return Comment.countPublished(articleId);
    }

    /** Published comments per article id; articles without any are absent. */
    @CacheResult(cacheName = CACHE_COUNTS)
    public Map<Long, Long> publishedCounts() {
        return Map.copyOf(Comment.countPublishedByArticle());
    }

    /** The latest published comments across all articles, newest first. */
    public List<CommentView> latestPublished(int pageIndex, int pageSize) {
        return Comment.listPublishedNewestFirst(pageIndex, pageSize);
    }

    /** The article page (of {@link #PAGE_SIZE} comments) that shows a published comment. */
    public int pageOf(long commentId) {
        return Comment.<Comment>findByIdOptional(commentId)
                .map(c -> (int) ((Comment.countPublishedUpTo(c) - 1) / PAGE_SIZE) + 1)
                .orElse(1);
    }

    public long countPublished() {
        return Comment.countPublished();
    }

    void forgetCached(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentsChanged event) {
        if (event.all()) {
            publishedCache.invalidateAll().await().indefinitely();
        } else {
            publishedCache.invalidate(event.articleId()).await().indefinitely();
        }
        countsCache.invalidateAll().await().indefinitely();
    }

    private SubmissionScreen.Screening screen(String userName, String clientKey) {
        return screens.isResolvable() ? screens.get().screen(userName, clientKey) : SubmissionScreen.Screening.ALLOW;
    }

    private Verdict judge(ArticleView article, String name, String text) {
        return filter.evaluate(new Submission(text, name, article.filterContext()));
    }

    private Comment store(long articleId, String name, String text, CommentStatus status, HoldReason held,
            Verdict verdict, String clientKey, Instant createdAt) {
        Comment c = new Comment();
        c.heldBecause = held;
        c.articleId = articleId;
        c.userName = name;
        c.text = text;
        c.status = status;
        c.decision = verdict.decision();
        c.score = verdict.score();
        c.verdict = toJson(verdict);
        c.category = verdict.category();
        c.textKey = TextKey.of(text);
        c.clientHash = clientKey;
        c.createdAt = createdAt;
        c.updatedAt = createdAt;
        // Returns once committed, so a reader is never told "accepted" for a comment a crash could still lose.
        return writer.write(c);
    }

    private static CommentStatus statusFor(Decision decision) {
        return switch (decision) {
            case PUBLISH -> CommentStatus.PUBLISHED;
            case HOLD -> CommentStatus.PENDING;
            case REJECT -> CommentStatus.REJECTED;
        };
    }

    private String toJson(Verdict verdict) {
        try {
            return json.writeValueAsString(verdict);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a verdict is plain data and always serialises", e);
        }
    }
}
