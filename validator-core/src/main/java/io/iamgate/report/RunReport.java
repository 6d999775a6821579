package io.iamgate.report;

import io.iamgate.extract.SourceFindings;
import io.iamgate.gate.BaselineEntry;
import io.iamgate.gate.ExitCode;
import io.iamgate.gate.UnusedSuppression;
import io.iamgate.load.InputError;
import io.iamgate.principal.OrganizationPolicy;
import io.iamgate.principal.Principal;
import java.util.List;

/**
 * Everything a run found: every validated policy (clean ones too), and every input or analyzer error.
 * Reporters render it; nothing in it depends on the output format. {@code staleBaselineEntries} are
 * entries of the baseline file that matched no finding of this run, listed so the file can be pruned;
 * {@code unusedSuppressions} likewise the suppressions (in the code or the configuration) that accepted none.
 */
public record RunReport(
        ToolInfo tool,
        int files,
        List<PolicyResult> policies,
        List<InputError> errors,
        List<BaselineEntry> staleBaselineEntries,
        List<Principal> principals,
        List<OrganizationPolicy> organizationPolicies,
        List<UnusedSuppression> unusedSuppressions) {

    public RunReport {
        unusedSuppressions = unusedSuppressions == null ? List.of() : List.copyOf(unusedSuppressions);
        policies = List.copyOf(policies);
        errors = List.copyOf(errors);
        staleBaselineEntries = staleBaselineEntries == null ? List.of() : List.copyOf(staleBaselineEntries);
        principals = principals == null ? List.of() : List.copyOf(principals);
        organizationPolicies = organizationPolicies == null ? List.of() : List.copyOf(organizationPolicies);
    }

    /** A report in which every suppression accepted a finding, or none could be judged. */
    public RunReport(
            ToolInfo tool,
            int files,
            List<PolicyResult> policies,
            List<InputError> errors,
            List<BaselineEntry> staleBaselineEntries,
            List<Principal> principals,
            List<OrganizationPolicy> organizationPolicies) {
        this(tool, files, policies, errors, staleBaselineEntries, principals, organizationPolicies, List.of());
    }

    /** A report without SCPs or RCPs. */
    public RunReport(
            ToolInfo tool,
            int files,
            List<PolicyResult> policies,
            List<InputError> errors,
            List<BaselineEntry> staleBaselineEntries,
            List<Principal> principals) {
        this(tool, files, policies, errors, staleBaselineEntries, principals, List.of());
    }

    /** A report without a principal model (no template, or principals not modelled). */
    public RunReport(
            ToolInfo tool,
            int files,
            List<PolicyResult> policies,
            List<InputError> errors,
            List<BaselineEntry> staleBaselineEntries) {
        this(tool, files, policies, errors, staleBaselineEntries, List.of());
    }

    /** A report of a run without a baseline. */
    public RunReport(ToolInfo tool, int files, List<PolicyResult> policies, List<InputError> errors) {
        this(tool, files, policies, errors, List.of());
    }

    public int findingCount() {
        return policies.stream().mapToInt(p -> p.findings().size()).sum();
    }

    /** Findings about policy elements iamgate could not see (placeholders, values known only after apply). */
    public long uncheckedCount() {
        return policies.stream()
                .flatMap(p -> p.findings().stream())
                .filter(rf -> rf.finding().issueCode().equals(SourceFindings.NOT_CHECKED))
                .count();
    }

    public long blockingCount() {
        return policies.stream().mapToLong(PolicyResult::blockingCount).sum();
    }

    /** 2 when anything could not be checked, else 1 when a finding blocks, else 0. */
    public int exitCode() {
        if (!errors.isEmpty()) {
            return ExitCode.ERROR;
        }
        return blockingCount() > 0 ? ExitCode.BLOCKED : ExitCode.PASSED;
    }
}
