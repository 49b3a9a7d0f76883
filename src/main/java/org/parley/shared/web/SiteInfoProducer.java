package org.parley.shared.web;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import org.parley.shared.ParleyConfig;

/**
 * The site's name and address come from configuration that never changes while running: one instance serves all.
 * Named, so that the staff pages' shared layout reads it ({@code inject:site}) without every page handing it on.
 */
public class SiteInfoProducer {

    @Produces
    @Singleton
    @Named("site")
    SiteInfo siteInfo(ParleyConfig config) {
        return new SiteInfo(config.siteName(), config.baseUrl());
    }
}
