package org.parley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layout's promises, checked on the compiled classes: each feature is one package, features depend on each
 * other one way only, and the packages everything stands on (the filter engine, {@code shared}, the audit trail)
 * know no feature. A new import against these rules fails the build, naming the classes. Plain JUnit tests that
 * check ArchUnit rules, so that they run on the JUnit platform Quarkus brings.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.parley");

    /** Every feature package, each owning its pages, API, services and storage. */
    static final String[] FEATURES = {"org.parley.articles..", "org.parley.audit..", "org.parley.captcha..",
        "org.parley.comments..", "org.parley.moderation..", "org.parley.rules..", "org.parley.security..",
        "org.parley.settings..", "org.parley.site..", "org.parley.stats.."};

    private static String[] featuresBut(String feature) {
        return java.util.Arrays.stream(FEATURES).filter(f -> !f.equals(feature)).toArray(String[]::new);
    }

    @Test
    void featuresDependOnEachOtherOneWayOnly() {
        slices().matching("org.parley.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theFilterEngineKnowsNoFeature() {
        noClasses().that().resideInAPackage("org.parley.filter..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .because("the filter is a pure engine: it judges texts and knows nothing of comments, rule editing "
                        + "or pages")
                .check(CLASSES);
    }

    @Test
    void theEngineKnowsNotHowItsRulesAreStored() {
        noClasses().that().resideInAnyPackage("org.parley.filter", "org.parley.filter.rules..",
                "org.parley.filter.text..")
                .should().dependOnClassesThat().resideInAPackage("org.parley.filter.ruleset..")
                .because("the rule set as stored, versioned and served (filter.ruleset) is built on the engine, "
                        + "which judges a text with whatever rules it is given")
                .check(CLASSES);
    }

    @Test
    void sharedKnowsNoFeatureAndNotTheFilter() {
        noClasses().that().resideInAPackage("org.parley.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAPackage("org.parley.filter..")
                .because("shared holds what every feature uses, so it can use none of them")
                .check(CLASSES);
    }

    @Test
    void theReaderSiteIsUsedByNoOtherFeature() {
        noClasses().that().resideOutsideOfPackage("org.parley.site..")
                .should().dependOnClassesThat().resideInAPackage("org.parley.site..")
                .because("the reader pages are made of articles and comments, which must not know how they are shown")
                .check(CLASSES);
    }

    @Test
    void theAuditTrailStandsBelowEveryFeature() {
        noClasses().that().resideInAPackage("org.parley.audit..")
                .should().dependOnClassesThat().resideInAnyPackage(featuresBut("org.parley.audit.."))
                .because("everything that acts writes to the audit trail, so it can use none of them")
                .check(CLASSES);
    }
}
