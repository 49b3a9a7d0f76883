package org.parley.shared.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Pages that belong to no feature: error pages. */
@CheckedTemplate
public class Templates {

    private Templates() {
    }

    public static native TemplateInstance error(int status, String message);
}
