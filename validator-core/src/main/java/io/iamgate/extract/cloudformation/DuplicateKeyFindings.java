package io.iamgate.extract.cloudformation;

import io.iamgate.extract.SourceFindings;
import io.iamgate.load.DuplicateKey;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.Position;
import io.iamgate.load.Span;
import io.iamgate.model.ElementPath;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.SourceMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The duplicate keys of a template as findings: CloudFormation keeps the last value, which is what was
 * validated, and the reader of the template may have seen the first. Each duplicate is told on the first
 * policy of the resource it is in (or, outside any resource with a policy, on the template's first policy),
 * one finding per policy listing them, placed at the first kept key. A template without policies has
 * nothing for IAM to say about.
 */
final class DuplicateKeyFindings {

    /** Lines named in one finding, at most; the count says how many more. */
    private static final int MAX_LISTED = 20;

    private DuplicateKeyFindings() {}

    static List<PolicyUnit> attach(List<PolicyUnit> units, Template template, List<DuplicateKey> duplicates) {
        if (duplicates.isEmpty() || units.isEmpty()) {
            return units;
        }
        Map<Integer, List<DuplicateKey>> byUnit = new LinkedHashMap<>();
        for (DuplicateKey d : duplicates) {
            byUnit.computeIfAbsent(unitOf(units, template, d), i -> new ArrayList<>())
                    .add(d);
        }
        List<PolicyUnit> out = new ArrayList<>(units);
        byUnit.forEach((i, list) -> out.set(i, withFinding(units.get(i), list)));
        return out;
    }

    /** The index of the first unit extracted from the resource whose definition holds the duplicate; else 0. */
    private static int unitOf(List<PolicyUnit> units, Template template, DuplicateKey d) {
        int offset = d.kept().start().offset();
        for (Map.Entry<String, ObjectNode> r : template.resources().entrySet()) {
            Span span = r.getValue().span();
            if (span.start().offset() <= offset && offset < span.end().offset()) {
                String prefix = TemplatePolicies.CLOUDFORMATION.name(r.getKey(), r.getValue(), "");
                for (int i = 0; i < units.size(); i++) {
                    if (units.get(i).origin().startsWith(prefix)) {
                        return i;
                    }
                }
            }
        }
        return 0;
    }

    private static PolicyUnit withFinding(PolicyUnit unit, List<DuplicateKey> duplicates) {
        StringBuilder which = new StringBuilder();
        for (int i = 0; i < Math.min(duplicates.size(), MAX_LISTED); i++) {
            DuplicateKey d = duplicates.get(i);
            which.append(i == 0 ? "" : "; ")
                    .append('"')
                    .append(d.name())
                    .append("\" on lines ")
                    .append(d.ignored().start().line())
                    .append(" and ")
                    .append(d.kept().start().line());
        }
        if (duplicates.size() > MAX_LISTED) {
            which.append("; and ").append(duplicates.size() - MAX_LISTED).append(" more");
        }
        // Not a place in the policy text: the mapping sends this location to the first kept key in the template.
        Location here = new Location(ElementPath.ROOT, unit.document().lines().span(0, 0));
        Position kept = duplicates.get(0).kept().start();
        SourceMapping inner = unit.sourceMapping();
        SourceMapping mapping = location -> location.equals(here) ? kept : inner.filePosition(location);
        return unit.withSourceFindings(List.of(SourceFindings.duplicateKey(which.toString(), here)), mapping);
    }
}
