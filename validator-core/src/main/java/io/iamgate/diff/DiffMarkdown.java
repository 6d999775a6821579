package io.iamgate.diff;

import io.iamgate.access.AccessEntry;
import io.iamgate.report.MarkdownText;
import io.iamgate.report.RunReport;
import io.iamgate.report.SecretRedactor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The diff as a pull-request comment a reviewer reads in ten seconds: one line that says whether it blocks, then a
 * table per principal or policy (access added and removed, with its line) under a heading that says why it blocks.
 * Blocking changes come first. Every string from the repository is encoded for Markdown ({@link MarkdownText}).
 */
public final class DiffMarkdown {

    static final int MAX_SUBJECTS = 100;
    static final int MAX_ROWS = 25;
    static final int MAX_ACTIONS = 12;

    private DiffMarkdown() {}

    public static String of(AccessDiff diff, RunReport validation) {
        StringBuilder md = new StringBuilder();
        md.append("## iamgate diff: access added since ")
                .append(MarkdownText.code(diff.ref()))
                .append(" (")
                .append(diff.commit(), 0, Math.min(12, diff.commit().length()))
                .append(")\n\n");
        long blocking = diff.blockingCount();
        if (blocking > 0) {
            md.append("**Blocks:** ")
                    .append(blocking)
                    .append(" reason(s) in ")
                    .append(diff.changes().stream()
                            .filter(SubjectChange::blocking)
                            .count())
                    .append(" principal(s) or policies; see below.\n\n");
        } else {
            md.append("**Does not block:** no added access falls in a blocking category.\n\n");
        }
        md.append(diff.changes().size())
                .append(" changed, ")
                .append(diff.addedCount())
                .append(" grant(s) added, ")
                .append(diff.removedCount())
                .append(" removed. Validation: ")
                .append(validation.findingCount())
                .append(" finding(s), ")
                .append(validation.blockingCount())
                .append(" blocking, ")
                .append(validation.errors().size())
                .append(" error(s).\n\n");
        List<SubjectChange> ordered = new ArrayList<>(diff.changes());
        ordered.sort(Comparator.comparing((SubjectChange c) -> !c.blocking()));
        int shown = 0;
        for (SubjectChange c : ordered) {
            if (shown++ == MAX_SUBJECTS) {
                md.append("… and ")
                        .append(ordered.size() - MAX_SUBJECTS)
                        .append(" more: see `iamgate diff --format json`.\n");
                break;
            }
            subject(md, c);
        }
        for (String note : diff.notes()) {
            md.append("> Note: ")
                    .append(MarkdownText.cell(SecretRedactor.redact(note)))
                    .append("\n\n");
        }
        return md.toString();
    }

    private static void subject(StringBuilder md, SubjectChange c) {
        Subject s = c.subject();
        md.append("### ")
                .append(c.blocking() ? "BLOCKS: " : "")
                .append(MarkdownText.cell(s.kind()))
                .append(' ')
                .append(MarkdownText.code(s.kind().equals(Subject.POLICY) ? s.describe() : s.name()))
                .append(" (")
                .append(status(c))
                .append(")")
                .append(s.describe().equals(s.file()) ? "" : " in " + MarkdownText.code(s.file()))
                .append("\n\n");
        for (SubjectChange.Block b : c.blocks()) {
            md.append("- **")
                    .append(b.category().description())
                    .append("** (line ")
                    .append(b.site().line())
                    .append("): ")
                    .append(MarkdownText.cell(SecretRedactor.redact(b.reason())))
                    .append('\n');
        }
        if (!c.blocks().isEmpty()) {
            md.append('\n');
        }
        if (!c.trust().isEmpty()) {
            TrustChange t = c.trust();
            md.append("Trust: ");
            if (!t.added().isEmpty()) {
                md.append("now assumable by ").append(codes(t.added()));
            }
            if (!t.removed().isEmpty()) {
                md.append(t.added().isEmpty() ? "" : "; ")
                        .append("no longer by ")
                        .append(codes(t.removed()));
            }
            md.append("\n\n");
        }
        if (c.added().isEmpty() && c.removed().isEmpty()) {
            if (c.status() == SubjectChange.Status.RENAMED) {
                md.append("Same access as before.\n\n");
            }
            return;
        }
        md.append("| | actions | resource | condition | ")
                .append(s.kind().equals(Subject.POLICY) ? "line" : "line, policy")
                .append(" |\n| --- | --- | --- | --- | --- |\n");
        int rows = 0;
        List<Object[]> all = new ArrayList<>();
        c.added().forEach(a -> all.add(new Object[] {"+ added", a}));
        c.removed().forEach(a -> all.add(new Object[] {"− removed", a}));
        for (Object[] row : all) {
            if (rows++ == MAX_ROWS) {
                md.append("| … | ").append(all.size() - MAX_ROWS).append(" more rows in the JSON report | | | |\n");
                break;
            }
            SubjectChange.Access a = (SubjectChange.Access) row[1];
            AccessEntry e = a.entry();
            md.append("| ")
                    .append(row[0])
                    .append(" | ")
                    .append(codes(ActionsText.describe(
                            e.actions(), io.iamgate.reference.IamReference.bundled(), MAX_ACTIONS)))
                    .append(" | ")
                    .append(MarkdownText.code(SecretRedactor.redact(resource(e))))
                    .append(" | ")
                    .append(e.conditions().isEmpty() ? "none" : codes(redacted(e.conditions())))
                    .append(a.note().isEmpty() ? "" : " (" + MarkdownText.cell(a.note()) + ")")
                    .append(" | ")
                    .append(
                            row[0].toString().startsWith("+")
                                    ? String.valueOf(e.site().line())
                                    : "")
                    .append(
                            s.kind().equals(Subject.POLICY) || e.site().policy().isEmpty()
                                    ? ""
                                    : " "
                                            + MarkdownText.code(SecretRedactor.redact(
                                                    e.site().policy())))
                    .append(" |\n");
        }
        md.append('\n');
    }

    static String resource(AccessEntry e) {
        return e.excluded().isEmpty() ? e.resource() : e.resource() + " except " + String.join(", ", e.excluded());
    }

    private static List<String> redacted(java.util.Collection<String> values) {
        return values.stream().map(SecretRedactor::redact).toList();
    }

    private static String codes(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.add(v.startsWith("... and ") ? MarkdownText.cell(v.substring(4)) : MarkdownText.code(v));
        }
        return String.join(", ", out);
    }

    private static String status(SubjectChange c) {
        return switch (c.status()) {
            case NEW -> "new";
            case REMOVED -> "removed";
            case CHANGED -> "changed";
            case RENAMED ->
                "renamed from " + MarkdownText.cell(c.base().describe()) + " in "
                        + MarkdownText.code(c.base().file());
        };
    }
}
