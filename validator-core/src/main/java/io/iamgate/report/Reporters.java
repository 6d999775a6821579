package io.iamgate.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The output formats, by name. */
public final class Reporters {

    private final Map<String, Reporter> byFormat = new LinkedHashMap<>();

    public Reporters(List<Reporter> reporters) {
        for (Reporter r : reporters) {
            byFormat.put(r.format(), r);
        }
    }

    public static Reporters standard() {
        return new Reporters(List.of(
                new TextReporter(),
                new JsonReporter(),
                new SarifReporter(),
                new JUnitReporter(),
                new GitHubReporter(),
                new MarkdownReporter()));
    }

    public Optional<Reporter> forFormat(String format) {
        return Optional.ofNullable(byFormat.get(format));
    }

    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }
}
