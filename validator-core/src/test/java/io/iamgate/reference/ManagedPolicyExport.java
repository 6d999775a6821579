package io.iamgate.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every AWS managed policy of the bundled snapshot as {@code DIR/<PolicyName>.json}, indented
 * as JavaScript's {@code JSON.stringify(document, null, 2)} does, for benchmarks and corpus runs that
 * validate each policy as a file. Offline: it reads the committed snapshot, so the files are exactly
 * what iamgate resolves an attachment to. Names are unique among AWS managed policies whatever their
 * path, and IAM's name syntax ({@code [\w+=,.@-]+}) has no path separator.
 *
 * <pre>
 * mvn -B -q -o -pl validator-core test-compile
 * java -cp validator-core/target/classes:validator-core/target/test-classes io.iamgate.reference.ManagedPolicyExport DIR
 * </pre>
 */
public final class ManagedPolicyExport {

    private ManagedPolicyExport() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println(
                    "usage: ManagedPolicyExport DIR (writes DIR/<PolicyName>.json for every AWS managed policy)");
            System.exit(2);
        }
        try {
            int n = export(ManagedPolicies.bundled(), Path.of(args[0]));
            System.err.println("wrote " + n + " AWS managed policies (data date "
                    + ManagedPolicies.bundled().dataDate() + ") to " + args[0]);
        } catch (IOException e) {
            System.err.println("ManagedPolicyExport: cannot write to " + args[0] + ": " + e);
            System.exit(2);
        }
    }

    /** Writes each policy to {@code dir/<name>.json}, creating {@code dir}; returns how many. */
    static int export(ManagedPolicies policies, Path dir) throws IOException {
        Files.createDirectories(dir);
        int n = 0;
        for (ManagedPolicy p : policies.all().toList()) {
            Files.writeString(dir.resolve(p.name() + ".json"), indented(p.document()) + "\n", StandardCharsets.UTF_8);
            n++;
        }
        return n;
    }

    /**
     * Compact JSON re-indented by two spaces per level, as {@code JSON.stringify(value, null, 2)}:
     * one member or element per line, {@code ": "} after a key, empty {@code {}} and {@code []} kept.
     */
    static String indented(String compact) {
        StringBuilder out = new StringBuilder(compact.length() * 2);
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(compact.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    inString = true;
                    out.append(c);
                }
                case '{', '[' -> {
                    char close = c == '{' ? '}' : ']';
                    if (i + 1 < compact.length() && compact.charAt(i + 1) == close) {
                        out.append(c).append(close);
                        i++;
                    } else {
                        out.append(c);
                        newline(out, ++depth);
                    }
                }
                case '}', ']' -> {
                    newline(out, --depth);
                    out.append(c);
                }
                case ',' -> {
                    out.append(c);
                    newline(out, depth);
                }
                case ':' -> out.append(": ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n').append("  ".repeat(depth));
    }
}
