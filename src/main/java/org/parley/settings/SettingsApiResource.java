package org.parley.settings;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.security.Roles;
import org.parley.security.Viewer;
import org.parley.shared.Refusal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The settings page as JSON, for admins and their scripts. */
@Path("/api/admin/settings")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "Moderation defaults and filter thresholds (admin)")
public class SettingsApiResource {

    @Inject
    SettingsAdminService settings;

    @Inject
    Viewer viewer;

    @GET
    @Operation(summary = "Every setting with its value, its configured default and where the value comes from",
            description = "{name: {value, configured, source: configuration|admin, property, changedBy?, "
                    + "changedAt?}, ..., thresholds: {racist: {hold, reject}, ...}, policies: {profanity: "
                    + "PUBLISH|HOLD|REJECT, reclaimable-slur: ...}}")
    public ObjectNode get() {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        for (SettingsAdminService.SettingView s : settings.list()) {
            ObjectNode one = answer.putObject(s.name());
            one.putPOJO("value", s.typed(s.value()));
            one.putPOJO("configured", s.typed(s.configured()));
            one.put("source", s.overridden() ? "admin" : "configuration");
            one.put("property", s.property());
            if (s.overridden()) {
                one.put("changedBy", s.changedBy());
                one.put("changedAt", s.changedAt().toString());
            }
        }
        ObjectNode thresholds = answer.putObject("thresholds");
        settings.thresholds().forEach(t -> thresholds.putObject(t.category()).put("hold", t.hold())
                .put("reject", t.reject()));
        ObjectNode policies = answer.putObject("policies");
        settings.policies().forEach(p -> policies.put(p.key(), p.value()));
        return answer;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change settings",
            description = "{name: value, ...}: a value (or {value}) overrides the configuration, null goes back to "
                    + "it; settings left out keep theirs. thresholds: {racist: {hold, reject}, ...} (reject above "
                    + "hold) makes a new rule-set version with the optional note, and so does policies: "
                    + "{profanity: PUBLISH|HOLD|REJECT, ...}. All or nothing; every change is audited. Answers as GET.")
    public ObjectNode put(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw Refusal.invalid("Send the settings to change as a JSON object: {\"reportThreshold\": 3}.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> thresholds = new LinkedHashMap<>();
        Map<String, String> policies = new LinkedHashMap<>();
        String note = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode value = e.getValue();
            if (name.equals("note")) {
                note = value.isNull() ? null : value.asText();
            } else if (name.equals("thresholds")) {
                readThresholds(value, thresholds);
            } else if (name.equals("policies")) {
                readPolicies(value, policies);
            } else {
                if (value.isObject() && value.has("value")) {
                    value = value.get("value");
                }
                values.put(name, text(value, name));
            }
        }
        settings.changeAll(viewer.name(), values, thresholds, policies, note);
        return get();
    }

    private static void readThresholds(JsonNode node, Map<String, String> into) {
        if (!node.isObject()) {
            throw Refusal.invalid("thresholds is an object by category: {\"racist\": {\"hold\": 5, "
                    + "\"reject\": 10}}.", "thresholds");
        }
        node.fields().forEachRemaining(c -> {
            if (!c.getValue().isObject()) {
                throw Refusal.invalid("thresholds." + c.getKey() + " needs {\"hold\": n, \"reject\": n}.",
                        c.getKey());
            }
            c.getValue().fields().forEachRemaining(v -> {
                String field = c.getKey() + "." + v.getKey();
                if (!v.getKey().equals("hold") && !v.getKey().equals("reject")) {
                    throw Refusal.invalid("A category's thresholds are hold and reject.", field);
                }
                into.put(field, text(v.getValue(), field));
            });
        });
        for (String field : into.keySet()) {
            String category = field.substring(0, field.indexOf('.'));
            if (!SettingsAdminService.CATEGORY_KEYS.contains(category)) {
                throw Refusal.invalid("The categories are " + String.join(", ",
                        SettingsAdminService.CATEGORY_KEYS) + ".", category);
            }
        }
    }

    private static void readPolicies(JsonNode node, Map<String, String> into) {
        if (!node.isObject()) {
            throw Refusal.invalid("policies is an object by policy: {\"profanity\": \"HOLD\"}.", "policies");
        }
        node.fields().forEachRemaining(p -> {
            String field = SettingsAdminService.POLICY_FIELD + p.getKey();
            String value = text(p.getValue(), field);
            if (value == null) {
                throw Refusal.invalid("A policy is set to PUBLISH, HOLD or REJECT.", field);
            }
            into.put(field, value);
        });
    }

    /** A JSON scalar as the text the service checks; null resets. */
    private static String text(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            throw Refusal.invalid(field + " takes a single value.", field);
        }
        return value.asText();
    }
}
