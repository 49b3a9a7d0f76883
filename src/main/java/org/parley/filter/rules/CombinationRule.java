package org.parley.filter.rules;

import java.util.List;
import java.util.Set;

import org.parley.filter.Inspection;
import org.parley.filter.Rule;

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
