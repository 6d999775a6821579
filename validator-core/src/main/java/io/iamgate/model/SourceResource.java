package io.iamgate.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The resource of infrastructure code that holds a policy: the names a suppression selects it by (a
 * CloudFormation logical ID, then in a CDK template its construct path; a Terraform resource address), and the
 * suppressions written on it in the code. {@link #NONE} for a policy that no resource holds (a raw policy file).
 */
public record SourceResource(List<String> names, List<CodeSuppression> suppressions) {

    public static final SourceResource NONE = new SourceResource(List.of(), List.of());

    public SourceResource {
        names = List.copyOf(names);
        suppressions = List.copyOf(suppressions);
    }

    public static SourceResource named(String... names) {
        return new SourceResource(List.of(names), List.of());
    }

    /** The first name (the logical ID, the resource address), if any. */
    public Optional<String> name() {
        return names.stream().findFirst();
    }

    public SourceResource withSuppressions(List<CodeSuppression> more) {
        List<CodeSuppression> all = new ArrayList<>(suppressions);
        all.addAll(more);
        return new SourceResource(names, all);
    }
}
