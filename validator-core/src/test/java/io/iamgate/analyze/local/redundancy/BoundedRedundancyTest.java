package io.iamgate.analyze.local.redundancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.local.CheckTester;
import io.iamgate.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The hostile lists of issue #14 (item 5): hundreds or thousands of wildcard entries in one element, which
 * made the redundancy checks compare every pair. These tests assert what is reported, not how fast: the
 * time and memory against size are measured by scripts/bench-bounded.
 */
class BoundedRedundancyTest {

    private static final String BOUNDED = "Not all ";

    /** Wildcard ARNs of distinct buckets: each wildcard is compared only with the entries sharing its head. */
    @Test
    void manyLongWildcardResourcesAreMatchedLinearly() {
        List<String> resources = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            resources.add("arn:aws:s3:::bucket-" + i + "-" + "x".repeat(150) + "/*");
        }
        resources.add("arn:aws:s3:::bucket-17-" + "x".repeat(150) + "/reports/2024.csv"); // covered by entry 17
        List<Finding> findings = CheckTester.of(new RedundantResourceCheck())
                .policy(policy("s3:GetObject", resources))
                .run();
        assertEquals(1, findings.size(), () -> details(findings));
        assertEquals(
                "Statement[0].Resource[17]",
                findings.get(0).locations().get(0).path().toString());
        assertEquals(
                "Statement[0].Resource[4000]",
                findings.get(0).locations().get(1).path().toString());
        assertTrue(!findings.get(0).findingDetails().startsWith(BOUNDED));
    }

    /** Every entry starts with the same {@code arn:aws:s3:::*}: the pairs are bounded, and the finding says so. */
    @Test
    void manyWildcardResourcesWithOneHeadStopAtTheBoundAndSaySo() {
        List<String> resources = hostileResources(2000);
        resources.add(0, "arn:aws:s3:::*"); // covers every other entry: found before the bound runs out
        List<Finding> findings = CheckTester.of(new RedundantResourceCheck(1_000_000))
                .policy(policy("s3:GetObject", resources))
                .run();
        Finding note = findings.stream()
                .filter(f -> f.findingDetails().startsWith(BOUNDED))
                .findFirst()
                .orElseThrow();
        assertEquals("REDUNDANT_RESOURCE", note.issueCode());
        assertEquals("Statement[0].Resource", note.locations().get(0).path().toString());
        assertTrue(
                note.findingDetails().startsWith("Not all 2001 entries of this Resource element were compared"),
                note.findingDetails());
        assertTrue(findings.stream().anyMatch(f -> f.locations().size() == 2001), "the group found before the bound");
    }

    @Test
    void aFewWildcardResourcesWithOneHeadAreAllCompared() {
        List<String> resources = hostileResources(40);
        resources.add(0, "arn:aws:s3:::*");
        List<Finding> findings = CheckTester.of(new RedundantResourceCheck())
                .policy(policy("s3:GetObject", resources))
                .run();
        assertEquals(1, findings.size(), () -> details(findings));
        assertEquals(41, findings.get(0).locations().size());
    }

    /** Wildcard actions of any service ({@code *:...}) are compared with every entry: bounded, and said. */
    @Test
    void manyServiceWildcardActionsStopAtTheBoundAndSaySo() {
        List<String> actions = wildcardActions(600);
        List<Finding> findings = CheckTester.of(new RedundantActionCheck(200_000))
                .policy(policy(actions, "*"))
                .run();
        Finding note = findings.stream()
                .filter(f -> f.findingDetails().startsWith(BOUNDED))
                .findFirst()
                .orElseThrow();
        assertEquals("REDUNDANT_ACTION", note.issueCode());
        assertEquals("Statement[0].Action", note.locations().get(0).path().toString());
        assertTrue(note.findingDetails().contains("600 entries of this Action element"), note.findingDetails());
    }

    @Test
    void aFewServiceWildcardActionsAreAllCompared() {
        List<String> actions = wildcardActions(30);
        actions.add("*:*"); // covers all of them
        List<Finding> findings = CheckTester.of(new RedundantActionCheck())
                .policy(policy(actions, "*"))
                .run();
        assertEquals(1, findings.size(), () -> details(findings));
        assertEquals(31, findings.get(0).locations().size());
    }

    /** {@code arn:aws:s3:::*a*bc*...}: the same literal head and tail, so no cheap test tells them apart. */
    private static List<String> hostileResources(int n) {
        return generate(
                n,
                i -> "arn:aws:s3:::*"
                        + Integer.toString(i, 3)
                                .replace("0", "a*")
                                .replace("1", "bc*")
                                .replace("2", "d?*") + "x".repeat(100) + "*");
    }

    private static List<String> wildcardActions(int n) {
        return generate(
                n,
                i -> "*:*"
                        + Integer.toString(i, 5)
                                .replace("0", "g*")
                                .replace("1", "e*")
                                .replace("2", "t*")
                                .replace("3", "o?*")
                                .replace("4", "b*")
                        + "s");
    }

    private static List<String> generate(int n, IntFunction<String> entry) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(entry.apply(i));
        }
        return out;
    }

    private static String policy(String action, List<String> resources) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"" + action
                + "\",\"Resource\":" + array(resources) + "}]}";
    }

    private static String policy(List<String> actions, String resource) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":" + array(actions)
                + ",\"Resource\":\"" + resource + "\"}]}";
    }

    private static String array(List<String> values) {
        return "[\"" + String.join("\",\"", values) + "\"]";
    }

    private static String details(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        findings.forEach(f -> sb.append(f.findingDetails()).append('\n'));
        return sb.toString();
    }
}
