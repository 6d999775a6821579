package io.iamgate.extract;

import static io.iamgate.extract.HostileRepository.findings;
import static io.iamgate.extract.HostileRepository.policies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.report.RunReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Templates a pull request tries to hide from the gate are found and validated like plain ones. */
class HiddenTemplatesTest {

    @TempDir
    Path dir;

    /** A managed policy whose Effect is invalid, so that being validated shows as a finding. */
    private static final String POLICY_JSON = """
            {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": {"Version": "2012-10-17",
              "Statement": [{"Effect": "Alow", "Action": "*", "Resource": "*"}]}}}""";

    private static String template(String resources) {
        return "{\"Resources\": {" + resources + "}}";
    }

    private static String manifest(String... templateFiles) {
        StringBuilder artifacts = new StringBuilder();
        for (String file : templateFiles) {
            artifacts
                    .append(artifacts.length() == 0 ? "" : ", ")
                    .append("\"")
                    .append(file)
                    .append("\": {\"type\": ")
                    .append("\"aws:cloudformation:stack\", \"properties\": {\"templateFile\": \"")
                    .append(file)
                    .append("\"}}");
        }
        return "{\"version\": \"38.0.1\", \"artifacts\": {" + artifacts + "}}";
    }

    private RunReport run(HostileRepository repo) throws Exception {
        return repo.run();
    }

    @Test
    void escapedTemplateKeysAreDetectedAsTemplate() throws Exception {
        RunReport report = new HostileRepository(dir)
                .file("stack.json", "{\"Re\\u0073ources\": {\"P\": " + POLICY_JSON + "}}")
                .run();
        assertEquals(List.of("stack.json Resources.P.Properties.PolicyDocument"), policies(report));
        assertEquals(List.of("INVALID_EFFECT ERROR Statement[0].Effect blocking"), findings(report));
    }

    @Test
    void plainTemplateKeysAreDetectedAsTemplate() throws Exception {
        RunReport report = new HostileRepository(dir)
                .file("stack.json", template("\"P\": " + POLICY_JSON))
                .run();
        assertEquals(List.of("stack.json Resources.P.Properties.PolicyDocument"), policies(report));
    }

    @Test
    void escapedYamlResourceTypeIsDetectedAsTemplate() throws Exception {
        RunReport report = new HostileRepository(dir).file("stack.yaml", """
                Resources:
                  P:
                    Type: "\\x41WS::IAM::ManagedPolicy"
                    Properties:
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement:
                          - Effect: Alow
                            Action: '*'
                            Resource: '*'
                """).run();
        assertEquals(List.of("stack.yaml Resources.P.Properties.PolicyDocument"), policies(report));
        assertEquals(1, report.exitCode());
    }

    @Test
    void yamlThatIsNotATemplateStaysUnclaimed() throws Exception {
        RunReport report = new HostileRepository(dir)
                .file("workflow.yaml", "on: push\njobs: {}\n")
                .run();
        assertEquals(List.of(), policies(report));
        assertEquals(0, report.exitCode());
    }

    @Test
    void manifestThatOnlyMentionsStackStringDoesNotHideTemplates() throws Exception {
        RunReport report = new HostileRepository(dir)
                .file("out/manifest.json", "{\"note\": \"aws:cloudformation:stack\"}")
                .file("out/Stack.template.json", template("\"P\": " + POLICY_JSON))
                .run();
        assertEquals(List.of("out/Stack.template.json Resources.P.Properties.PolicyDocument"), policies(report));
        assertEquals(1, report.exitCode());
    }

    @Test
    void templateListedInARealManifestIsReadOnceThroughTheAssembly() throws Exception {
        RunReport report = new HostileRepository(dir)
                .file("out/manifest.json", manifest("Stack.template.json"))
                .file("out/Stack.template.json", template("\"P\": " + POLICY_JSON))
                .run();
        assertEquals(List.of("out/Stack.template.json Resources.P.Properties.PolicyDocument"), policies(report));
    }

    @Test
    void templateNotListedInManifestIsStillValidated() throws Exception {
        RunReport report = new HostileRepository(dir)
                .file("out/manifest.json", manifest("Listed.template.json"))
                .file("out/Listed.template.json", template("\"B\": {\"Type\": \"AWS::S3::Bucket\"}"))
                .file("out/Unlisted.template.json", template("\"P\": " + POLICY_JSON))
                .run();
        assertEquals(List.of("out/Unlisted.template.json Resources.P.Properties.PolicyDocument"), policies(report));
        assertEquals(1, report.exitCode());
    }

    @Test
    void nestedStackWithoutAssetPathIsValidated() throws Exception {
        RunReport report = new HostileRepository(dir)
                .file("out/manifest.json", manifest("Parent.template.json"))
                .file(
                        "out/Parent.template.json",
                        template("\"N\": {\"Type\": \"AWS::CloudFormation::Stack\", "
                                + "\"Properties\": {\"TemplateURL\": \"https://example.com/n.json\"}}"))
                .file("out/ParentN.nested.template.json", template("\"P\": " + POLICY_JSON))
                .run();
        assertEquals(
                List.of("out/ParentN.nested.template.json Resources.P.Properties.PolicyDocument"), policies(report));
        assertEquals(1, report.exitCode());
    }

    /** Also with the type spelled with a unicode escape, which the CDK extractor's nested-stack scan must not miss. */
    @ParameterizedTest
    @ValueSource(strings = {"AWS::CloudFormation::Stack", "AWS::CloudFormation::St\\u0061ck"})
    void nestedStackWithAssetPathIsValidatedOnceThroughItsParent(String type) throws Exception {
        RunReport report = new HostileRepository(dir)
                .file("out/manifest.json", manifest("Parent.template.json"))
                .file(
                        "out/Parent.template.json",
                        template("\"N\": {\"Type\": \"" + type + "\", "
                                + "\"Metadata\": {\"aws:asset:path\": \"ParentN.nested.template.json\"}, "
                                + "\"Properties\": {\"TemplateURL\": \"https://example.com/n.json\"}}"))
                .file("out/ParentN.nested.template.json", template("\"P\": " + POLICY_JSON))
                .run();
        assertEquals(
                List.of("out/ParentN.nested.template.json Resources.P.Properties.PolicyDocument"), policies(report));
    }

    /** Stack i nests stack i+1, {@code depth} levels below the manifest's stack; the last holds the policy. */
    private HostileRepository nested(int depth) throws Exception {
        HostileRepository repo = new HostileRepository(dir).file("out/manifest.json", manifest("S0.template.json"));
        for (int i = 0; i < depth; i++) {
            repo.file(
                    "out/S" + i + ".template.json",
                    template("\"N\": {\"Type\": \"AWS::CloudFormation::Stack\", "
                            + "\"Metadata\": {\"aws:asset:path\": \"S" + (i + 1) + ".template.json\"}, "
                            + "\"Properties\": {\"TemplateURL\": \"https://example.com/n.json\"}}"));
        }
        return repo.file("out/S" + depth + ".template.json", template("\"P\": " + POLICY_JSON));
    }

    @Test
    void deepNestingIsAnErrorNotSilence() throws Exception {
        RunReport report = nested(CloudAssemblyDepth.LIMIT + 1).run();
        assertEquals(2, report.exitCode());
        assertEquals(1, report.errors().size(), report.errors().toString());
        assertEquals("out/manifest.json", report.errors().get(0).file());
        assertTrue(
                report.errors()
                        .get(0)
                        .message()
                        .contains("out/S" + (CloudAssemblyDepth.LIMIT + 1) + ".template.json is nested more than"),
                report.errors().get(0).message());
    }

    @Test
    void nestingUpToTheLimitIsRead() throws Exception {
        RunReport report = nested(CloudAssemblyDepth.LIMIT).run();
        assertEquals(List.of(), report.errors());
        assertEquals(List.of("INVALID_EFFECT ERROR Statement[0].Effect blocking"), findings(report));
    }

    /** The limit the tests are written against. */
    private static final class CloudAssemblyDepth {
        static final int LIMIT = io.iamgate.extract.cdk.CloudAssembly.MAX_NESTING;
    }
}
