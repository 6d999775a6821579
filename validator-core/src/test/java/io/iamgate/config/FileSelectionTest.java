package io.iamgate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.Iamgate;
import io.iamgate.model.PolicyType;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** include / exclude in discovery and policy type overrides in extraction, through the real pipeline. */
class FileSelectionTest {

    static final String POLICY = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
            + "\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}";

    @TempDir
    Path repo;

    @BeforeEach
    void files() throws Exception {
        for (String f : List.of(
                "a.json",
                "infra/b.json",
                "infra/generated/c.json",
                "scps/guard.json",
                "scps/sub/deny.json",
                "buckets/reports.json")) {
            Files.createDirectories(repo.resolve(f).getParent());
            Files.writeString(repo.resolve(f), POLICY);
        }
    }

    private String validated(RunConfig.Builder b) throws Exception {
        RunReport r = Iamgate.validate(b.paths(List.of(repo)).build());
        return r.policies().stream()
                .map(p -> p.unit().file() + "=" + p.unit().policyType()
                        + (p.unit().resourceType() == null ? "" : "/" + p.unit().resourceType()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void excludeSkipsFilesAndWholeDirectories() throws Exception {
        assertEquals(
                "a.json=IDENTITY_POLICY buckets/reports.json=IDENTITY_POLICY infra/b.json=IDENTITY_POLICY",
                validated(RunConfig.builder(repo).exclude(List.of("generated", "scps/**"))));
    }

    @Test
    void includeKeepsOnlyMatchingFiles() throws Exception {
        assertEquals(
                "infra/b.json=IDENTITY_POLICY infra/generated/c.json=IDENTITY_POLICY",
                validated(RunConfig.builder(repo).include(List.of("infra/**"))));
        assertEquals(
                "infra/b.json=IDENTITY_POLICY",
                validated(RunConfig.builder(repo).include(List.of("infra/**")).exclude(List.of("generated"))));
    }

    @Test
    void aFileNamedExplicitlyIsReadEvenWhenExcluded() throws Exception {
        RunReport r = Iamgate.validate(RunConfig.builder(repo)
                .paths(List.of(Path.of("infra/generated/c.json")))
                .exclude(List.of("generated"))
                .build());
        assertEquals(1, r.policies().size());
    }

    @Test
    void policyTypeOverridesApplyByFirstMatchingGlob() throws Exception {
        RunConfig.Builder b = RunConfig.builder(repo)
                .typeOverrides(List.of(
                        new TypeOverride("scps/sub/*.json", PolicyType.RESOURCE_CONTROL_POLICY, Optional.empty()),
                        new TypeOverride("scps/**", PolicyType.SERVICE_CONTROL_POLICY, Optional.empty()),
                        new TypeOverride(
                                "buckets/*.json", PolicyType.RESOURCE_POLICY, Optional.of("AWS::S3::Bucket"))));
        assertEquals(
                "a.json=IDENTITY_POLICY buckets/reports.json=RESOURCE_POLICY/AWS::S3::Bucket "
                        + "infra/b.json=IDENTITY_POLICY infra/generated/c.json=IDENTITY_POLICY "
                        + "scps/guard.json=SERVICE_CONTROL_POLICY scps/sub/deny.json=RESOURCE_CONTROL_POLICY",
                validated(b));
        assertEquals(
                6,
                validated(b.policyType(Optional.of(PolicyType.TRUST_POLICY))).split("TRUST_POLICY").length,
                "--policy-type wins over every override");
    }
}
