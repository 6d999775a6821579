package io.iamgate.access;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalogue against pathfinding.cloud's path list (pathfinding-paths.tsv, vendored with its source and
 * commits): every listed path is found by a method whose actions it contains, or is excluded with a reason.
 */
class EscalationCataloguePathfindingTest {

    private static final String PREFIX = PathfindingPaths.PREFIX;

    private static Map<String, Set<String>> listedPaths() {
        return PathfindingPaths.listed();
    }

    private static List<String> cited(EscalationMethod m) {
        return PathfindingPaths.cited(m);
    }

    private static Set<String> lower(List<String> actions) {
        return actions.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    @Test
    void everyListedPathHasAMethodOrAReasonedExclusion() {
        Set<String> covered = EscalationCatalogue.METHODS.stream()
                .flatMap(m -> cited(m).stream())
                .collect(Collectors.toSet());
        Set<String> excluded = EscalationCatalogue.exclusions().stream()
                .filter(x -> x.source().startsWith(PREFIX) && !x.reason().isBlank())
                .map(x -> x.source().substring(PREFIX.length()))
                .collect(Collectors.toSet());
        List<String> missing = listedPaths().keySet().stream()
                .filter(id -> !covered.contains(id) && !excluded.contains(id))
                .toList();
        assertTrue(missing.isEmpty(), "pathfinding.cloud paths with no method and no exclusion: " + missing);
    }

    /** A method finds a path only if every action of the method is one the path requires. */
    @Test
    void aMethodCitesOnlyPathsThatContainItsActions() {
        Map<String, Set<String>> paths = listedPaths();
        for (EscalationMethod m : EscalationCatalogue.METHODS) {
            for (String id : cited(m)) {
                assertTrue(paths.containsKey(id), m.issueCode() + " cites " + id + ", which is not listed");
                assertTrue(
                        paths.get(id).containsAll(lower(m.actions())),
                        m.issueCode() + " cites " + id + " but needs " + m.actions() + " and the path requires only "
                                + paths.get(id));
            }
        }
    }

    @Test
    void everyExclusionNamesAListedPath() {
        Map<String, Set<String>> paths = listedPaths();
        for (EscalationCatalogue.Exclusion x : EscalationCatalogue.exclusions()) {
            assertTrue(
                    x.source().startsWith(PREFIX)
                            && paths.containsKey(x.source().substring(PREFIX.length())),
                    "exclusion of an unlisted path: " + x.source());
        }
    }
}
