package io.iamgate.diff;

import io.iamgate.access.AccessEntry;
import io.iamgate.report.SecretRedactor;
import io.iamgate.report.TerminalText;
import java.io.PrintWriter;

/** The diff for a terminal: one block per changed principal or policy; input shown escaped. */
public final class DiffText {

    private DiffText() {}

    public static void write(AccessDiff diff, PrintWriter out) {
        out.println("iamgate diff against " + shown(diff.ref()) + " (" + diff.commit() + "): "
                + diff.changes().size()
                + " changed, " + diff.addedCount() + " grant(s) added, " + diff.removedCount() + " removed, "
                + diff.blockingCount() + " blocking");
        for (SubjectChange c : diff.changes()) {
            Subject s = c.subject();
            out.println();
            out.println(shown(s.file()) + ":" + s.line() + ": " + shown(s.describe()) + " ("
                    + c.status().name().toLowerCase(java.util.Locale.ROOT)
                    + (c.status() == SubjectChange.Status.RENAMED
                            ? " from " + shown(c.base().describe()) + " in "
                                    + shown(c.base().file())
                            : "")
                    + ")");
            for (SubjectChange.Block b : c.blocks()) {
                out.println("  BLOCKS (" + b.category().configName() + ", line "
                        + b.site().line() + "): " + shown(b.reason()));
            }
            for (SubjectChange.Access a : c.added()) {
                out.println("  + " + line(a));
            }
            for (SubjectChange.Access a : c.removed()) {
                out.println("  - " + line(a));
            }
            c.trust().added().forEach(p -> out.println("  trust + " + shown(p)));
            c.trust().removed().forEach(p -> out.println("  trust - " + shown(p)));
        }
        diff.notes().forEach(n -> out.println("note: " + shown(n)));
        out.flush();
    }

    private static String line(SubjectChange.Access a) {
        AccessEntry e = a.entry();
        return String.join(", ", ActionsText.describe(e.actions(), io.iamgate.reference.IamReference.bundled(), 20))
                + " on " + shown(DiffMarkdown.resource(e))
                + (e.conditions().isEmpty() ? "" : " if " + shown(String.join(" and ", e.conditions())))
                + " (line " + e.site().line() + ")" + (a.note().isEmpty() ? "" : " [" + a.note() + "]");
    }

    private static String shown(String s) {
        return TerminalText.escape(SecretRedactor.redact(s));
    }
}
