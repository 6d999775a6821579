package io.iamgate.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pairs the subjects of the working tree with those of the base revision. The matching rule, in order:
 * <ol>
 *   <li>same kind, same file, same name (logical ID, resource address, or the raw file itself);</li>
 *   <li>same kind and name in a file that the other side no longer has (the file was renamed or moved);</li>
 *   <li>same kind and the same content: it grants the same to the same, however written (a logical ID or a raw
 *       policy file renamed without other change).</li>
 * </ol>
 * Whatever is left is a new subject (working tree) or a removed one (base). Each subject is paired at most once.
 */
final class SubjectMatcher {

    private SubjectMatcher() {}

    /** A pair; {@code base} or {@code head} is null for a subject only one side has. */
    record Pair(Subject head, Subject base) {}

    static List<Pair> match(List<Subject> head, List<Subject> base) {
        Map<Subject, Subject> paired = new LinkedHashMap<>();
        List<Subject> left = new ArrayList<>(base);
        Set<String> headFiles = head.stream().map(Subject::file).collect(Collectors.toSet());
        Set<String> baseFiles = base.stream().map(Subject::file).collect(Collectors.toSet());
        for (Subject h : head) {
            take(
                            left,
                            b -> b.kind().equals(h.kind())
                                    && b.file().equals(h.file())
                                    && b.origin().equals(h.origin()))
                    .ifPresent(b -> paired.put(h, b));
        }
        for (Subject h : head) {
            if (paired.containsKey(h)
                    || baseFiles.contains(h.file())
                    || h.origin().isEmpty()) {
                continue;
            }
            take(left, b -> b.kind().equals(h.kind()) && b.origin().equals(h.origin()) && !headFiles.contains(b.file()))
                    .ifPresent(b -> paired.put(h, b));
        }
        for (Subject h : head) {
            if (!paired.containsKey(h)) {
                take(left, b -> b.kind().equals(h.kind()) && b.contentKey().equals(h.contentKey()))
                        .ifPresent(b -> paired.put(h, b));
            }
        }
        List<Pair> out = new ArrayList<>();
        for (Subject h : head) {
            out.add(new Pair(h, paired.get(h)));
        }
        left.forEach(b -> out.add(new Pair(null, b)));
        return out;
    }

    private static java.util.Optional<Subject> take(List<Subject> from, java.util.function.Predicate<Subject> p) {
        for (int i = 0; i < from.size(); i++) {
            if (p.test(from.get(i))) {
                return java.util.Optional.of(from.remove(i));
            }
        }
        return java.util.Optional.empty();
    }
}
