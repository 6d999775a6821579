package io.iamgate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.iamgate.gate.BaselineEntry;
import io.iamgate.gate.SuppressionState;
import io.iamgate.gate.UnusedSuppression;
import io.iamgate.load.InputError;
import io.iamgate.load.Position;
import io.iamgate.model.Finding;
import io.iamgate.model.Location;
import io.iamgate.model.PathElement;
import io.iamgate.model.PolicyUnit;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report of DESIGN.md: a contract other tools read, so field names and order are fixed here
 * and nowhere else. {@code line} is 1-based and {@code column} 0-based, like span positions.
 */
public final class JsonReporter implements Reporter {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(RunReport report, ReportContext context, Writer out) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", report.tool().name());
            g.writeStringField("version", report.tool().version());
            g.writeStringField("iamReference", report.tool().iamReference());
            g.writeEndObject();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", report.files());
            g.writeNumberField("policies", report.policies().size());
            g.writeNumberField("findings", report.findingCount());
            g.writeNumberField("blocking", report.blockingCount());
            g.writeNumberField("notChecked", report.uncheckedCount());
            g.writeEndObject();
            g.writeArrayFieldStart("policies");
            for (PolicyResult p : report.policies()) {
                writePolicy(g, p);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("errors");
            for (InputError e : report.errors()) {
                g.writeStartObject();
                g.writeStringField("file", e.file());
                g.writeStringField("message", e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!report.staleBaselineEntries().isEmpty()) {
                // Baseline entries no finding matched any more: listed so the baseline can be pruned.
                g.writeArrayFieldStart("staleBaselineEntries");
                for (BaselineEntry e : report.staleBaselineEntries()) {
                    g.writeStartObject();
                    g.writeStringField("fingerprint", e.fingerprint());
                    g.writeStringField("file", e.file());
                    g.writeStringField("origin", e.origin());
                    g.writeStringField("issueCode", e.issueCode());
                    g.writeStringField("path", e.path());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (!report.unusedSuppressions().isEmpty()) {
                // Suppressions that accepted no finding: listed so they can be removed.
                g.writeArrayFieldStart("unusedSuppressions");
                for (UnusedSuppression u : report.unusedSuppressions()) {
                    g.writeStartObject();
                    g.writeStringField("declaredAt", u.declaredAt());
                    g.writeStringField("issueCode", u.issueCode());
                    g.writeStringField("resource", SecretRedactor.redact(u.resource()));
                    g.writeStringField("reason", SecretRedactor.redact(u.reason()));
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (!report.principals().isEmpty()) {
                PrincipalsJson.write(g, report.principals());
            }
            if (!report.organizationPolicies().isEmpty()) {
                PrincipalsJson.writeOrganizationPolicies(g, report.organizationPolicies());
            }
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writePolicy(JsonGenerator g, PolicyResult p) throws IOException {
        PolicyUnit unit = p.unit();
        g.writeStartObject();
        g.writeStringField("file", unit.file());
        g.writeStringField("origin", p.origin());
        g.writeStringField("policyType", unit.policyType().name());
        g.writeStringField("resourceType", unit.effectiveResourceType());
        if (unit.resource().name().isPresent()) {
            // The name a suppression's resource glob selects the policy by.
            g.writeStringField(
                    "resource", SecretRedactor.redact(unit.resource().name().get()));
        }
        g.writeArrayFieldStart("findings");
        for (ReportedFinding rf : p.findings()) {
            writeFinding(g, rf);
        }
        g.writeEndArray();
        if (!unit.notes().isEmpty()) {
            g.writeArrayFieldStart("notes");
            for (String note : unit.notes()) {
                g.writeString(note);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeFinding(JsonGenerator g, ReportedFinding rf) throws IOException {
        Finding f = rf.finding();
        g.writeStartObject();
        g.writeStringField("findingType", f.findingType().name());
        g.writeStringField("issueCode", f.issueCode());
        g.writeStringField("findingDetails", f.findingDetails());
        g.writeStringField("learnMoreLink", f.learnMoreLink());
        g.writeStringField("analyzer", String.join(",", f.analyzers()));
        g.writeBooleanField("blocking", rf.blocking());
        g.writeStringField("fingerprint", rf.fingerprint());
        g.writeNumberField("line", rf.line());
        g.writeNumberField("column", rf.column());
        g.writeArrayFieldStart("locations");
        for (Location l : f.locations()) {
            g.writeStartObject();
            g.writeArrayFieldStart("path");
            for (PathElement e : l.path().elements()) {
                writePathElement(g, e);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("span");
            writePosition(g, "start", l.span().start());
            writePosition(g, "end", l.span().end());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (rf.suppression().isPresent()) {
            writeSuppression(g, rf.suppression().get());
        }
        g.writeEndObject();
    }

    /**
     * Only when a suppression or the baseline speaks about the finding: {@code "suppressed"} when it
     * accepts it (the finding does not block), {@code "suppressionExpired"} when its date has passed.
     */
    private static void writeSuppression(JsonGenerator g, SuppressionState s) throws IOException {
        if (s.expired()) {
            g.writeObjectFieldStart("suppressionExpired");
            g.writeStringField("reason", s.reason());
            g.writeStringField("expiredOn", s.expires().map(Object::toString).orElse(null));
            g.writeEndObject();
            return;
        }
        g.writeObjectFieldStart("suppressed");
        g.writeStringField("by", s.by().label());
        g.writeStringField("reason", s.reason());
        if (s.expires().isPresent()) {
            g.writeStringField("expires", s.expires().get().toString());
        }
        g.writeEndObject();
    }

    static void writePathElement(JsonGenerator g, PathElement e) throws IOException {
        g.writeStartObject();
        if (e instanceof PathElement.Value v) {
            g.writeStringField("value", v.value());
        } else if (e instanceof PathElement.Index i) {
            g.writeNumberField("index", i.index());
        } else if (e instanceof PathElement.Key k) {
            g.writeStringField("key", k.key());
        } else if (e instanceof PathElement.Substring s) {
            g.writeObjectFieldStart("substring");
            g.writeNumberField("start", s.start());
            g.writeNumberField("length", s.length());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writePosition(JsonGenerator g, String name, Position p) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("line", p.line());
        g.writeNumberField("column", p.column());
        g.writeNumberField("offset", p.offset());
        g.writeEndObject();
    }
}
