package io.iamgate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.analyze.Analyzer;
import io.iamgate.analyze.AnalyzerException;
import io.iamgate.analyze.RepositoryAnalyzer;
import io.iamgate.config.RunConfig;
import io.iamgate.extract.RawPolicyExtractor;
import io.iamgate.extract.cloudformation.CloudFormationExtractor;
import io.iamgate.load.InputError;
import io.iamgate.load.Limits;
import io.iamgate.model.Finding;
import io.iamgate.model.PolicyUnit;
import io.iamgate.principal.Principal;
import io.iamgate.principal.PrincipalModel;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The principal stage runs beside the per-policy analyses, yet a run's errors come in the order of the stages: the
 * model's, then the policies' (in the files' order), the repository checks', and the principal checks' last.
 */
class PrincipalStageOrderTest {

    @TempDir
    Path repo;

    private static final String TEMPLATE = """
            Resources:
              Ops:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument:
                    Version: '2012-10-17'
                    Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]
                  Policies:
                    - PolicyName: read
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: s3:GetObject, Resource: '*'}]
            """;

    private static final String POLICY = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}
            """;

    /** Fails on every policy, after a pause, so that the principal stage is done long before. */
    private static final Analyzer SLOW_FAILING = new Analyzer() {
        @Override
        public String name() {
            return "local";
        }

        @Override
        public List<Finding> analyze(PolicyUnit unit) throws AnalyzerException {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new AnalyzerException("policy check failed");
        }
    };

    private static final RepositoryAnalyzer FAILING_REPOSITORY = new RepositoryAnalyzer() {
        @Override
        public String name() {
            return "rego";
        }

        @Override
        public List<UnitFinding> analyzeRepository(List<PolicyUnit> units) throws AnalyzerException {
            throw new AnalyzerException("repository check failed");
        }

        @Override
        public List<UnitFinding> analyzePrincipals(List<Principal> principals) throws AnalyzerException {
            throw new AnalyzerException("principal check failed on " + principals.size());
        }
    };

    private Validator validator() {
        return new Validator(
                List.of(new CloudFormationExtractor(), new RawPolicyExtractor()),
                List.of(SLOW_FAILING),
                List.of(FAILING_REPOSITORY),
                Iamgate.toolInfo(),
                Limits.FILE_TIME_BUDGET,
                true);
    }

    private static List<String> errors(RunReport report) {
        return report.errors().stream().map(e -> e.file() + ": " + e.message()).toList();
    }

    @Test
    void principalCheckErrorsFollowThePoliciesAndTheRepositoryChecks() throws Exception {
        Files.writeString(repo.resolve("a.json"), POLICY);
        Files.writeString(repo.resolve("b-stack.yaml"), TEMPLATE);
        Files.writeString(repo.resolve("c.json"), POLICY);
        RunConfig config = RunConfig.builder(repo).paths(List.of(repo)).build();
        for (int i = 0; i < 5; i++) { // the same order whichever thread finishes first
            assertEquals(
                    List.of(
                            "a.json: local analyzer could not check the policy: policy check failed",
                            "b-stack.yaml: local analyzer could not check Resources.Ops.Properties"
                                    + ".AssumeRolePolicyDocument: policy check failed",
                            "b-stack.yaml: local analyzer could not check Resources.Ops.Properties.Policies[0]"
                                    + ".PolicyDocument: policy check failed",
                            "c.json: local analyzer could not check the policy: policy check failed",
                            "(repository): rego: repository check failed",
                            "(principals): rego: principal check failed on 1"),
                    errors(validator().run(config)));
        }
    }

    @Test
    void aFailedModelIsReportedBeforeThePolicies() throws Exception {
        Files.writeString(repo.resolve("a.json"), POLICY);
        RunConfig config = RunConfig.builder(repo).paths(List.of(repo)).build();
        List<PolicyUnit> units = Iamgate.modeller(config).run(config).policies().stream()
                .map(p -> p.unit())
                .toList();
        RunReport report = validator().run(config, units, () -> {
            throw new IllegalStateException("no model");
        });
        List<InputError> errors = report.errors();
        assertEquals(3, errors.size(), errors(report).toString());
        assertEquals("(principals)", errors.get(0).file());
        assertEquals(
                "the principal stage failed (java.lang.IllegalStateException: no model); roles, users and groups were "
                        + "not checked as wholes; please report this as an iamgate bug",
                errors.get(0).message());
        assertEquals("a.json", errors.get(1).file());
        assertEquals("(repository)", errors.get(2).file());
    }

    @Test
    void aRunWithoutPrincipalsRunsNoPrincipalCheck() throws Exception {
        Files.writeString(repo.resolve("a.json"), POLICY);
        RunConfig config = RunConfig.builder(repo).paths(List.of(repo)).build();
        RunReport report = validator().run(config);
        assertEquals(
                List.of(
                        "a.json: local analyzer could not check the policy: policy check failed",
                        "(repository): rego: repository check failed"),
                errors(report));
        assertEquals(PrincipalModel.EMPTY.principals(), report.principals());
    }
}
