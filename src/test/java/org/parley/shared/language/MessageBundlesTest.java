package org.parley.shared.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every message bundle has a complete Simplified Chinese translation: the same keys, each really translated and
 * using the same parameters. The bundles are found by scanning the code, so a new one is checked too.
 */
class MessageBundlesTest {

    /** Chinese characters, or the full-width punctuation that Chinese text uses. */
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");
    private static final Pattern SCRIPT_HOLE = Pattern.compile("%(\\w+)%");
    /** Messages that are no words in any language. */
    private static final Set<String> NOT_WORDS = Set.of("CommonMessages.lang");

    @Test
    void everyBundleHasAChineseTranslationWithTheSameKeys() {
        List<Class<?>> bundles = bundles();
        assertTrue(bundles.size() >= 5, "found the bundles: " + bundles);
        for (Class<?> bundle : bundles) {
            Class<?> chinese = chineseOf(bundle);
            assertEquals(keys(bundle), declaredKeys(chinese), chinese.getSimpleName() + " translates every key of "
                    + bundle.getSimpleName() + " and no other");
        }
    }

    @Test
    void everyChineseMessageIsChineseAndEveryEnglishOneIsNot() {
        for (Translation t : translations()) {
            assertFalse(HAN.matcher(t.en()).find(), t.name() + " is English: " + t.en());
            if (!NOT_WORDS.contains(t.name())) {
                assertTrue(HAN.matcher(t.zh()).find(), t.name() + " is translated: " + t.zh());
            }
        }
    }

    @Test
    void aTranslationUsesTheSameParametersAndScriptHolesAsTheEnglish() {
        for (Translation t : translations()) {
            for (Parameter p : t.english().getParameters()) {
                assertTrue(mentions(t.zh(), p.getName()), t.name() + " uses " + p.getName() + " in Chinese: " + t.zh());
            }
            assertEquals(holes(t.en()), holes(t.zh()), t.name() + "'s %holes% for the script");
        }
    }

    /** One message in both languages; {@code name} is "Bundle.method". */
    private record Translation(String name, Method english, String en, String zh) {
    }

    private static List<Translation> translations() {
        List<Translation> all = new ArrayList<>();
        for (Class<?> bundle : bundles()) {
            Class<?> chinese = chineseOf(bundle);
            for (Method english : bundle.getDeclaredMethods()) {
                all.add(new Translation(bundle.getSimpleName() + "." + english.getName(), english,
                        english.getAnnotation(Message.class).value(),
                        translation(chinese, english).getAnnotation(Message.class).value()));
            }
        }
        return all;
    }

    private static List<Class<?>> bundles() {
        List<Class<?>> found = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parley")) {
            if (c.isAnnotatedWith(MessageBundle.class)) {
                found.add(c.reflect());
            }
        }
        return found;
    }

    private static Class<?> chineseOf(Class<?> bundle) {
        for (JavaClass c : new ClassFileImporter().importPackages(bundle.getPackageName())) {
            Class<?> type = c.reflect();
            Localized localized = type.getAnnotation(Localized.class);
            if (localized != null && localized.value().equals("zh-CN") && bundle.isAssignableFrom(type)
                    && type != bundle) {
                return type;
            }
        }
        throw new AssertionError(bundle.getSimpleName() + " has no @Localized(\"zh-CN\") translation beside it");
    }

    private static Set<String> keys(Class<?> type) {
        Set<String> keys = new TreeSet<>();
        for (Method m : type.getDeclaredMethods()) {
            keys.add(m.getName() + Arrays.toString(m.getParameterTypes()));
        }
        return keys;
    }

    private static Set<String> declaredKeys(Class<?> type) {
        Set<String> keys = new TreeSet<>();
        for (Method m : type.getDeclaredMethods()) {
            assertTrue(m.isAnnotationPresent(Message.class),
                    type.getSimpleName() + "." + m.getName() + " has @Message");
            keys.add(m.getName() + Arrays.toString(m.getParameterTypes()));
        }
        return keys;
    }

    private static Method translation(Class<?> chinese, Method english) {
        try {
            return chinese.getDeclaredMethod(english.getName(), english.getParameterTypes());
        } catch (NoSuchMethodException e) {
            throw new AssertionError(chinese.getSimpleName() + " lacks " + english.getName(), e);
        }
    }

    private static boolean mentions(String message, String parameter) {
        return Pattern.compile("\\b" + Pattern.quote(parameter) + "\\b").matcher(message).find();
    }

    private static Set<String> holes(String message) {
        Set<String> holes = new TreeSet<>();
        Matcher m = SCRIPT_HOLE.matcher(message);
        while (m.find()) {
            holes.add(m.group(1));
        }
        return holes;
    }
}
