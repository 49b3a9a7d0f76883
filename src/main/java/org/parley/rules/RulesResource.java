package org.parley.rules;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.parley.filter.ruleset.RulePack;
import org.parley.filter.text.NormaliserTables;
import org.parley.security.Roles;
import org.parley.security.Viewer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The filter's rules, thresholds and rule-set versions as data, for admins. Rule objects are those of the rule
 * pack, with the type's parameters flattened into them ({@code "terms": [...]}) or under {@code params}.
 */
@Path("/api/rules")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "The filter's rules, thresholds and rule-set versions (admin)")
public class RulesResource {

    @Inject
    RuleAdminService rules;

    @Inject
    Viewer viewer;

    @Inject
    RuleVersionService versions;

    @Inject
    RuleOrderService order;

    @GET
    @Operation(summary = "The rules in force, in order",
            description = "[{id, name, description, type, category, score, enabled, mode, ...parameters of the type, "
                    + "createdAt, updatedAt}]")
    public List<ObjectNode> list() {
        return rules.rules();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One rule")
    public ObjectNode get(@RestPath long id) {
        return rules.rule(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a rule at the end of the list",
            description = "{name, type, category, score, mode?, enabled?, description?, note?, ...parameters} with "
                    + "the parameters in the object or under params; 201 with the rule and ruleSetVersion")
    public Response create(JsonNode body, @RestQuery String note) {
        RuleAdminService.Changed changed = rules.create(viewer.name(), body, note);
        return Response.created(URI.create("/api/rules/" + changed.rule().get("id").asLong()))
                .entity(withVersion(changed)).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a rule",
            description = "Fields left out keep their values; the parameters are replaced as a whole when any is given")
    public ObjectNode update(@RestPath long id, JsonNode body, @RestQuery String note) {
        return withVersion(rules.update(viewer.name(), id, RulePatch.of(body), note));
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(summary = "Delete a rule", description = "409 while a combination refers to it")
    public Map<String, Object> delete(@RestPath long id, @RestQuery String note) {
        return Map.of("id", id, "ruleSetVersion", rules.delete(viewer.name(), id, note));
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Published comments a draft rule would newly hit",
            description = "A rule object (with id, or the name of a live rule, to compare against it) → {approvedHits, "
                    + "checked, examples: [{commentId, userName, text, match}]}: comments published in the last "
                    + "90 days (newest 20,000) that a new or changed TERMS or REGEX rule would hit and the live rule "
                    + "does not. A warning only: saving is not blocked.")
    public RuleChecks.Preview preview(JsonNode body) {
        return rules.preview(body);
    }

    @GET
    @Path("thresholds")
    @Operation(summary = "Hold and reject thresholds per category",
            description = "{racist: {hold, reject}, abusive: {...}, offtopic: {...}}")
    public ObjectNode thresholds() {
        return RulePack.writeThresholds(rules.thresholds());
    }

    @PUT
    @Path("thresholds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change thresholds", description = "Categories and values left out keep theirs; "
            + "0 < hold <= reject")
    public ObjectNode setThresholds(JsonNode body, @RestQuery String note) {
        long version = rules.setThresholds(viewer.name(), body, note);
        ObjectNode answer = RulePack.writeThresholds(rules.thresholds());
        answer.put("ruleSetVersion", version);
        return answer;
    }

    @GET
    @Path("policies")
    @Operation(summary = "The site's setting for each policy",
            description = "{profanity: PUBLISH|HOLD|REJECT, reclaimable-slur: ...}: what happens to a comment with "
                    + "an enforced hit of a rule under that policy (such hits add no score)")
    public ObjectNode policies() {
        return RulePack.writePolicies(rules.thresholds());
    }

    @PUT
    @Path("policies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change policy settings", description = "Policies left out keep theirs; a change makes a "
            + "new rule-set version (ruleSetVersion in the answer, -1 when nothing changed)")
    public ObjectNode setPolicies(JsonNode body, @RestQuery String note) {
        long version = rules.setPolicies(viewer.name(), body, note);
        ObjectNode answer = RulePack.writePolicies(rules.thresholds());
        answer.put("ruleSetVersion", version);
        return answer;
    }

    @GET
    @Path("tables")
    @Operation(summary = "The leetspeak and look-alike tables texts are read with",
            description = "{leet: {\"4\": \"a\", ...}, lookalikes: {\"а\": \"a\", ...}, shipped}: shipped is true "
                    + "while they are Parley's own")
    public ObjectNode tables() {
        NormaliserTables tables = rules.tables();
        ObjectNode answer = tables.toJson();
        answer.put("shipped", tables.isShipped());
        return answer;
    }

    @PUT
    @Path("tables")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the leetspeak and look-alike tables",
            description = "{leet?: {symbol: letter}, lookalikes?: {character: letters}, note?} replaces the tables "
                    + "given (a character may be written U+0430), or {shipped: true} goes back to Parley's own. "
                    + "Refused (400) if an entry could never apply or a rule would fail its own examples; otherwise "
                    + "a new rule-set version")
    public ObjectNode setTables(JsonNode body, @RestQuery String note) {
        long version = rules.setTables(viewer.name(), body, note);
        ObjectNode answer = tables();
        answer.put("ruleSetVersion", version);
        return answer;
    }

    @POST
    @Path("tables/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Published comments the live rules would newly hit with these tables",
            description = "The body of PUT /api/rules/tables → {approvedHits, checked, examples}; a warning only")
    public RuleChecks.Preview previewTables(JsonNode body) {
        return rules.previewTables(body);
    }

    @GET
    @Path("versions")
    @Operation(summary = "Rule-set versions, newest first", description = "[{id, createdAt, actor, note, live}]")
    public List<RuleVersionService.VersionView> versions() {
        return versions.versions();
    }

    @GET
    @Path("versions/{id: \\d+}")
    @Operation(summary = "One version with its thresholds and rules")
    public ObjectNode version(@RestPath long id) {
        return versions.version(id);
    }

    @GET
    @Path("versions/{from: \\d+}/diff/{to: \\d+}")
    @Operation(summary = "What changed from one version to another",
            description = "{from, to, added: [name], removed: [name], changed: [{name, fields: [{field, from, to}]}], "
                    + "moved: [name], thresholds: [{field, from, to}], policies: [{field, from, to}], "
                    + "tables: [{field, from, to}]}")
    public RuleSetDiff diff(@RestPath long from, @RestPath long to) {
        return versions.diff(from, to);
    }

    @POST
    @Path("versions/{id: \\d+}/restore")
    @Operation(summary = "Make a new version equal to this one", description = "201 with the new version")
    public Response restore(@RestPath long id, @RestQuery String note, JsonNode body) {
        String text = body != null && body.hasNonNull("note") ? body.get("note").asText() : note;
        RuleVersionService.VersionView version = versions.restore(viewer.name(), id, text);
        return Response.created(URI.create("/api/rules/versions/" + version.id())).entity(live(version)).build();
    }

    @GET
    @Path("export")
    @Operation(summary = "The rule set as a pack", description = "The format of the default pack, with thresholds")
    public Response export() {
        return Response.ok(versions.export())
                .header("Content-Disposition", "attachment; filename=\"parley-rules.json\"").build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the rule set with a pack",
            description = "Checked in full first: one fault and nothing changes (400 with the field, as rules[3].pattern)")
    public Response importPack(JsonNode pack, @RestQuery String note) {
        RuleVersionService.VersionView version = versions.importPack(viewer.name(), pack, note);
        return Response.created(URI.create("/api/rules/versions/" + version.id())).entity(live(version)).build();
    }

    private static ObjectNode withVersion(RuleAdminService.Changed changed) {
        ObjectNode node = changed.rule().deepCopy();
        node.put("ruleSetVersion", changed.ruleSetVersion());
        return node;
    }

    /** Asked once the change has committed and been put in force, so normally true. */
    private RuleVersionService.VersionView live(RuleVersionService.VersionView v) {
        return new RuleVersionService.VersionView(v.id(), v.createdAt(), v.actor(), v.note(),
                versions.liveVersion() == v.id());
    }


    // --- the order of the rules ---

    @PUT
    @Path("order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put the rules in a new order",
            description = "{order: [every rule id once, first rule first], note?} → {ruleSetVersion, order}; 400 when "
                    + "ids are left out, repeated or unknown; 409 when a combination would come before a rule it "
                    + "names. The same order as now changes nothing and answers with the version in force.")
    public RuleOrderService.Order reorder(JsonNode body, @RestQuery String note) {
        return order.reorder(viewer.name(), body, note);
    }

    @POST
    @Path("{id: \\d+}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move one rule",
            description = "{position: n} (its 0-based place afterwards; out of range is a 400), {before: ruleId} or "
                    + "{after: ruleId}, and note? → {ruleSetVersion, order}; 409 when a combination would come "
                    + "before a rule it names. A move to where the rule is changes nothing.")
    public RuleOrderService.Order move(@RestPath long id, JsonNode body, @RestQuery String note) {
        return order.move(viewer.name(), id, body, note);
    }
}
