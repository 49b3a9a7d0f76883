package org.parley.shared.web;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.parley.shared.ParleyConfig;

/** The site's name and address come from configuration that never changes while running: one instance serves all. */
public class SiteInfoProducer {

    @Produces
    @Singleton
    SiteInfo siteInfo(ParleyConfig config) {
        return new SiteInfo(config.siteName(), config.baseUrl());
    }
}
