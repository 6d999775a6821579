package io.iamgate.diff;

import io.iamgate.Iamgate;
import io.iamgate.Validator;
import io.iamgate.config.FileSelection;
import io.iamgate.config.RunConfig;
import io.iamgate.load.FileDiscovery;
import io.iamgate.load.InputError;
import io.iamgate.load.Limits;
import io.iamgate.reference.IamReference;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code iamgate diff}: validates the working tree as {@code validate} does, reads the files that differ at the
 * base revision through git into a temporary directory outside the repository, builds that side's model with the
 * same extractors and principal stage (no analyzers: only what it grants matters), and compares the two. Files
 * whose content is the same on both sides (by git blob id) add nothing, so only the changed ones are modelled
 * twice; a cloud assembly counts as changed as a whole when one of its files is.
 */
public final class DiffRun {

    /** The validation report with the diff's blocking findings added, the validation alone, and the diff. */
    public record Outcome(RunReport report, RunReport validation, AccessDiff diff) {}

    private DiffRun() {}

    public static Outcome run(RunConfig config, String ref, String git) throws IOException, DiffException {
        Path cwd = config.workingDirectory().toAbsolutePath().normalize();
        GitRevision revision = GitRevision.resolve(git, cwd, ref);
        List<String> paths = new ArrayList<>();
        for (Path p : config.paths()) {
            Path abs = cwd.resolve(p).normalize();
            if (!abs.startsWith(cwd)) {
                throw new DiffException(p + ": iamgate diff compares paths inside the working directory only");
            }
            String rel = cwd.relativize(abs).toString().replace('\\', '/');
            paths.add(rel.isEmpty() ? "." : rel);
        }
        List<GitRevision.Entry> baseFiles = revision.files(paths);
        RunReport head = Iamgate.validate(config);

        FileSelection selection = FileSelection.of(config);
        FileDiscovery discovery = new FileDiscovery(cwd, selection::excluded);
        Map<String, Path> headFiles = new HashMap<>();
        for (FileDiscovery.Candidate c : discovery.discover(config.paths())) {
            if (c.explicit() || selection.included(c.displayPath())) {
                headFiles.put(c.displayPath(), c.path());
            }
        }
        Set<String> explicit = new HashSet<>(paths);
        Map<String, GitRevision.Entry> base = new HashMap<>();
        for (GitRevision.Entry e : baseFiles) {
            if (explicit.contains(e.path()) || selected(selection, e.path())) {
                base.put(e.path(), e);
            }
        }
        Set<String> changed = changed(headFiles, base);
        List<String> notes = new ArrayList<>();
        Path temp = Files.createTempDirectory("iamgate-diff-");
        try {
            RunReport before = baseReport(config, revision, base, changed, paths, temp, notes);
            for (InputError e : before.errors()) {
                notes.add(e.file() + " at " + ref + ": " + e.message() + "; what it grants now counts as new");
            }
            List<SubjectChange> changes =
                    new AccessDiffer(IamReference.bundled(), config.diff()).compare(head, before, changed::contains);
            AccessDiff diff = new AccessDiff(ref, revision.commit(), changes, notes);
            List<PolicyResult> policies = new ArrayList<>(head.policies());
            policies.addAll(DiffFindings.of(diff));
            RunReport merged = new RunReport(
                    head.tool(),
                    head.files(),
                    policies,
                    head.errors(),
                    head.staleBaselineEntries(),
                    head.principals(),
                    head.organizationPolicies());
            return new Outcome(merged, head, diff);
        } finally {
            deleteTree(temp);
        }
    }

    /** Whether discovery would read a file at this path: included, and neither it nor a folder above excluded. */
    private static boolean selected(FileSelection selection, String path) {
        if (!selection.included(path)) {
            return false;
        }
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
            if (selection.excluded(path.substring(0, i))) {
                return false;
            }
        }
        return true;
    }

    /** Paths whose content differs, or that only one side has; a cloud assembly's files all, if one of them does. */
    static Set<String> changed(Map<String, Path> head, Map<String, GitRevision.Entry> base) throws IOException {
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, Path> e : head.entrySet()) {
            GitRevision.Entry b = base.get(e.getKey());
            if (b == null || !b.blob().equals(blobId(e.getValue()))) {
                out.add(e.getKey());
            }
        }
        for (String p : base.keySet()) {
            if (!head.containsKey(p)) {
                out.add(p);
            }
        }
        Set<String> assemblies = new HashSet<>();
        for (String p : out) {
            String dir = parent(p);
            if (head.containsKey(dir + "manifest.json") || base.containsKey(dir + "manifest.json")) {
                assemblies.add(dir);
            }
        }
        if (!assemblies.isEmpty()) {
            Stream.concat(head.keySet().stream(), base.keySet().stream())
                    .filter(p -> assemblies.contains(parent(p)))
                    .forEach(out::add);
        }
        return out;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** Git's id of a file's content ({@code blob <size>\0<bytes>}); a file too large to read is "changed". */
    static String blobId(Path file) throws IOException {
        long size = Files.size(file);
        if (size > Limits.MAX_FILE_BYTES) {
            return "";
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + bytes.length + "\0").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return java.util.HexFormat.of().formatHex(sha1.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this Java runtime", e);
        }
    }

    /** The base side: the changed files of the revision written under {@code temp}, extracted and modelled. */
    private static RunReport baseReport(
            RunConfig config,
            GitRevision revision,
            Map<String, GitRevision.Entry> base,
            Set<String> changed,
            List<String> paths,
            Path temp,
            List<String> notes)
            throws IOException, DiffException {
        List<GitRevision.Entry> wanted = new ArrayList<>();
        for (String p : changed) {
            GitRevision.Entry e = base.get(p);
            if (e == null) {
                continue;
            }
            if (e.size() > Limits.MAX_FILE_BYTES) {
                notes.add(p + " at " + revision.commit() + " is " + e.size() + " bytes, larger than the "
                        + Limits.MAX_FILE_BYTES + "-byte limit, so it was not read; what it grants now counts as new");
            } else {
                wanted.add(e);
            }
        }
        Map<String, byte[]> contents = revision.read(
                wanted.stream().map(GitRevision.Entry::blob).distinct().toList());
        Path root = temp.toRealPath();
        for (GitRevision.Entry e : wanted) {
            Path target = root.resolve(e.path()).normalize();
            if (!target.startsWith(root) || target.equals(root)) {
                throw new DiffException(e.path() + " at " + revision.commit() + ": a path that leads outside the "
                        + "repository; iamgate does not read it");
            }
            Files.createDirectories(target.getParent());
            Files.write(target, contents.get(e.blob()));
        }
        List<Path> roots = new ArrayList<>();
        for (String p : paths) {
            Path r = root.resolve(p).normalize();
            if (Files.exists(r)) {
                roots.add(r);
            } else if (Files.isDirectory(config.workingDirectory().resolve(p)) || p.equals(".")) {
                Files.createDirectories(r);
                roots.add(r);
            }
        }
        if (roots.isEmpty()) {
            return new RunReport(Iamgate.toolInfo(), 0, List.of(), List.of());
        }
        RunConfig baseConfig = RunConfig.builder(root)
                .paths(roots)
                .include(config.include())
                .exclude(config.exclude())
                .policyType(config.policyType())
                .resourceType(config.resourceType())
                .typeOverrides(config.typeOverrides())
                .parameters(config.parameters())
                .threads(config.threads())
                .skipUnrecognized(true)
                .build();
        Validator modeller = Iamgate.modeller(baseConfig);
        return modeller.run(baseConfig);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
