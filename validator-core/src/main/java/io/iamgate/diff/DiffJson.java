package io.iamgate.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.iamgate.access.AccessEntry;
import io.iamgate.load.InputError;
import io.iamgate.report.RunReport;
import io.iamgate.report.SecretRedactor;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The diff as JSON (a contract: field names and order are fixed here and in docs/diff.md): {@code added} and
 * {@code removed} grants at action level, {@code principals} new, removed and renamed, {@code trust} changes,
 * {@code blocking} reasons, and the validation's totals. Strings from the repository are redacted as finding
 * details are.
 */
public final class DiffJson {

    private DiffJson() {}

    public static void write(AccessDiff diff, RunReport validation, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", validation.tool().name());
            g.writeStringField("version", validation.tool().version());
            g.writeStringField("iamReference", validation.tool().iamReference());
            g.writeEndObject();
            g.writeObjectFieldStart("base");
            text(g, "ref", diff.ref());
            g.writeStringField("commit", diff.commit());
            g.writeEndObject();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("changed", diff.changes().size());
            g.writeNumberField("added", diff.addedCount());
            g.writeNumberField("removed", diff.removedCount());
            g.writeNumberField("blocking", diff.blockingCount());
            g.writeNumberField("findings", validation.findingCount());
            g.writeNumberField("findingsBlocking", validation.blockingCount());
            g.writeNumberField("errors", validation.errors().size());
            g.writeEndObject();
            g.writeArrayFieldStart("added");
            for (SubjectChange c : diff.changes()) {
                for (SubjectChange.Access a : c.added()) {
                    access(g, c.subject(), a);
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("removed");
            for (SubjectChange c : diff.changes()) {
                for (SubjectChange.Access a : c.removed()) {
                    access(g, c.subject(), a);
                }
            }
            g.writeEndArray();
            g.writeObjectFieldStart("principals");
            principals(g, "new", diff, SubjectChange.Status.NEW);
            principals(g, "removed", diff, SubjectChange.Status.REMOVED);
            principals(g, "renamed", diff, SubjectChange.Status.RENAMED);
            g.writeEndObject();
            g.writeArrayFieldStart("trust");
            for (SubjectChange c : diff.changes()) {
                if (c.trust().isEmpty()) {
                    continue;
                }
                g.writeStartObject();
                subject(g, c.subject());
                strings(g, "added", c.trust().added());
                strings(g, "removed", c.trust().removed());
                g.writeBooleanField("nowAnyone", c.trust().nowAnyone());
                g.writeBooleanField("nowAnyGithubRepository", c.trust().nowAnyGithubRepository());
                strings(g, "newAccounts", c.trust().newAccounts());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("blocking");
            for (SubjectChange c : diff.changes()) {
                for (SubjectChange.Block b : c.blocks()) {
                    g.writeStartObject();
                    g.writeStringField("category", b.category().configName());
                    g.writeStringField("issueCode", b.issueCode());
                    subject(g, c.subject());
                    g.writeNumberField("line", b.site().line());
                    text(g, "reason", b.reason());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            strings(g, "notes", diff.notes());
            g.writeArrayFieldStart("errors");
            for (InputError e : validation.errors()) {
                g.writeStartObject();
                text(g, "file", e.file());
                text(g, "message", e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void principals(JsonGenerator g, String field, AccessDiff diff, SubjectChange.Status status)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (SubjectChange c : diff.changes()) {
            if (c.status() != status) {
                continue;
            }
            g.writeStartObject();
            subject(g, c.subject());
            g.writeNumberField("line", c.subject().line());
            if (status == SubjectChange.Status.RENAMED) {
                text(g, "previousName", c.base().name());
                text(g, "previousFile", c.base().file());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void subject(JsonGenerator g, Subject s) throws IOException {
        g.writeStringField("kind", s.kind());
        text(g, "name", s.name());
        text(g, "file", s.file());
    }

    private static void access(JsonGenerator g, Subject s, SubjectChange.Access a) throws IOException {
        AccessEntry e = a.entry();
        g.writeStartObject();
        subject(g, s);
        g.writeArrayFieldStart("actions");
        for (Map.Entry<String, List<String>> service : e.actions().byService().entrySet()) {
            for (String action : service.getValue()) {
                g.writeString(action);
            }
        }
        g.writeEndArray();
        text(g, "resource", e.resource());
        strings(g, "excludedResources", e.excluded());
        strings(g, "conditions", List.copyOf(e.conditions()));
        strings(g, "principals", List.copyOf(e.principals()));
        text(g, "policy", e.site().policy());
        g.writeNumberField("statement", e.site().statement());
        g.writeNumberField("line", e.site().line());
        g.writeNumberField("column", e.site().column());
        text(g, "note", a.note());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(SecretRedactor.redact(v));
        }
        g.writeEndArray();
    }

    private static void text(JsonGenerator g, String field, String value) throws IOException {
        g.writeStringField(field, SecretRedactor.redact(value));
    }
}
