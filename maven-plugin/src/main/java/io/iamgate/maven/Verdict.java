package io.iamgate.maven;

import io.iamgate.load.InputError;
import io.iamgate.model.FindingType;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.ReportedFinding;
import io.iamgate.report.RunReport;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The build's outcome for a run, with the CLI's exit code semantics: anything that could not be checked
 * (exit 2) is a {@link MojoExecutionException}, blocking findings (exit 1) a {@link MojoFailureException}.
 */
final class Verdict {

    private Verdict() {}

    static void enforce(RunReport report, List<Path> reportFiles) throws MojoExecutionException, MojoFailureException {
        String where = reportFiles.isEmpty()
                ? ""
                : " Reports: " + reportFiles.stream().map(Path::toString).collect(Collectors.joining(", "));
        if (!report.errors().isEmpty()) {
            InputError first = report.errors().get(0);
            int n = report.errors().size();
            throw new MojoExecutionException("iamgate could not check everything: " + n + " error(s), the first in "
                    + first.file() + ": " + first.message()
                    + ". The gate does not pass on what it could not check; fix the input or the configuration."
                    + where);
        }
        long blocking = report.blockingCount();
        if (blocking > 0) {
            throw new MojoFailureException("iamgate found " + blocking + " blocking finding(s) ("
                    + FindingLog.countsByType(report, true) + ") in " + blockingFiles(report) + " file(s): "
                    + blockingCodes(report) + "." + where);
        }
    }

    /** "ERROR INVALID_EFFECT, MISSING_ACTION; SECURITY_WARNING PASS_ROLE_WITH_STAR_IN_RESOURCE". */
    static String blockingCodes(RunReport report) {
        Map<FindingType, Set<String>> codes = new EnumMap<>(FindingType.class);
        for (PolicyResult p : report.policies()) {
            for (ReportedFinding rf : p.findings()) {
                if (rf.blocking()) {
                    codes.computeIfAbsent(rf.finding().findingType(), t -> new TreeSet<>())
                            .add(rf.finding().issueCode());
                }
            }
        }
        return codes.entrySet().stream()
                .map(e -> e.getKey() + " " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static long blockingFiles(RunReport report) {
        return report.policies().stream()
                .filter(p -> p.blockingCount() > 0)
                .map(p -> p.unit().file())
                .distinct()
                .count();
    }
}
