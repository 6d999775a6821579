package io.iamgate.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamgate.analyze.local.LocalAnalyzer;
import io.iamgate.load.LocatedJsonParser;
import io.iamgate.model.Finding;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.SourceMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The second conformance set: policies of every type whose Access Analyzer answer AWS's own policy
 * validators record in their end-to-end tests (test resources {@code conformance-validators/cases}, one
 * JSON file per case, sources in the README beside them). A finding is matched on (findingType, issueCode);
 * the end-to-end tests assert no locations, so exact spans are scored only where a source recorded them
 * (the Terraform validator's example reports).
 */
final class ValidatorCases {

    static final String FOLDER = "/conformance-validators/cases";

    /** One finding: "findingType issueCode", and its location offsets ("" when none were recorded). */
    record Expected(String key, String spans) {}

    /** A recorded answer: the policy text as submitted, how it was submitted, the findings answered. */
    record Case(
            String id,
            String group,
            PolicyType policyType,
            String resourceType,
            String policy,
            List<Expected> expected) {}

    /**
     * One comparison, scored per group (policy type). {@code spansRecorded}: matches whose source recorded
     * locations; {@code exactSpans}: those of them whose every location has the recorded offsets.
     */
    record Score(
            String group,
            int matched,
            int missed,
            int extra,
            int cases,
            int spansRecorded,
            int exactSpans,
            List<String> mismatches) {

        double recall() {
            return matched + missed == 0 ? 1.0 : (double) matched / (matched + missed);
        }

        double precision() {
            return matched + extra == 0 ? 1.0 : (double) matched / (matched + extra);
        }

        Score plus(Score o) {
            List<String> all = new ArrayList<>(mismatches);
            all.addAll(o.mismatches);
            return new Score(
                    group,
                    matched + o.matched,
                    missed + o.missed,
                    extra + o.extra,
                    cases + o.cases,
                    spansRecorded + o.spansRecorded,
                    exactSpans + o.exactSpans,
                    all);
        }

        double exactSpanRate() {
            return spansRecorded == 0 ? Double.NaN : (double) exactSpans / spansRecorded;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ValidatorCases() {}

    static List<Case> load() {
        try (Stream<Path> files =
                Files.list(Path.of(ValidatorCases.class.getResource(FOLDER).toURI()))) {
            List<Case> cases = new ArrayList<>();
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    cases.add(parse(JSON.readTree(in)));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER, e);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException(FOLDER + " is not on the test classpath", e);
        }
    }

    private static Case parse(JsonNode c) {
        String resourceType = c.path("validatePolicyResourceType").isTextual()
                ? c.get("validatePolicyResourceType").asText()
                : null;
        PolicyType type = PolicyType.valueOf(c.get("policyType").asText());
        // Access Analyzer takes a trust policy as a RESOURCE_POLICY of type AWS::IAM::AssumeRolePolicyDocument.
        boolean trust = PolicyType.ASSUME_ROLE_POLICY_DOCUMENT.equals(resourceType);
        String group = trust ? "TRUST_POLICY" : type.name();
        List<Expected> expected = new ArrayList<>();
        for (JsonNode f : c.get("expected")) {
            List<String> spans = new ArrayList<>();
            for (JsonNode l : f.path("locations")) {
                spans.add(l.get("span").get("start").get("offset").asInt() + ".."
                        + l.get("span").get("end").get("offset").asInt());
            }
            expected.add(new Expected(
                    f.get("findingType").asText() + " " + f.get("issueCode").asText(), String.join(", ", spans)));
        }
        return new Case(
                c.get("id").asText(),
                group,
                trust ? PolicyType.TRUST_POLICY : type,
                resourceType,
                c.get("policy").asText(),
                expected);
    }

    /** Runs every case through the analyzer; the scores by group, in name order. */
    static Map<String, Score> score(List<Case> cases, LocalAnalyzer analyzer) {
        Map<String, Score> byGroup = new TreeMap<>();
        for (Case c : cases) {
            PolicyDocument document = PolicyDocument.of(new LocatedJsonParser().parse(c.policy()));
            PolicyUnit unit = new PolicyUnit(
                    c.id() + ".json",
                    "",
                    c.policyType(),
                    c.resourceType(),
                    document,
                    SourceMapping.IDENTITY,
                    List.of());
            List<Expected> actual = new ArrayList<>();
            for (Finding f : analyzer.analyze(unit)) {
                actual.add(new Expected(
                        f.findingType().name() + " " + f.issueCode(),
                        f.locations().stream()
                                .map(l -> l.span().start().offset() + ".."
                                        + l.span().end().offset())
                                .collect(Collectors.joining(", "))));
            }
            List<String> mismatches = new ArrayList<>();
            int matched = 0;
            int recorded = 0;
            int exact = 0;
            for (Expected e : c.expected()) {
                Expected a = actual.stream()
                        .filter(x -> x.key().equals(e.key()))
                        .findFirst()
                        .orElse(null);
                if (a == null) {
                    mismatches.add(c.id() + ": missed " + e.key());
                    continue;
                }
                actual.remove(a);
                matched++;
                if (!e.spans().isEmpty()) {
                    recorded++;
                    if (e.spans().equals(a.spans())) {
                        exact++;
                    } else {
                        mismatches.add(c.id() + ": " + e.key() + " at " + a.spans() + ", recorded " + e.spans());
                    }
                }
            }
            actual.forEach(a -> mismatches.add(c.id() + ": extra " + a.key()));
            int missed = c.expected().size() - matched;
            byGroup.merge(
                    c.group(),
                    new Score(c.group(), matched, missed, actual.size(), 1, recorded, exact, mismatches),
                    Score::plus);
        }
        return byGroup;
    }

    static String report(Map<String, Score> scores) {
        StringBuilder sb = new StringBuilder("AWS validators' recorded Access Analyzer answers (spans: exact of "
                + "those matched findings whose source recorded locations)\n");
        sb.append(String.format(
                Locale.ROOT,
                "%-18s %5s %5s %5s %5s %7s %7s %9s%n",
                "policy type",
                "cases",
                "match",
                "miss",
                "extra",
                "recall",
                "prec.",
                "spans"));
        for (Score s : scores.values()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%-18s %5d %5d %5d %5d %7.3f %7.3f %4d of %d%n",
                    s.group(),
                    s.cases(),
                    s.matched(),
                    s.missed(),
                    s.extra(),
                    s.recall(),
                    s.precision(),
                    s.exactSpans(),
                    s.spansRecorded()));
        }
        scores.values()
                .forEach(s ->
                        s.mismatches().forEach(m -> sb.append("  ").append(m).append('\n')));
        return sb.toString();
    }
}
