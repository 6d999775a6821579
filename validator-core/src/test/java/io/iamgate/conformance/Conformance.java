package io.iamgate.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamgate.analyze.local.LocalAnalyzer;
import io.iamgate.load.LocatedJsonParser;
import io.iamgate.model.Finding;
import io.iamgate.model.Location;
import io.iamgate.model.PathElement;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.SourceMapping;
import io.iamgate.reference.ActionPattern;
import io.iamgate.reference.IamReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures the offline analyzer against real Access Analyzer answers: each corpus policy is validated
 * verbatim as an IDENTITY_POLICY and its findings compared with the recorded ones on (findingType,
 * issueCode, location paths). Reports recall, precision, the exact-span rate of the matches, a per-code
 * breakdown and every miss with its file and path.
 *
 * <p>Data drift is kept apart: an action the bundled reference no longer (or not yet) knows where Access
 * Analyzer, judging with its own catalogue of the time, answered otherwise. Such findings are listed and
 * counted separately, never hidden and never special-cased in the checks.
 */
public final class Conformance {

    /** One finding reduced to what is compared, with its spans and where it came from. */
    public record Key(String findingType, String issueCode, String paths) {
        @Override
        public String toString() {
            return findingType + " " + issueCode + " @ " + paths;
        }
    }

    /** {@code start}/{@code end}: offsets of the first location, to read the entry a finding names. */
    public record Item(String file, Key key, String spans, String details, int start, int end) {}

    public record Result(
            List<Item> matched,
            List<Item> exactSpans,
            List<Item> falseNegatives,
            List<Item> falsePositives,
            List<Item> drift,
            int policies,
            List<String> notCompared) {

        public double recall() {
            return ratio(matched.size(), matched.size() + falseNegatives.size());
        }

        public double precision() {
            return ratio(matched.size(), matched.size() + falsePositives.size());
        }

        public double exactSpanRate() {
            return ratio(exactSpans.size(), matched.size());
        }

        /** The same comparison restricted to some issue codes. */
        public Result restrictedTo(Predicate<String> codes) {
            return new Result(
                    only(matched, codes),
                    only(exactSpans, codes),
                    only(falseNegatives, codes),
                    only(falsePositives, codes),
                    only(drift, codes),
                    policies,
                    notCompared);
        }

        public Set<String> codes() {
            return Stream.of(matched, falseNegatives, falsePositives)
                    .flatMap(List::stream)
                    .map(i -> i.key().issueCode())
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        }

        /** The readable report: totals, per-code table, misses and drift. */
        public String report() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(
                    Locale.ROOT,
                    "Access Analyzer conformance: %d policies, %d expected findings, " + "%d reported%n",
                    policies,
                    matched.size() + falseNegatives.size(),
                    matched.size() + falsePositives.size()));
            sb.append(String.format(
                    Locale.ROOT,
                    "recall %.4f  precision %.4f  exact spans %.4f  "
                            + "(matched %d, missed %d, extra %d, data drift %d)%n%n",
                    recall(),
                    precision(),
                    exactSpanRate(),
                    matched.size(),
                    falseNegatives.size(),
                    falsePositives.size(),
                    drift.size()));
            sb.append("Not compared (Access Analyzer answered nothing for documents of " + MAX_VALIDATED_CHARS
                    + "+ non-space characters, above what ValidatePolicy takes): " + notCompared
                    + System.lineSeparator()
                    + System.lineSeparator());
            sb.append(String.format(
                    Locale.ROOT,
                    "%-62s %5s %5s %5s %5s %7s %7s%n",
                    "issue code",
                    "match",
                    "miss",
                    "extra",
                    "drift",
                    "recall",
                    "prec."));
            for (String code : codes()) {
                Result r = restrictedTo(code::equals);
                sb.append(String.format(
                        Locale.ROOT,
                        "%-62s %5d %5d %5d %5d %7.3f %7.3f%n",
                        code,
                        r.matched.size(),
                        r.falseNegatives.size(),
                        r.falsePositives.size(),
                        r.drift.size(),
                        r.recall(),
                        r.precision()));
            }
            appendItems(sb, "Missed (false negatives)", falseNegatives);
            appendItems(sb, "Extra (false positives)", falsePositives);
            List<Item> inexact = new ArrayList<>(matched);
            inexact.removeAll(exactSpans);
            appendItems(sb, "Matched with other spans", inexact);
            appendItems(sb, "Data drift (reference and Access Analyzer's catalogue disagree on an entry)", drift);
            return sb.toString();
        }

        private static void appendItems(StringBuilder sb, String title, List<Item> items) {
            sb.append(System.lineSeparator())
                    .append(title)
                    .append(": ")
                    .append(items.size())
                    .append(System.lineSeparator());
            for (Item i : items) {
                sb.append("  ")
                        .append(i.file())
                        .append(": ")
                        .append(i.key())
                        .append(" ")
                        .append(i.spans())
                        .append(System.lineSeparator())
                        .append("      ")
                        .append(i.details())
                        .append(System.lineSeparator());
            }
        }

        private static List<Item> only(List<Item> items, Predicate<String> codes) {
            return items.stream().filter(i -> codes.test(i.key().issueCode())).toList();
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }
    }

    /** Codes whose findings say "the reference does not know this entry": where data drift shows. */
    private static final Set<String> CATALOGUE_CODES = Set.of("INVALID_ACTION", "INVALID_SERVICE_IN_ACTION");

    /**
     * ValidatePolicy answers no findings for documents this long (non-space characters); AWS's own
     * cfn-policy-validator refuses to send them. Such answers say nothing about the checks.
     */
    static final int MAX_VALIDATED_CHARS = 32768;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path corpus;
    private final LocalAnalyzer analyzer;
    private final IamReference reference;

    public Conformance(Path corpus, LocalAnalyzer analyzer, IamReference reference) {
        this.corpus = corpus;
        this.analyzer = analyzer;
        this.reference = reference;
    }

    /** The policy texts of the corpus, by file name, in name order. */
    public static Map<String, String> policies(Path corpus) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(corpus.resolve("policies"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                out.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus at " + corpus, e);
        }
        return out;
    }

    /** Validates a policy text as ValidatePolicy would be asked to: verbatim, IDENTITY_POLICY. */
    public static PolicyUnit identityPolicy(String file, String text) {
        PolicyDocument document = PolicyDocument.of(new LocatedJsonParser().parse(text));
        return new PolicyUnit(file, "", PolicyType.IDENTITY_POLICY, null, document, SourceMapping.IDENTITY, List.of());
    }

    public Result run() {
        List<Item> matched = new ArrayList<>();
        List<Item> exact = new ArrayList<>();
        List<Item> fn = new ArrayList<>();
        List<Item> fp = new ArrayList<>();
        List<Item> drift = new ArrayList<>();
        List<String> notCompared = new ArrayList<>();
        Map<String, String> policies = policies(corpus);
        for (Map.Entry<String, String> policy : policies.entrySet()) {
            String file = policy.getKey();
            List<Item> expected = expected(file);
            if (expected.isEmpty() && nonSpaceLength(policy.getValue()) >= MAX_VALIDATED_CHARS) {
                notCompared.add(file);
                continue;
            }
            List<Item> actual = new ArrayList<>();
            for (Finding f : analyzer.analyze(identityPolicy(file, policy.getValue()))) {
                int start = f.locations().isEmpty()
                        ? 0
                        : f.locations().get(0).span().start().offset();
                int end = f.locations().isEmpty()
                        ? 0
                        : f.locations().get(0).span().end().offset();
                actual.add(new Item(file, keyOf(f), spansOf(f.locations()), f.findingDetails(), start, end));
            }
            for (Item e : expected) {
                Item a = removeFirst(actual, e.key());
                if (a == null) {
                    (isDrift(e, policy.getValue(), true) ? drift : fn).add(e);
                } else {
                    matched.add(e);
                    if (a.spans().equals(e.spans())) {
                        exact.add(e);
                    }
                }
            }
            for (Item a : actual) {
                (isDrift(a, policy.getValue(), false) ? drift : fp).add(a);
            }
        }
        return new Result(matched, exact, fn, fp, drift, policies.size() - notCompared.size(), notCompared);
    }

    private static int nonSpaceLength(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * An INVALID_ACTION / INVALID_SERVICE_IN_ACTION disagreement is drift when the two catalogues differ
     * on that very entry: we flag an entry AA accepted (the reference does not know it), or AA flagged an
     * entry the reference knows. Judged from the reference, never from a list of names.
     */
    private boolean isDrift(Item item, String text, boolean accessAnalyzerFlagged) {
        if (!CATALOGUE_CODES.contains(item.key().issueCode())
                || item.end() <= item.start() + 2
                || item.end() > text.length()) {
            return false;
        }
        String entry = text.substring(item.start() + 1, item.end() - 1);
        return accessAnalyzerFlagged == referenceKnows(entry);
    }

    /** Whether the bundled reference has an action the entry matches. */
    public boolean referenceKnows(String actionEntry) {
        return !ActionPattern.parse(actionEntry).matches(reference).isEmpty();
    }

    private List<Item> expected(String file) {
        Path path = corpus.resolve("expected").resolve(file);
        try {
            JsonNode findings = JSON.readTree(path.toFile());
            List<Item> out = new ArrayList<>();
            for (JsonNode f : findings) {
                List<String> paths = new ArrayList<>();
                List<String> spans = new ArrayList<>();
                for (JsonNode loc : f.get("locations")) {
                    List<String> elements = new ArrayList<>();
                    for (JsonNode el : loc.get("path")) {
                        Iterator<Map.Entry<String, JsonNode>> it = el.fields();
                        Map.Entry<String, JsonNode> e = it.next();
                        elements.add(e.getKey().charAt(0) + ":" + e.getValue().asText());
                    }
                    paths.add(String.join("/", elements));
                    JsonNode s = loc.get("span");
                    spans.add(span(
                            s.get("start").get("offset").asInt(),
                            s.get("end").get("offset").asInt(),
                            s.get("start").get("line").asInt(),
                            s.get("start").get("column").asInt(),
                            s.get("end").get("line").asInt(),
                            s.get("end").get("column").asInt()));
                }
                out.add(new Item(
                        file,
                        new Key(
                                f.get("findingType").asText(),
                                f.get("issueCode").asText(),
                                String.join(" | ", paths)),
                        String.join(", ", spans),
                        f.get("findingDetails").asText(),
                        first(f, "start"),
                        first(f, "end")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static int first(JsonNode finding, String which) {
        JsonNode locations = finding.get("locations");
        return locations.isEmpty()
                ? 0
                : locations.get(0).get("span").get(which).get("offset").asInt();
    }

    private static Key keyOf(Finding f) {
        List<String> paths = new ArrayList<>();
        for (Location l : f.locations()) {
            List<String> elements = new ArrayList<>();
            for (PathElement el : l.path().elements()) {
                if (el instanceof PathElement.Value v) {
                    elements.add("v:" + v.value());
                } else if (el instanceof PathElement.Index i) {
                    elements.add("i:" + i.index());
                } else if (el instanceof PathElement.Key k) {
                    elements.add("k:" + k.key());
                } else if (el instanceof PathElement.Substring s) {
                    elements.add("s:" + s.start() + "+" + s.length());
                }
            }
            paths.add(String.join("/", elements));
        }
        return new Key(f.findingType().name(), f.issueCode(), String.join(" | ", paths));
    }

    private static String spansOf(Collection<Location> locations) {
        return locations.stream()
                .map(l -> span(
                        l.span().start().offset(),
                        l.span().end().offset(),
                        l.span().start().line(),
                        l.span().start().column(),
                        l.span().end().line(),
                        l.span().end().column()))
                .collect(Collectors.joining(", "));
    }

    private static String span(int start, int end, int sl, int sc, int el, int ec) {
        return start + ".." + end + "(" + sl + ":" + sc + "-" + el + ":" + ec + ")";
    }

    private static Item removeFirst(List<Item> items, Key key) {
        for (Iterator<Item> it = items.iterator(); it.hasNext(); ) {
            Item i = it.next();
            if (i.key().equals(key)) {
                it.remove();
                return i;
            }
        }
        return null;
    }
}
