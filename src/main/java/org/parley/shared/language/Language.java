package org.parley.shared.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.shared.ParleyConfig;
import org.parley.shared.settings.Settings;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Which language a page is in, and the messages in it. A reader's own choice (the switch on every page, kept in
 * a cookie) comes first, then the first language of their browser's {@code Accept-Language} that Parley speaks,
 * then the site's default (an admin setting over {@code parley.language}).
 */
@ApplicationScoped
public class Language {

    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    /** The languages every reader and staff string is translated into, in the order the switch shows them. */
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);
    /** The admin setting that overrides {@code parley.language} (stored by that name without the prefix). */
    public static final String DEFAULT_SETTING = "language";
    public static final String COOKIE = "parley-lang";

    private static final String REQUEST_KEY = Language.class.getName();
    // A header longer than this is someone's experiment, not a browser: only its start is read.
    private static final int HEADER_MAX = 256;

    @Inject
    Settings settings;

    @Inject
    ParleyConfig config;

    @Inject
    CurrentVertxRequest currentRequest;

    private final Map<Class<?>, Map<Locale, Object>> bundles = new ConcurrentHashMap<>();

    /** The site's default language: the admin's setting, else the configured one, else English. */
    public Locale siteDefault() {
        return settings.override(DEFAULT_SETTING).map(Language::supported)
                .orElseGet(() -> supported(config.language()));
    }

    /** The language of a page answering this request. */
    public Locale of(HttpServerRequest request) {
        Cookie chosen = request.getCookie(COOKIE);
        if (chosen != null && isSupported(chosen.getValue())) {
            return Locale.forLanguageTag(chosen.getValue());
        }
        Locale accepted = fromAcceptLanguage(request.getHeader("Accept-Language"));
        return accepted != null ? accepted : siteDefault();
    }

    /**
     * The language of the request being answered on this thread, or the site's default where there is none
     * (a scheduled job, a test calling a service directly).
     */
    public Locale current() {
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return siteDefault();
        }
        RoutingContext routing = currentRequest.getCurrent();
        if (routing == null) {
            return siteDefault();
        }
        Locale known = routing.get(REQUEST_KEY);
        if (known == null) {
            known = of(routing.request());
            routing.put(REQUEST_KEY, known);
        }
        return known;
    }

    /** A message bundle in the current request's language. */
    public <T> T messages(Class<T> bundle) {
        return messages(bundle, current());
    }

    /** A message bundle in a given language (one Parley speaks). */
    @SuppressWarnings("unchecked")
    public <T> T messages(Class<T> bundle, Locale locale) {
        return (T) bundles.computeIfAbsent(bundle, b -> new ConcurrentHashMap<>()).computeIfAbsent(locale,
                l -> l.equals(ENGLISH) ? MessageBundles.get(bundle)
                        : MessageBundles.get(bundle, Localized.Literal.of(l.toLanguageTag())));
    }

    public static boolean isSupported(String tag) {
        return tag != null && SUPPORTED.stream().anyMatch(l -> l.toLanguageTag().equals(tag));
    }

    /**
     * The best language Parley speaks of those a browser asks for, by their weights; null if none. Any Chinese
     * ({@code zh}, {@code zh-TW}, {@code zh-Hans}) gets the Simplified Chinese Parley has, which a reader of
     * Chinese reads better than English. Malformed parts are skipped, never an error.
     */
    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String head = header.length() > HEADER_MAX ? header.substring(0, HEADER_MAX) : header;
        Locale best = null;
        double bestWeight = 0;
        for (String part : head.split(",")) {
            int semicolon = part.indexOf(';');
            String tag = (semicolon < 0 ? part : part.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
            double weight = semicolon < 0 ? 1 : weight(part.substring(semicolon + 1));
            Locale locale = tag.equals("zh") || tag.startsWith("zh-") ? CHINESE
                    : tag.equals("en") || tag.startsWith("en-") ? ENGLISH : null;
            if (locale != null && weight > bestWeight) {
                best = locale;
                bestWeight = weight;
            }
        }
        return best;
    }

    private static double weight(String parameters) {
        for (String p : parameters.split(";")) {
            String s = p.strip();
            if (s.startsWith("q=")) {
                try {
                    double q = Double.parseDouble(s.substring(2));
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static Locale supported(String tag) {
        return isSupported(tag) ? Locale.forLanguageTag(tag) : ENGLISH;
    }
}
