package io.iamgate.report;

import io.iamgate.access.ActionSet;
import io.iamgate.access.EscalationPath;
import io.iamgate.access.Grant;
import io.iamgate.access.PolicyGrants;
import io.iamgate.principal.Attachment;
import io.iamgate.principal.Principal;
import io.iamgate.principal.UnknownLink;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code iamgate principals}: each principal's effective permissions for a person to read. Text from the
 * repository is redacted like finding details and shown with control characters replaced, so a name cannot
 * drive the terminal.
 */
public final class PrincipalsText {

    private static final int ACTIONS_SHOWN = 12;

    private PrincipalsText() {}

    public static void write(List<Principal> principals, Writer out) throws IOException {
        for (Principal p : principals) {
            out.write(safe(p.file()) + ":" + p.line() + ": " + p.kind().describe() + " " + safe(p.name())
                    + (p.arn().isEmpty() ? "" : " (" + safe(p.arn()) + ")") + "\n");
            if (p.kind() == io.iamgate.principal.PrincipalKind.ROLE
                    || p.kind() == io.iamgate.principal.PrincipalKind.PERMISSION_SET) {
                out.write("  can be assumed by: " + safe(p.trust().describe()) + "\n");
            }
            if (!p.groups().isEmpty()) {
                out.write("  groups: " + safe(String.join(", ", p.groups())) + "\n");
            }
            out.write("  policies:" + (p.policies().isEmpty() ? " none" : "") + "\n");
            for (Attachment a : p.policies()) {
                out.write("    " + describe(a) + "\n");
            }
            out.write("  permissions boundary: "
                    + p.boundary().map(PrincipalsText::describe).orElse("none") + "\n");
            out.write("  administrator-equivalent: " + (p.administratorEquivalent() ? "yes" : "no") + "\n");
            ActionSet unbounded = p.permissions().unboundedActions();
            out.write("  allowed on every resource without a limiting condition: "
                    + (unbounded.isEmpty() ? "nothing" : safe(String.join(", ", unbounded.describe(ACTIONS_SHOWN))))
                    + "\n");
            for (PolicyGrants policy : p.permissions().policies()) {
                for (Grant g : policy.grants()) {
                    if (g.allow() && g.resources().all() && g.conditions().isUnconditional()) {
                        continue; // already in the line above, unless a Deny or the boundary cut it
                    }
                    out.write("    " + (g.allow() ? "allow " : "deny ")
                            + safe(String.join(", ", g.actions().describe(ACTIONS_SHOWN))) + " on "
                            + safe(g.resources().describe())
                            + (g.conditions().keys().isEmpty()
                                    ? ""
                                    : " if "
                                            + safe(String.join(
                                                    ", ", g.conditions().keys()))
                                            + (g.conditions().limiting() ? "" : " (not limiting)"))
                            + " [" + safe(policy.policy()) + "]\n");
                }
            }
            for (EscalationPath e : p.escalationPaths()) {
                out.write("  escalation: " + e.method().method() + " ("
                        + String.join(" + ", e.method().actions()) + ") from " + safe(String.join(", ", e.policies()))
                        + "\n");
            }
            for (UnknownLink u : p.unknownLinks()) {
                out.write("  unknown " + u.element() + ": " + safe(u.value()) + ": " + safe(u.reason()) + "\n");
            }
            out.write("\n");
        }
        out.write("iamgate: " + principals.size() + " principal(s)\n");
        out.flush();
    }

    private static String describe(Attachment a) {
        String where = !a.origin().isEmpty() ? a.origin() : a.arn();
        return safe(a.name()) + " (" + a.kind().describe()
                + (where.isEmpty() ? "" : ", " + safe(where))
                + a.viaGroup().map(g -> ", from group " + safe(g)).orElse("")
                + (a.site() == null ? "" : ", line " + a.site().span().start().line()) + ")";
    }

    static String safe(String text) {
        String s = SecretRedactor.redact(text);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) ? '?' : c);
        }
        return sb.toString();
    }
}
