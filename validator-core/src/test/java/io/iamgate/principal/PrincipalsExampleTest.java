package io.iamgate.principal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.config.RunConfig;
import io.iamgate.extract.ExampleRun;
import io.iamgate.gate.ExitCode;
import io.iamgate.report.RunReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** examples/principals through the default pipeline: the risky stack's expected findings, and its safe twin passing. */
class PrincipalsExampleTest {

    private static RunReport run(String path) throws Exception {
        return Iamgate.validate(RunConfig.defaults(ExampleRun.REPOSITORY, List.of(Path.of(path))));
    }

    /** "CODE@line" of the findings reported on a principal. */
    private static List<String> principalFindings(RunReport report, String origin) {
        return report.policies().stream()
                .filter(p -> p.unit().origin().equals(origin))
                .flatMap(p -> p.findings().stream())
                .map(f -> f.finding().issueCode() + "@" + f.line())
                .toList();
    }

    @Test
    void riskyStackReportsTheAdministratorOpenToTheOrganisationAndTheEscalationAcrossPolicies() throws Exception {
        RunReport report = run("examples/principals/risky");
        assertTrue(report.errors().isEmpty(), report.errors().toString());
        assertEquals(
                List.of("IAMGATE_PRINCIPAL_ADMINISTRATOR@11", "IAMGATE_PRINCIPAL_POWERFUL_AND_OPEN@11"),
                principalFindings(report, "Resources.DeployRole"));
        assertEquals(
                List.of("IAMGATE_PRINCIPAL_PRIVESC_ACROSS_POLICIES@29"),
                principalFindings(report, "Resources.BuilderRole"));
        assertEquals(ExitCode.BLOCKED, report.exitCode());
    }

    @Test
    void safeTwinDoesNotBlock() throws Exception {
        RunReport report = run("examples/principals/safe");
        assertTrue(report.errors().isEmpty(), report.errors().toString());
        assertEquals(
                ExitCode.PASSED,
                report.exitCode(),
                report.policies().stream()
                        .flatMap(p -> p.findings().stream()
                                .filter(f -> f.blocking())
                                .map(f -> p.unit().origin() + " " + f.finding().issueCode()))
                        .toList()
                        .toString());
        Principal builder = report.principals().stream()
                .filter(p -> p.name().equals("BuilderRole"))
                .findFirst()
                .orElseThrow();
        assertTrue(builder.escalationPaths().isEmpty());
        assertFalse(report.principals().stream().anyMatch(Principal::powerful));
    }
}
