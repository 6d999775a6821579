package io.iamgate.analyze.local.action;

import io.iamgate.text.EditDistance;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The closest known name to a misspelt one (case-insensitive edit distance, at most a third of its
 * length), for "did you mean" advice. Runs only when a check has already found an unknown name.
 */
final class NameSuggestion {

    private NameSuggestion() {}

    static Optional<String> closest(String wrong, Collection<String> known) {
        String w = wrong.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, w.length() / 3);
        String best = null;
        int bestDistance = limit + 1;
        for (String candidate : known) {
            if (Math.abs(candidate.length() - w.length()) >= bestDistance) {
                continue;
            }
            int d = EditDistance.of(w, candidate.toLowerCase(Locale.ROOT), bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }
}
