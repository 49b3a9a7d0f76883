package org.parley.filter.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.parley.filter.Inspection;
import org.parley.filter.Rule;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A rule over other rules' results: it fires when all of {@code all}, at least one of {@code any}, and none of
 * {@code none} have matched ("insult AND second person", "link AND promotion"). The engine runs these after
 * the other rules and hands them the names of the rules that matched.
 */
public final class CombinationRule implements Rule {

    /** The rule's data: names of other rules. */
    public record Params(List<String> all, List<String> any, List<String> none) {
        public Params {
            all = all == null ? List.of() : List.copyOf(all);
            any = any == null ? List.of() : List.copyOf(any);
            none = none == null ? List.of() : List.copyOf(none);
            if (all.isEmpty() && any.isEmpty()) {
                throw new IllegalArgumentException("a combination needs rules in all or any");
            }
        }
    }

    /** The lists of a combination's params that name other rules. */
    public static final List<String> LISTS = List.of("all", "any", "none");

    /** The rule names a combination's params hold, in order, read from the params as stored (null: none). */
    public static Set<String> namesIn(JsonNode params) {
        Set<String> named = new LinkedHashSet<>();
        for (String list : LISTS) {
            if (params != null) {
                params.path(list).forEach(n -> named.add(n.asText()));
            }
        }
        return named;
    }

    /** The list of a combination's params that names {@code rule}: where to point an error about it. */
    public static String listNaming(JsonNode params, String rule) {
        for (String list : LISTS) {
            if (params != null) {
                for (JsonNode n : params.path(list)) {
                    if (rule.equals(n.asText())) {
                        return list;
                    }
                }
            }
        }
        return LISTS.get(0);
    }

    private final Params params;

    public CombinationRule(Params params) {
        this.params = params;
    }

    /** The rules this one refers to, for checking that they exist. */
    public Set<String> references() {
        return Set.copyOf(java.util.stream.Stream.of(params.all(), params.any(), params.none())
                .flatMap(List::stream).toList());
    }

    /** Whether the combination holds, given the rules that matched. */
    public boolean holds(Set<String> matched) {
        return matched.containsAll(params.all())
                && (params.any().isEmpty() || params.any().stream().anyMatch(matched::contains))
                && params.none().stream().noneMatch(matched::contains);
    }

    @Override
    public void match(Inspection input, Matches matches) {
        // Combinations are judged by the engine with holds(); on their own they match nothing.
    }
}
