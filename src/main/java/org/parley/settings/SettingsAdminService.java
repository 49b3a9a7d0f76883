package org.parley.settings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.parley.articles.ArticleService;
import org.parley.articles.ArticlesConfig;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.captcha.CaptchaConfig;
import org.parley.captcha.CaptchaService;
import org.parley.filter.Category;
import org.parley.filter.Decision;
import org.parley.filter.Policy;
import org.parley.filter.Thresholds;
import org.parley.moderation.ModerationConfig;
import org.parley.moderation.ModerationSettings;
import org.parley.rules.RuleAdminService;
import org.parley.shared.ParleyConfig;
import org.parley.shared.Refusal;
import org.parley.shared.language.Language;
import org.parley.shared.settings.Settings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one place that knows every admin-changeable setting: its name, what values it takes, and its configured
 * default. Features own and read their settings themselves (through {@link Settings}); this service checks and
 * stores an admin's change and audits it in the same transaction. Filter thresholds and the site's policies are not
 * stored here: they are part of the rule set, so changing them makes a new rule-set version through
 * {@link RuleAdminService}.
 */
@ApplicationScoped
public class SettingsAdminService {

    static final int MAX_THRESHOLD = 1000;
    static final List<String> CATEGORY_KEYS = java.util.Arrays.stream(Category.values()).map(Category::key).toList();

    /** What kind of value a setting takes. */
    public enum Kind {
        NUMBER, YES_NO, CHOICE
    }

    /** A setting as the page and the API show it; values as text in their canonical form. */
    public record SettingView(String name, String property, String label, String help, Kind kind, int min, int max,
            List<String> choices, String value, String configured, boolean overridden, String changedBy,
            Instant changedAt) {

        public boolean number() {
            return kind == Kind.NUMBER;
        }

        public boolean yesNo() {
            return kind == Kind.YES_NO;
        }

        public String resetPath() {
            return "/admin/settings/" + name + "/reset";
        }

        /** The value typed for JSON: a number, true or false, or the choice's name. */
        public Object typed(String text) {
            return switch (kind) {
                case NUMBER -> Integer.valueOf(text);
                case YES_NO -> Boolean.valueOf(text);
                case CHOICE -> text;
            };
        }
    }

    /** The thresholds of one category. */
    public record ThresholdView(String category, String label, int hold, int reject) {
    }

    /** A site policy with its setting; {@code field} names it in forms and errors. */
    public record PolicyView(String key, String label, String help, String value) {

        public String field() {
            return POLICY_FIELD + key;
        }
    }

    /** What a policy setting may be, with what the page calls each. */
    public record Choice(String value, String label) {
    }

    /** The prefix of a policy's form field and error field: {@code policies.profanity}. */
    static final String POLICY_FIELD = "policies.";

    /** What a policy may be set to. */
    static final List<String> POLICY_VALUES = List.of(Decision.PUBLISH.name(), Decision.HOLD.name(),
            Decision.REJECT.name());

    /** A setting; its name and help for people are {@link SettingsMessages#settingLabel} and its help. */
    private record Definition(String name, String key, Kind kind, int min, int max, List<String> choices,
            Supplier<String> configured) {
    }

    @Inject
    Settings settings;

    @Inject
    AuditService audit;

    @Inject
    RuleAdminService rules;

    @Inject
    ModerationConfig moderation;

    @Inject
    CaptchaConfig captcha;

    @Inject
    ArticlesConfig articles;

    @Inject
    ParleyConfig parley;

    /** In English: the names in audit entries, API answers and refusals. */
    @Inject
    SettingsMessages words;

    private List<Definition> definitions() {
        return List.of(
                new Definition("defaultCommentMode", ArticleService.DEFAULT_MODE_SETTING, Kind.CHOICE, 0, 0,
                        List.of("OPEN", "PREMODERATED"), () -> articles.defaultCommentMode().name()),
                new Definition("autoCloseDays", ModerationSettings.AUTO_CLOSE_DAYS, Kind.NUMBER, 0, 3650, List.of(),
                        () -> String.valueOf(moderation.autoCloseDays())),
                new Definition("reportThreshold", ModerationSettings.REPORT_THRESHOLD, Kind.NUMBER, 1, 1000, List.of(),
                        () -> String.valueOf(moderation.reportThreshold())),
                new Definition("hideReported", ModerationSettings.HIDE_REPORTED, Kind.YES_NO, 0, 0, List.of(),
                        () -> String.valueOf(moderation.hideReported())),
                new Definition("banAction", ModerationSettings.BAN_ACTION, Kind.CHOICE, 0, 0, List.of("HOLD", "REFUSE"),
                        () -> moderation.banAction().name()),
                new Definition("captchaEnabled", CaptchaService.ENABLED_SETTING, Kind.YES_NO, 0, 0, List.of(),
                        () -> String.valueOf(captcha.enabled())),
                new Definition("reportsPerHour", ModerationSettings.REPORTS_PER_HOUR, Kind.NUMBER, 1, 10_000, List.of(),
                        () -> String.valueOf(moderation.reportsPerHour())),
                new Definition("defaultLanguage", Language.DEFAULT_SETTING, Kind.CHOICE, 0, 0,
                        Language.SUPPORTED.stream().map(Locale::toLanguageTag).sorted().toList(),
                        () -> parley.language()));
    }

    /** Every setting with its value as stored now (this node's snapshot may be a few seconds behind others'). */
    public List<SettingView> list() {
        Map<String, Settings.Override> stored = settings.stored();
        return definitions().stream().map(d -> view(d, stored.get(d.key()))).toList();
    }

    public SettingView find(String name) {
        return list().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> Refusal.notFound("There is no setting " + name + "."));
    }

    /**
     * Changes settings: by name, the new value as text, or null to go back to the configured default. All are
     * checked before any is stored. A value equal to the one in force changes nothing (so sending the whole form
     * back does not pin the configured values), and each real change is audited with its value before and after.
     *
     * @return how many settings changed
     */
    @Transactional
    public int change(String actor, Map<String, String> changes) {
        Map<String, Definition> byName = new LinkedHashMap<>();
        definitions().forEach(d -> byName.put(d.name(), d));
        Map<Definition, String> checked = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : changes.entrySet()) {
            Definition d = byName.get(e.getKey());
            if (d == null) {
                throw Refusal.invalid("There is no setting " + e.getKey() + "; settings are "
                        + String.join(", ", byName.keySet()) + ".", e.getKey());
            }
            checked.put(d, e.getValue() == null ? null : canonical(d, e.getValue()));
        }
        Map<String, Settings.Override> stored = settings.stored();
        String batch = audit.newBatch();
        int changed = 0;
        for (Map.Entry<Definition, String> e : checked.entrySet()) {
            Definition d = e.getKey();
            SettingView before = view(d, stored.get(d.key()));
            String next = e.getValue();
            if (next == null) {
                if (!before.overridden()) {
                    continue;
                }
                settings.remove(d.key());
                next = before.configured();
            } else if (next.equals(before.value())) {
                continue;
            } else {
                settings.put(d.key(), next, actor);
            }
            changed++;
            audit.record(batch, new AuditService.Entry(actor, AuditAction.SETTINGS, null, null, before.value(), next,
                    null, label(d).toLowerCase(Locale.ROOT) + " (" + before.property() + "): " + before.value()
                            + (before.overridden() ? "" : " (configuration)") + " -> " + next
                            + (e.getValue() == null ? " (reset to the configured default)" : "")));
        }
        return changed;
    }

    /** Settings, thresholds and policies in one transaction: all of them change, or none. */
    @Transactional
    public void changeAll(String actor, Map<String, String> values, Map<String, String> thresholdFields,
            Map<String, String> policyFields, String note) {
        change(actor, values);
        if (!thresholdFields.isEmpty()) {
            changeThresholds(actor, thresholdFields, note);
        }
        if (!policyFields.isEmpty()) {
            changePolicies(actor, policyFields, note);
        }
    }

    /** Goes back to the configured default of one setting. */
    @Transactional
    public boolean reset(String actor, String name) {
        find(name);
        Map<String, String> one = new LinkedHashMap<>();
        one.put(name, null);
        return change(actor, one) > 0;
    }

    public List<ThresholdView> thresholds() {
        Thresholds t = rules.thresholds();
        List<ThresholdView> views = new ArrayList<>();
        for (Category c : Category.values()) {
            views.add(new ThresholdView(c.key(), c.plainWords(), t.hold(c), t.reject(c)));
        }
        return views;
    }

    /**
     * New hold and reject thresholds, by field ({@code racist.hold}, {@code racist.reject}, ...), as text; a
     * field left out keeps its value. Reject must be above hold, so each category has a band that is held. Makes
     * a new rule-set version with the note, unless nothing changed.
     *
     * @return the new rule-set version, or -1 when nothing changed
     */
    @Transactional
    public long changeThresholds(String actor, Map<String, String> fields, String note) {
        Thresholds now = rules.thresholds();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        boolean different = false;
        for (Category c : Category.values()) {
            int hold = number(fields.get(c.key() + ".hold"), c.key() + ".hold", now.hold(c));
            int reject = number(fields.get(c.key() + ".reject"), c.key() + ".reject", now.reject(c));
            if (reject <= hold) {
                throw Refusal.invalid("The reject threshold for " + c.plainWords() + " comments must be "
                        + "above its hold threshold (" + hold + ").", c.key() + ".reject");
            }
            different |= hold != now.hold(c) || reject != now.reject(c);
            body.putObject(c.key()).put("hold", hold).put("reject", reject);
        }
        if (!different) {
            return -1;
        }
        String why = note == null || note.isBlank() ? "thresholds changed on the settings page" : note.strip();
        return rules.setThresholds(actor, body, why);
    }

    public List<PolicyView> policies() {
        Thresholds t = rules.thresholds();
        return java.util.Arrays.stream(Policy.values())
                .map(p -> new PolicyView(p.key(), words.policyLabel(p.key()), words.policyHelp(p.key()),
                        t.policy(p).name())).toList();
    }

    public List<Choice> policyChoices() {
        return POLICY_VALUES.stream().map(v -> new Choice(v, words.policyChoice(v))).toList();
    }

    /**
     * New policy settings, by field ({@code policies.profanity}), as text: PUBLISH, HOLD or REJECT in any case; a
     * policy left out keeps its setting. Makes a new rule-set version with the note, unless nothing changed.
     *
     * @return the new rule-set version, or -1 when nothing changed
     */
    @Transactional
    public long changePolicies(String actor, Map<String, String> fields, String note) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (!e.getKey().startsWith(POLICY_FIELD)) {
                continue;
            }
            Policy p;
            try {
                p = Policy.parse(e.getKey().substring(POLICY_FIELD.length()));
            } catch (IllegalArgumentException unknown) {
                throw Refusal.invalid("There is no policy " + e.getKey().substring(POLICY_FIELD.length())
                        + "; the policies are " + String.join(", ", java.util.Arrays.stream(Policy.values())
                                .map(Policy::key).toList()) + ".", e.getKey());
            }
            body.put(p.key(), policySetting(p, e.getValue()).name());
        }
        String why = note == null || note.isBlank() ? "site policies changed on the settings page" : note.strip();
        return rules.setPolicies(actor, body, why);
    }

    /** The decision an admin chose for a policy, as text in any case. */
    private Decision policySetting(Policy p, String text) {
        String v = text == null ? "" : text.strip();
        for (Decision d : Decision.values()) {
            if (d.name().equalsIgnoreCase(v)) {
                return d;
            }
        }
        throw Refusal.invalid(words.policyLabel(p.key()) + " is set to publish, hold or reject.",
                POLICY_FIELD + p.key());
    }

    private static int number(String text, String field, int unchanged) {
        if (text == null) {
            return unchanged;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= MAX_THRESHOLD) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw Refusal.invalid("A threshold is a whole number from 1 to " + MAX_THRESHOLD + ".", field);
    }

    private String label(Definition d) {
        return words.settingLabel(d.name());
    }

    private String canonical(Definition d, String raw) {
        String v = raw.strip();
        switch (d.kind()) {
            case NUMBER -> {
                try {
                    int n = Integer.parseInt(v);
                    if (n >= d.min() && n <= d.max()) {
                        return String.valueOf(n);
                    }
                } catch (NumberFormatException e) {
                    // said below
                }
                throw Refusal.invalid(label(d) + " must be a whole number from " + d.min() + " to "
                        + d.max() + ".", d.name());
            }
            case YES_NO -> {
                if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                    return v.toLowerCase(Locale.ROOT);
                }
                throw Refusal.invalid(label(d) + " is true or false.", d.name());
            }
            default -> {
                for (String choice : d.choices()) {
                    if (choice.equalsIgnoreCase(v)) {
                        return choice;
                    }
                }
                throw Refusal.invalid(label(d) + " must be one of " + String.join(", ", d.choices()) + ".",
                        d.name());
            }
        }
    }

    private SettingView view(Definition d, Settings.Override stored) {
        String configured = d.configured().get();
        String value = configured;
        if (stored != null) {
            try {
                value = canonical(d, stored.value());
            } catch (Refusal e) {
                // A value no longer valid (a choice since removed) is not in force: the features fall back too.
                stored = null;
            }
        }
        return new SettingView(d.name(), "parley." + d.key(), label(d), words.settingHelp(d.name()), d.kind(),
                d.min(), d.max(),
                d.choices(), value, configured, stored != null, stored == null ? null : stored.changedBy(),
                stored == null ? null : stored.changedAt());
    }
}
