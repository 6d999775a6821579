package io.iamgate.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The annotations of one step, in the order GitHub should see them. GitHub shows only the first
 * {@value #PER_LEVEL} annotations of each level (error, warning, notice) of a step, so a pull request could
 * hide a security finding behind ten decoy errors (ten invalid actions ahead of an administrator grant).
 * Within each level the annotations are ranked by {@link Rank}, security findings first; when a level holds
 * more than it shows, its first nine are written and the tenth says how many more are in the job summary
 * and the SARIF report.
 */
final class Annotations {

    static final int PER_LEVEL = 10;

    /** Lower ranks are shown first. */
    enum Rank {
        BLOCKING_SECURITY_FINDING,
        BLOCKING_FINDING,
        NOT_CHECKED,
        SECURITY_FINDING,
        OTHER_FINDING
    }

    /** One workflow command: its level, its rank and the text after {@code ::level}. */
    record Annotation(String level, Rank rank, String rest) {}

    private final List<Annotation> all = new ArrayList<>();

    void add(String level, Rank rank, String rest) {
        all.add(new Annotation(level, rank, rest));
    }

    /** The workflow-command lines to print: per level, ranked and within the budget. */
    List<String> lines() {
        Map<String, List<Annotation>> byLevel = new LinkedHashMap<>();
        for (String level : List.of("error", "warning", "notice")) {
            byLevel.put(level, new ArrayList<>());
        }
        // A stable sort: equal ranks keep the order they were added in (worst first).
        all.stream()
                .sorted(Comparator.comparing(Annotation::rank))
                .forEach(a -> byLevel.computeIfAbsent(a.level(), l -> new ArrayList<>())
                        .add(a));
        List<String> lines = new ArrayList<>();
        byLevel.forEach((level, annotations) -> {
            boolean over = annotations.size() > PER_LEVEL;
            List<Annotation> shown = over ? annotations.subList(0, PER_LEVEL - 1) : annotations;
            shown.forEach(a -> lines.add("::" + level + a.rest()));
            if (over) {
                int more = annotations.size() - shown.size();
                lines.add("::" + level + " title=" + WorkflowCommandText.property("iamgate: " + more + " more")
                        + "::" + more + " more " + level + "-level annotation(s) not shown (GitHub shows "
                        + PER_LEVEL + " per level); every finding is in the job summary and the SARIF report.");
            }
        });
        return lines;
    }
}
