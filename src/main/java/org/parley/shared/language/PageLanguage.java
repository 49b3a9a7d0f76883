package org.parley.shared.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;

/**
 * Every template rendered for a request speaks the request's language, so no resource has to remember to set
 * it; one that renders for someone else (the article page's cache) sets the language itself, which wins.
 */
@ApplicationScoped
public class PageLanguage {

    @Inject
    Language language;

    void configure(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this::initialize);
    }

    private void initialize(TemplateInstance instance) {
        if (instance.getAttribute(TemplateInstance.LOCALE) == null) {
            instance.setLocale(language.current());
        }
    }
}
