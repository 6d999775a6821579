package io.iamgate.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.iamgate.access.EscalationPath;
import io.iamgate.model.Location;
import io.iamgate.principal.Attachment;
import io.iamgate.principal.OrganizationPolicy;
import io.iamgate.principal.Principal;
import io.iamgate.principal.UnknownLink;
import java.io.IOException;
import java.util.List;

/**
 * The {@code principals} section of the JSON report: each role, user and group of the run's templates with
 * its policies (origin or ARN), boundary, trust, whether it is administrator-equivalent, its escalation
 * paths and the links that could not be followed. Field names and order are part of the report contract.
 * Strings from the repository are redacted as finding details are.
 */
final class PrincipalsJson {

    private PrincipalsJson() {}

    static void write(JsonGenerator g, List<Principal> principals) throws IOException {
        g.writeArrayFieldStart("principals");
        for (Principal p : principals) {
            g.writeStartObject();
            text(g, "name", p.name());
            text(g, "kind", p.kind().name());
            text(g, "file", p.file());
            g.writeNumberField("line", p.line());
            text(g, "origin", p.origin());
            text(g, "arn", p.arn());
            g.writeArrayFieldStart("policies");
            for (Attachment a : p.policies()) {
                attachment(g, a);
            }
            g.writeEndArray();
            g.writeFieldName("boundary");
            if (p.boundary().isPresent()) {
                attachment(g, p.boundary().get());
            } else {
                g.writeNull();
            }
            g.writeObjectFieldStart("trust");
            text(g, "summary", p.trust().describe());
            strings(g, "principals", p.trust().principals());
            g.writeBooleanField("anyone", p.trust().anyone());
            g.writeBooleanField("anyGithubRepository", p.trust().anyGithubRepository());
            strings(g, "otherAccounts", p.trust().otherAccounts());
            g.writeEndObject();
            strings(g, "groups", p.groups());
            g.writeBooleanField("adminEquivalent", p.administratorEquivalent());
            g.writeArrayFieldStart("escalationPaths");
            for (EscalationPath e : p.escalationPaths()) {
                g.writeStartObject();
                text(g, "issueCode", e.method().issueCode());
                text(g, "method", e.method().method());
                strings(g, "actions", e.method().actions());
                strings(g, "policies", List.copyOf(e.policies()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("unknownLinks");
            for (UnknownLink u : p.unknownLinks()) {
                g.writeStartObject();
                text(g, "element", u.element());
                text(g, "value", u.value());
                text(g, "reason", u.reason());
                line(g, u.site());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * The {@code organizationPolicies} section: each SCP and RCP with the targets the repository names, the
     * accounts whose principals it was applied to, and what was assumed.
     */
    static void writeOrganizationPolicies(JsonGenerator g, List<OrganizationPolicy> policies) throws IOException {
        g.writeArrayFieldStart("organizationPolicies");
        for (OrganizationPolicy o : policies) {
            g.writeStartObject();
            text(g, "name", o.name());
            text(g, "policyType", o.type().name());
            text(g, "file", o.file());
            text(g, "origin", o.origin());
            strings(g, "targets", o.targets());
            g.writeBooleanField("applied", o.applied());
            strings(g, "appliedToAccounts", o.appliedToAccounts());
            text(g, "note", o.note());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void attachment(JsonGenerator g, Attachment a) throws IOException {
        g.writeStartObject();
        text(g, "name", a.name());
        text(g, "kind", a.kind().name());
        text(g, "origin", a.origin());
        text(g, "arn", a.arn());
        if (a.viaGroup().isPresent()) {
            text(g, "viaGroup", a.viaGroup().get());
        }
        line(g, a.site());
        g.writeEndObject();
    }

    private static void line(JsonGenerator g, Location site) throws IOException {
        if (site != null) {
            g.writeNumberField("line", site.span().start().line());
        }
    }

    /** Repository text, redacted like finding details, so a key pasted into a name does not leak. */
    private static void text(JsonGenerator g, String field, String value) throws IOException {
        g.writeStringField(field, SecretRedactor.redact(value));
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(SecretRedactor.redact(v));
        }
        g.writeEndArray();
    }
}
