package org.parley.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Formatting helpers for templates. Times are shown in UTC, and say so. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DISPLAY_CHINESE = DateTimeFormatter
            .ofPattern("yyyy'年'M'月'd'日' HH:mm（'UTC'）", Locale.SIMPLIFIED_CHINESE).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_CHINESE = DateTimeFormatter
            .ofPattern("yyyy'年'M'月'd'日'", Locale.SIMPLIFIED_CHINESE).withZone(ZoneOffset.UTC);

    private TemplateExtensions() {
    }

    /** "10 September 2020, 08:15 UTC", or "2020年9月10日 08:15（UTC）" on a page in Chinese. */
    static String display(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return (isChinese(locale) ? DISPLAY_CHINESE : DISPLAY).format(instant);
    }

    /** "10 September 2020", or "2020年9月10日". */
    static String date(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return (isChinese(locale) ? DATE_CHINESE : DATE).format(instant);
    }

    private static boolean isChinese(Object locale) {
        return locale instanceof Locale l && "zh".equals(l.getLanguage());
    }

    /** Machine-readable, for {@code <time datetime>}. */
    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** The date format RSS 2.0 asks for (RFC 822). */
    static String rfc822(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    /**
     * Plain text as the HTML that an RSS {@code <description>} holds: readers decode the element's text once and
     * show the result as HTML, so the text is escaped for HTML here and the template escapes that for XML.
     * {@code <script>} thus reaches the reader's screen as those eight characters, never as markup; line breaks
     * become {@code <br>}.
     */
    static String feedHtml(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\n' -> html.append("<br>");
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    /** A share between 0 and 1 as a percentage with one decimal: {@code 0.1234} is "12.3 %". */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    /** For a value placed in a URL query (mailto subject, share links). */
    static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
