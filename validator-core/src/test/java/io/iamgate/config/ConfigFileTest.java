package io.iamgate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.aws.AwsSettings;
import io.iamgate.analyze.rego.RegoSettings;
import io.iamgate.model.FindingType;
import io.iamgate.model.PolicyType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    @TempDir
    Path dir;

    private RunConfig parse(String yaml) throws ConfigException {
        return ConfigFile.parse(yaml, ".iamgate.yml", dir, RunConfig.builder(dir));
    }

    /** As the invoker who passed --allow-config-endpoints reads it. */
    private RunConfig parseAllowingEndpoints(String yaml) throws ConfigException {
        return ConfigFile.parse(yaml, ".iamgate.yml", dir, RunConfig.builder(dir), true);
    }

    private String error(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void everyKeyIsReadIntoTheRunConfig() throws Exception {
        RunConfig c = parseAllowingEndpoints("""
                paths: [infra, policies]
                include: ["**/*.json", "**/*.yaml"]
                exclude:
                  - generated
                  - "**/*.test.json"
                policyTypes:
                  - glob: "scps/**"
                    policyType: SERVICE_CONTROL_POLICY
                  - glob: "buckets/*.json"
                    policyType: RESOURCE_POLICY
                    resourceType: AWS::S3::Bucket
                failOn: [ERROR, SECURITY_WARNING, WARNING]
                analyzers: [local, aws, rego]
                aws:
                  region: eu-west-1
                  profile: ci
                  endpoint: http://localhost:4566
                  maxRequestsPerSecond: 2.5
                  cache: false
                rego:
                  builtin: false
                  packs: [policies/rules]
                  opaUrl: http://localhost:8181
                customChecks:
                  actionsNotGranted: [iam:PassRole, "s3:Delete*"]
                  resourcesNotGranted: ["arn:aws:s3:::audit-logs/*"]
                  noPublicAccess: true
                  noNewAccess:
                    reference: reference/max.json
                suppressions:
                  - issueCode: PASS_ROLE_WITH_STAR_IN_RESOURCE
                    file: "legacy/**"
                    sid: LegacyDeploy
                    reason: replaced in Q3
                    expires: 2027-01-31
                  - issueCode: MISSING_VERSION
                    file: "*.json"
                    path: Version
                    reason: old files
                baseline: .iamgate-baseline.json
                terraformSource: infra
                """);
        assertEquals(List.of(dir.resolve("infra"), dir.resolve("policies")), c.paths());
        assertEquals(Optional.of(dir.resolve("infra")), c.terraformSource());
        assertEquals(List.of("**/*.json", "**/*.yaml"), c.include());
        assertEquals(List.of("generated", "**/*.test.json"), c.exclude());
        assertEquals(
                List.of(
                        new TypeOverride("scps/**", PolicyType.SERVICE_CONTROL_POLICY, Optional.empty()),
                        new TypeOverride("buckets/*.json", PolicyType.RESOURCE_POLICY, Optional.of("AWS::S3::Bucket"))),
                c.typeOverrides());
        assertEquals(
                Set.of(FindingType.ERROR, FindingType.SECURITY_WARNING, FindingType.WARNING),
                c.failOn().types());
        assertTrue(c.aws().enabled());
        assertEquals(Optional.of("eu-west-1"), c.aws().region());
        assertEquals(Optional.of("ci"), c.aws().profile());
        assertEquals(Optional.of(URI.create("http://localhost:4566")), c.aws().endpoint());
        assertEquals(2.5, c.aws().maxRequestsPerSecond());
        assertFalse(c.aws().cache());
        assertEquals(
                new RegoSettings(
                        false,
                        List.of(dir.resolve("policies/rules")),
                        Optional.of(URI.create("http://localhost:8181"))),
                c.rego());
        AwsSettings.CustomChecks cc = c.aws().customChecks();
        assertEquals(List.of("iam:PassRole", "s3:Delete*"), cc.actionsNotGranted());
        assertEquals(List.of("arn:aws:s3:::audit-logs/*"), cc.resourcesNotGranted());
        assertTrue(cc.noPublicAccess());
        assertEquals(Optional.of(dir.resolve("reference/max.json")), cc.noNewAccessReference());
        assertEquals(Optional.empty(), cc.noNewAccessBaselineDirectory());
        assertEquals(
                List.of(
                        new Suppression(
                                "PASS_ROLE_WITH_STAR_IN_RESOURCE",
                                "legacy/**",
                                Optional.of("LegacyDeploy"),
                                Optional.empty(),
                                "replaced in Q3",
                                Optional.of(LocalDate.of(2027, 1, 31)),
                                Optional.empty(),
                                ".iamgate.yml:31"),
                        new Suppression(
                                "MISSING_VERSION",
                                "*.json",
                                Optional.empty(),
                                Optional.of("Version"),
                                "old files",
                                Optional.empty(),
                                Optional.empty(),
                                ".iamgate.yml:36")),
                c.suppressions());
        assertEquals(Optional.of(dir.resolve(".iamgate-baseline.json")), c.baseline());
    }

    @Test
    void anEmptyFileGivesTheDefaults() throws Exception {
        RunConfig c = parse("# nothing configured yet\n");
        assertEquals(RunConfig.builder(dir).build(), c);
        assertEquals(FailOn.DEFAULT, c.failOn());
    }

    @Test
    void analyzersWithoutRegoTurnTheBuiltinPackOffAndAwsOn() throws Exception {
        RunConfig c = parse("analyzers: [local, aws]\n");
        assertTrue(c.aws().enabled());
        assertFalse(c.rego().builtinRules());
        assertFalse(parse("analyzers: local\n").aws().enabled());
    }

    @Test
    void failOnAcceptsACommaListAndNone() throws Exception {
        assertEquals(
                Set.of(FindingType.ERROR, FindingType.WARNING),
                parse("failOn: error, warning\n").failOn().types());
        assertEquals(Set.of(), parse("failOn: NONE\n").failOn().types());
    }

    @Test
    void errorsNameTheFileTheLineAndTheKey() {
        assertEquals(
                ".iamgate.yml:3: failOn: unknown finding type 'EROR' (did you mean 'ERROR'?) (expected ERROR, "
                        + "SECURITY_WARNING, WARNING, SUGGESTION, UNCHECKED, NONE, an issue code such as MISSING_VERSION or a code glob such as IAMGATE_PRIVESC_*)",
                error("paths: [.]\n\nfailOn: [EROR]\n"));
        assertEquals(
                ".iamgate.yml:2: unknown key 'exlcude' (did you mean 'exclude'?) (known keys: paths, include, "
                        + "exclude, policyTypes, failOn, analyzers, aws, rego, customChecks, suppressions, baseline, "
                        + "cloudformation, diff, terraformSource)",
                error("include: ['*.json']\nexlcude: [x]\n"));
        assertEquals(
                ".iamgate.yml:3: unknown key 'aws.regoin' (did you mean 'region'?) (known keys of aws: region, "
                        + "profile, endpoint, maxRequestsPerSecond, cache)",
                error("aws:\n  profile: x\n  regoin: eu-west-1\n"));
        assertTrue(
                error("unrelated: 1\n").startsWith(".iamgate.yml:1: unknown key 'unrelated' (known keys"),
                "no suggestion when nothing is close");
    }

    @Test
    void valuesOfTheWrongShapeAreRefused() {
        assertEquals(
                ".iamgate.yml:2: aws.region: 'Frankfurt' is not an AWS region name (e.g. us-east-1)",
                error("aws:\n  region: Frankfurt\n"));
        assertEquals(
                ".iamgate.yml:1: aws: expected a mapping of region, profile, endpoint, ...", error("aws: eu-west-1\n"));
        assertEquals(
                ".iamgate.yml:2: rego.builtin: expected true or false, not 'yes please'",
                error("rego:\n  builtin: yes please\n"));
        assertEquals(
                ".iamgate.yml:1: rego.opaUrl: 'localhost:8181' is not an http:// or https:// URL",
                error("rego: {opaUrl: 'localhost:8181'}\n"));
        assertEquals(
                ".iamgate.yml:3: policyTypes[0].policyType: unknown policy type 'IDENTIY' (expected "
                        + "IDENTITY_POLICY, RESOURCE_POLICY, SERVICE_CONTROL_POLICY, RESOURCE_CONTROL_POLICY or TRUST_POLICY)",
                error("policyTypes:\n  - glob: a\n    policyType: IDENTIY\n"));
        assertEquals(
                ".iamgate.yml:2: policyTypes[0].policyType: is required", error("policyTypes:\n  - glob: '*.json'\n"));
        assertEquals(".iamgate.yml:1: exclude: unclosed '{' in glob '*.{json'", error("exclude: ['*.{json']\n"));
        assertEquals(
                ".iamgate.yml:2: aws.maxRequestsPerSecond: expected a positive number, e.g. 5",
                error("aws:\n  maxRequestsPerSecond: -3\n"));
        assertEquals(
                ".iamgate.yml:1: analyzers: unknown analyzer 'opa' (expected local, aws or rego)",
                error("analyzers: [local, opa]\n"));
        assertEquals(
                ".iamgate.yml:3: customChecks.noNewAccess: give exactly one of 'reference' (a policy file) or "
                        + "'baselineDirectory' (a directory of reference policies)",
                error("customChecks:\n  noNewAccess:\n    reference: a.json\n    baselineDirectory: refs\n"));
        assertEquals(
                ".iamgate.yml:2: customChecks.actionsNotGranted: 'PassRole' is not an action (service:Action, "
                        + "e.g. iam:PassRole)",
                error("customChecks:\n  actionsNotGranted: [PassRole]\n"));
        assertEquals(
                ".iamgate.yml:1: analyzers: rego.packs are configured but 'rego' is not listed; add it or "
                        + "remove the packs",
                error("analyzers: [local]\nrego: {packs: [rules]}\n"));
    }

    @Test
    void aSuppressionMaySelectByResourceBesideOrInsteadOfFile() throws Exception {
        assertEquals(
                List.of(
                        new Suppression(
                                "IAMGATE_ADMIN_WILDCARD",
                                "infra/**",
                                Optional.empty(),
                                Optional.empty(),
                                "break glass",
                                Optional.empty(),
                                Optional.of("BreakGlassRole"),
                                ".iamgate.yml:2"),
                        new Suppression(
                                "*",
                                "**",
                                Optional.empty(),
                                Optional.empty(),
                                "generated by the CDK",
                                Optional.empty(),
                                Optional.of("LegacyStack/**"),
                                ".iamgate.yml:6")),
                parse("""
                        suppressions:
                          - issueCode: IAMGATE_ADMIN_WILDCARD
                            file: "infra/**"
                            resource: BreakGlassRole
                            reason: break glass
                          - issueCode: "*"
                            resource: "LegacyStack/**"
                            reason: generated by the CDK
                        """).suppressions());
        assertEquals(
                ".iamgate.yml:4: suppressions[0].resource: empty glob",
                error("suppressions:\n  - issueCode: MISSING_VERSION\n    reason: ok\n    resource: ''\n"));
    }

    @Test
    void suppressionsNeedAReasonAndAValidDate() {
        assertEquals(
                ".iamgate.yml:2: suppressions[0].reason: a suppression needs a reason: say why this finding is "
                        + "accepted",
                error("suppressions:\n  - issueCode: MISSING_VERSION\n    file: a.json\n"));
        assertEquals(
                ".iamgate.yml:5: suppressions[0].reason: a suppression needs a reason: say why this finding is "
                        + "accepted",
                error("suppressions:\n  - issueCode: MISSING_VERSION\n    file: a.json\n"
                        + "    # the reason must not be blank\n    reason: '  '\n"));
        assertEquals(
                ".iamgate.yml:5: suppressions[0].expires: '31/01/2027' is not a date (expected YYYY-MM-DD)",
                error("suppressions:\n  - issueCode: MISSING_VERSION\n    file: a.json\n    reason: ok\n"
                        + "    expires: 31/01/2027\n"));
        assertEquals(
                ".iamgate.yml:2: suppressions[0].issueCode: 'missing version' is not an issue code (upper case "
                        + "with underscores, e.g. PASS_ROLE_WITH_STAR_IN_RESOURCE)",
                error("suppressions:\n  - issueCode: missing version\n    file: a.json\n    reason: ok\n"));
        assertEquals(
                ".iamgate.yml:2: suppressions[0]: a suppression needs 'file' (a glob of files), 'resource' (a "
                        + "glob of CloudFormation logical IDs, Terraform addresses or CDK construct paths), or both",
                error("suppressions:\n  - issueCode: MISSING_VERSION\n    reason: ok\n"));
        assertEquals(
                ".iamgate.yml:4: unknown key 'suppressions[0].sids' (did you mean 'sid'?) (known keys of "
                        + "suppressions[0]: issueCode, file, resource, sid, path, reason, expires)",
                error(
                        "suppressions:\n  - issueCode: MISSING_VERSION\n    file: a.json\n    sids: [A]\n    reason: x\n"));
    }

    @Test
    void malformedYamlNamesTheLine() {
        String m = error("paths: [a, b\nfailOn: ERROR\n");
        assertTrue(m.startsWith(".iamgate.yml:"), m);
        assertTrue(m.contains("not valid YAML"), m);
        assertEquals(
                ".iamgate.yml:3: duplicate key 'failOn' (first on line 1)",
                error("failOn: ERROR\npaths: [.]\nfailOn: WARNING\n"));
        assertEquals(
                ".iamgate.yml:1: the configuration must be a mapping of keys (e.g. 'failOn: ERROR'), not a list",
                error("- failOn\n"));
        assertTrue(error("failOn: ERROR\n---\nfailOn: WARNING\n").contains("more than one YAML document"));
    }

    @Test
    void anAliasBombIsRefusedAtOnce() {
        // The "billion laughs": nine levels of nine aliases would expand to 10^9 values.
        StringBuilder yaml =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(p);
            }
            yaml.append("]\n");
        }
        String m = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> error(yaml.toString()));
        assertTrue(m.startsWith(".iamgate.yml:2: YAML aliases (*a) are not supported"), m);
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() {
        String deep = "paths: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        String m = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> error(deep));
        assertTrue(m.startsWith(".iamgate.yml:"), m);
    }

    @Test
    void theDefaultFileIsFoundInTheWorkingDirectoryAndAnExplicitOneMustExist() throws Exception {
        assertEquals(RunConfig.builder(dir).build(), ConfigFile.load(dir, Optional.empty()));
        Files.writeString(dir.resolve(".iamgate.yml"), "failOn: NONE\n");
        assertEquals(Set.of(), ConfigFile.load(dir, Optional.empty()).failOn().types());
        Files.writeString(dir.resolve("other.yml"), "failOn: [WARNING]\n");
        assertEquals(
                Set.of(FindingType.WARNING),
                ConfigFile.load(dir, Optional.of(Path.of("other.yml"))).failOn().types());
        assertEquals(
                "missing.yml: no such configuration file; check the --config path",
                assertThrows(ConfigException.class, () -> ConfigFile.load(dir, Optional.of(Path.of("missing.yml"))))
                        .getMessage());
        Files.writeString(dir.resolve("bad.yml"), "\n\nfailOn: [EROR]\n");
        assertTrue(assertThrows(ConfigException.class, () -> ConfigFile.load(dir, Optional.of(Path.of("bad.yml"))))
                .getMessage()
                .startsWith("bad.yml:3: failOn: unknown finding type 'EROR'"));
    }
}
