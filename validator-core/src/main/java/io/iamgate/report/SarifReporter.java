package io.iamgate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.iamgate.load.InputError;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import io.iamgate.model.PolicyUnit;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one rule per issue code seen, one result per finding,
 * file URIs relative to the working directory under {@code %SRCROOT%}, and the errors that stopped files
 * from being checked as tool execution notifications (with {@code executionSuccessful: false}).
 *
 * <p>Levels: ERROR and SECURITY_WARNING are {@code error}, WARNING {@code warning}, SUGGESTION
 * {@code note}. {@code security-severity} (GitHub: 9+ critical, 7-8.9 high, 4-6.9 medium, below low):
 * SECURITY_WARNING 8.0 (the policy grants more than it should), ERROR 7.0 (the policy is invalid: it
 * fails to deploy or does not do what it says), WARNING 5.0, SUGGESTION 2.0.
 *
 * <p>partialFingerprints carry iamgate's own fingerprint ({@code iamgate/v1}, which survives reformatting)
 * and {@code primaryLocationLineHash}, a hash of the issue code and the flagged line's text without white
 * space plus its occurrence number in the file, so that uploads through the REST API de-duplicate too.
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/iamgate/iamgate";
    static final String SRCROOT = "%SRCROOT%";

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public void write(RunReport report, ReportContext context, Writer out) throws IOException {
        Map<String, Rule> rules = rules(report);
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            writeTool(g, report.tool(), rules);
            writeInvocation(g, report);
            g.writeArrayFieldStart("results");
            Map<String, Integer> lineHashOccurrences = new HashMap<>();
            for (PolicyResult p : report.policies()) {
                for (ReportedFinding rf : p.findings()) {
                    writeResult(g, p.unit(), rf, rules.get(rf.finding().issueCode()), lineHashOccurrences);
                }
            }
            g.writeEndArray();
            g.writeStringField("columnKind", "utf16CodeUnits");
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** A rule: its index in the driver's list, and the first finding that used it (for its texts). */
    private record Rule(int index, Finding example) {}

    private static Map<String, Rule> rules(RunReport report) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (PolicyResult p : report.policies()) {
            for (ReportedFinding rf : p.findings()) {
                rules.computeIfAbsent(rf.finding().issueCode(), code -> new Rule(rules.size(), rf.finding()));
            }
        }
        return rules;
    }

    private static void writeTool(JsonGenerator g, ToolInfo tool, Map<String, Rule> rules) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", tool.name());
        g.writeStringField("version", tool.version());
        g.writeStringField("semanticVersion", tool.version());
        g.writeStringField("informationUri", INFORMATION_URI);
        g.writeArrayFieldStart("rules");
        for (Map.Entry<String, Rule> e : rules.entrySet()) {
            writeRule(g, e.getKey(), e.getValue().example());
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeRule(JsonGenerator g, String code, Finding example) throws IOException {
        String title = title(code);
        String link = example.learnMoreLink();
        g.writeStartObject();
        g.writeStringField("id", code);
        g.writeStringField("name", pascalCase(code));
        text(g, "shortDescription", title);
        text(
                g,
                "fullDescription",
                title + ": IAM policy check " + code + ", finding type "
                        + example.findingType().name() + ".");
        if (!link.isEmpty()) {
            g.writeStringField("helpUri", link);
        }
        g.writeObjectFieldStart("help");
        g.writeStringField("text", title + "." + (link.isEmpty() ? "" : " Learn more: " + link));
        g.writeStringField(
                "markdown",
                "**" + title + "** (`" + code + "`)." + (link.isEmpty() ? "" : " [Learn more](" + link + ")"));
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(example.findingType()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        g.writeString("security");
        g.writeString("iam");
        g.writeString(example.findingType().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        g.writeEndArray();
        g.writeStringField("precision", "very-high");
        g.writeStringField("security-severity", securitySeverity(example.findingType()));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeInvocation(JsonGenerator g, RunReport report) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", report.errors().isEmpty());
        if (!report.errors().isEmpty()) {
            g.writeArrayFieldStart("toolExecutionNotifications");
            for (InputError e : report.errors()) {
                g.writeStartObject();
                g.writeStringField("level", "error");
                text(g, "message", e.file() + ": " + e.message());
                g.writeArrayFieldStart("locations");
                g.writeStartObject();
                g.writeObjectFieldStart("physicalLocation");
                writeArtifact(g, e.file());
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void writeResult(
            JsonGenerator g, PolicyUnit unit, ReportedFinding rf, Rule rule, Map<String, Integer> lineHashOccurrences)
            throws IOException {
        Finding f = rf.finding();
        FileRegion region = FileRegion.of(unit, rf);
        String origin = SecretRedactor.redact(unit.origin());
        g.writeStartObject();
        g.writeStringField("ruleId", f.issueCode());
        g.writeNumberField("ruleIndex", rule.index());
        g.writeStringField("level", level(f.findingType()));
        text(g, "message", f.findingDetails().isBlank() ? title(f.issueCode()) : f.findingDetails());
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        writeArtifact(g, unit.file());
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", region.startLine());
        g.writeNumberField("startColumn", region.startColumn());
        if (region.endLine().isPresent()) {
            g.writeNumberField("endLine", region.endLine().getAsInt());
            g.writeNumberField("endColumn", region.endColumn().getAsInt());
        }
        g.writeEndObject();
        g.writeEndObject();
        if (!origin.isEmpty()) {
            g.writeArrayFieldStart("logicalLocations");
            g.writeStartObject();
            g.writeStringField("fullyQualifiedName", origin);
            g.writeStringField("kind", "object");
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
        if (rf.suppressed()) {
            // Accepted by a suppression or the baseline: SARIF's own marker, so code scanning shows it as such.
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("status", "accepted");
            g.writeStringField("justification", rf.suppression().get().describe());
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("iamgate/v1", rf.fingerprint());
        String lineHash = lineHash(unit, rf);
        int occurrence = lineHashOccurrences.merge(unit.file() + "\0" + lineHash, 1, Integer::sum);
        g.writeStringField("primaryLocationLineHash", lineHash + ":" + occurrence);
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("findingType", f.findingType().name());
        g.writeStringField("policyType", unit.policyType().name());
        g.writeStringField("origin", origin);
        g.writeBooleanField("blocking", rf.blocking());
        g.writeStringField("analyzer", String.join(",", f.analyzers()));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeArtifact(JsonGenerator g, String file) throws IOException {
        g.writeObjectFieldStart("artifactLocation");
        boolean absolute = file.startsWith("/") || file.matches("^[A-Za-z]:/.*");
        g.writeStringField("uri", uri(file, absolute));
        if (!absolute) {
            g.writeStringField("uriBaseId", SRCROOT);
        }
        g.writeEndObject();
    }

    /**
     * A relative reference for files below the working directory, a file: URI otherwise. Every byte but
     * RFC 3986's unreserved characters and '/' is percent-encoded, so that a ':' in a file name cannot read
     * as a scheme.
     */
    static String uri(String file, boolean absolute) {
        StringBuilder sb = new StringBuilder(absolute ? "file://" + (file.startsWith("/") ? "" : "/") : "");
        for (byte b : file.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            boolean unreserved = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || c == '/';
            if (unreserved) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return sb.toString();
    }

    private static String lineHash(PolicyUnit unit, ReportedFinding rf) {
        String text = unit.document().text();
        int line = rf.finding().locations().isEmpty()
                ? 1
                : rf.finding().locations().get(0).span().start().line();
        String[] lines = text.split("\r\n|\r|\n", -1);
        String content = line - 1 < lines.length ? lines[line - 1].replaceAll("\\s+", "") : "";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((rf.finding().issueCode() + "\0" + content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    static String level(FindingType type) {
        return switch (type) {
            case ERROR, SECURITY_WARNING -> "error";
            case WARNING -> "warning";
            case SUGGESTION -> "note";
        };
    }

    static String securitySeverity(FindingType type) {
        return switch (type) {
            case SECURITY_WARNING -> "8.0";
            case ERROR -> "7.0";
            case WARNING -> "5.0";
            case SUGGESTION -> "2.0";
        };
    }

    /** PASS_ROLE_WITH_STAR_IN_RESOURCE -> "Pass role with star in resource". */
    static String title(String code) {
        String words = code.toLowerCase(Locale.ROOT)
                .replace('_', ' ')
                .replace('-', ' ')
                .trim();
        return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String pascalCase(String code) {
        StringBuilder sb = new StringBuilder();
        for (String part : code.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.length() == 0 ? code : sb.toString();
    }
}
