package io.iamgate.analyze.local.custom;

import io.iamgate.analyze.aws.AwsSettings;
import io.iamgate.load.FileDiscovery;
import io.iamgate.load.RepositoryRoot;
import io.iamgate.model.PolicyUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the policy a unit must not exceed for the no-new-access check: the one reference policy file, or
 * the file at the same relative path under the baseline directory. In baseline-directory mode only raw
 * policy files are compared (a template's policies have no file of their own there), and a policy whose
 * counterpart does not exist is new: there is nothing to compare it with, so it is not checked.
 */
public final class ReferencePolicies {

    private final Path workingDirectory;
    private final Optional<Path> reference;
    private final Optional<Path> baselineDirectory;

    public ReferencePolicies(Path workingDirectory, AwsSettings.CustomChecks checks) {
        this.workingDirectory = workingDirectory;
        this.reference = checks.noNewAccessReference().map(workingDirectory::resolve);
        this.baselineDirectory = checks.noNewAccessBaselineDirectory().map(workingDirectory::resolve);
    }

    public boolean configured() {
        return reference.isPresent() || baselineDirectory.isPresent();
    }

    /** The reference text for this unit, if it has one; a configured file that cannot be read throws. */
    public Optional<String> referenceFor(PolicyUnit unit) throws IOException {
        Optional<Path> file = fileFor(unit);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        if (baselineDirectory.isPresent()
                && !RepositoryRoot.of(workingDirectory).contains(file.get())) {
            // The directory is checked when the configuration is read; the files in it are the repository's too.
            throw new IOException(
                    "the no-new-access reference policy " + file.get() + " " + FileDiscovery.OUTSIDE_ROOT);
        }
        try {
            return Optional.of(Files.readString(file.get(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException(
                    "cannot read the no-new-access reference policy " + file.get() + " ("
                            + e.getClass().getSimpleName() + "): fix customChecks.noNewAccess in the configuration",
                    e);
        }
    }

    Optional<Path> fileFor(PolicyUnit unit) {
        if (reference.isPresent()) {
            return reference;
        }
        if (baselineDirectory.isEmpty()
                || !unit.origin().isEmpty()
                || unit.file().startsWith("aws:")) {
            return Optional.empty();
        }
        Path relative = Path.of(unit.file());
        if (relative.isAbsolute()) {
            if (!relative.startsWith(workingDirectory)) {
                return Optional.empty();
            }
            relative = workingDirectory.relativize(relative);
        }
        Path counterpart = baselineDirectory.get().resolve(relative).normalize();
        return Files.isRegularFile(counterpart) ? Optional.of(counterpart) : Optional.empty();
    }
}
