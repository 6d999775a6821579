package io.iamgate.principal;

import static io.iamgate.principal.PrincipalFixture.principal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.analyze.principals.AdministratorEquivalentPrincipalCheck;
import io.iamgate.config.RunConfig;
import io.iamgate.extract.ExtractOptions;
import io.iamgate.extract.Extraction;
import io.iamgate.extract.SourceFile;
import io.iamgate.extract.cdk.CdkAssemblyExtractor;
import io.iamgate.load.LoadedFile;
import io.iamgate.model.Location;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.ManagedPolicies;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.ReportedFinding;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The principals of a CDK cloud assembly, linked across its stacks by exports and nested stack parameters. */
class CdkAssemblyPrincipalsTest {

    private static final String MANIFEST = """
            {
              "version": "36.0.0",
              "artifacts": {
                "SharedStack": {
                  "type": "aws:cloudformation:stack",
                  "environment": "aws://123456789012/eu-west-1",
                  "properties": {"templateFile": "SharedStack.template.json"}
                },
                "AppStack": {
                  "type": "aws:cloudformation:stack",
                  "environment": "aws://123456789012/eu-west-1",
                  "properties": {"templateFile": "AppStack.template.json"}
                }
              }
            }
            """;

    /** Exports the ARN of a managed policy granting ACTIONS on everything. */
    private static final String SHARED = """
            {
              "Resources": {
                "SharedPolicy": {
                  "Type": "AWS::IAM::ManagedPolicy",
                  "Properties": {
                    "PolicyDocument": {"Version": "2012-10-17",
                      "Statement": [{"Effect": "Allow", "Action": "ACTIONS", "Resource": "*"}]}
                  },
                  "Metadata": {"aws:cdk:path": "SharedStack/SharedPolicy/Resource"}
                }
              },
              "Outputs": {
                "PolicyArn": {"Value": {"Ref": "SharedPolicy"}, "Export": {"Name": "Shared:PolicyArn"}}
              }
            }
            """;

    /** A role allowed everything but iam:Put*, which attaches the shared policy by its imported ARN. */
    private static final String APP = """
            {
              "Resources": {
                "DeployRole": {
                  "Type": "AWS::IAM::Role",
                  "Properties": {
                    "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                      "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
                    "Policies": [{"PolicyName": "most", "PolicyDocument": {"Version": "2012-10-17",
                      "Statement": [{"Effect": "Allow", "NotAction": "iam:Put*", "Resource": "*"}]}}],
                    "ManagedPolicyArns": [
                      {"Fn::ImportValue": "Shared:PolicyArn"}
                    ]
                  },
                  "Metadata": {"aws:cdk:path": "AppStack/DeployRole/Resource"}
                }
              }
            }
            """;

    @TempDir
    Path dir;

    private PrincipalModel assembly(String manifest, String... templates) throws Exception {
        Path out = Files.createDirectories(dir.resolve("cdk.out"));
        for (int i = 0; i < templates.length; i += 2) {
            Files.writeString(out.resolve(templates[i]), templates[i + 1]);
        }
        Files.writeString(out.resolve("manifest.json"), manifest);
        Extraction e = new CdkAssemblyExtractor()
                .extractAll(
                        new SourceFile(
                                new LoadedFile(out.resolve("manifest.json"), "cdk.out/manifest.json", manifest), false),
                        ExtractOptions.DETECT)
                .orElseThrow();
        return new PrincipalModelBuilder(IamReference.bundled(), ManagedPolicies.bundled())
                .build(e.stacks(), e.units());
    }

    @Test
    void importedManagedPolicyOfAnotherStackMakesTheRoleAnAdministrator() throws Exception {
        PrincipalModel m = assembly(
                MANIFEST,
                "SharedStack.template.json",
                SHARED.replace("ACTIONS", "iam:Put*"),
                "AppStack.template.json",
                APP);
        Principal role = principal(m, "DeployRole");
        assertEquals("cdk.out/AppStack.template.json", role.file());
        Attachment shared = role.policy("SharedPolicy").orElseThrow(() -> new AssertionError(role.policies()));
        assertEquals(AttachmentKind.CUSTOMER_MANAGED, shared.kind());
        assertEquals("SharedStack/SharedPolicy/Resource: Properties.PolicyDocument", shared.origin());
        assertEquals(11, shared.site().span().start().line(), "the ManagedPolicyArns entry in AppStack");
        assertTrue(role.unknownLinks().isEmpty(), role.unknownLinks().toString());
        assertTrue(role.administratorEquivalent());

        var finding = new AdministratorEquivalentPrincipalCheck().check(role).orElseThrow();
        assertEquals(
                List.of(3, 11),
                finding.locations().stream()
                        .map(Location::span)
                        .map(s -> s.start().line())
                        .toList());
        assertTrue(finding.details().contains("'SharedPolicy' (customer managed)"), finding.details());
    }

    @Test
    void aRunOverTheAssemblyReportsTheCrossStackAdministratorInTheRolesTemplate() throws Exception {
        assembly(
                MANIFEST,
                "SharedStack.template.json",
                SHARED.replace("ACTIONS", "iam:Put*"),
                "AppStack.template.json",
                APP);
        RunReport report =
                Iamgate.validate(RunConfig.builder(dir).paths(List.of(dir)).build());
        PolicyResult role = report.policies().stream()
                .filter(p -> p.unit().origin().equals("Resources.DeployRole"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(report));
        assertEquals("cdk.out/AppStack.template.json", role.unit().file());
        ReportedFinding f = role.findings().get(0);
        assertEquals("IAMGATE_PRINCIPAL_ADMINISTRATOR", f.finding().issueCode());
        assertEquals(3, f.line());
        assertTrue(f.blocking());
    }

    @Test
    void stacksOfSeparateAssembliesAreNotLinkedEvenByALiteralArn() throws Exception {
        String shared = SHARED.replace("ACTIONS", "iam:Put*")
                .replace("\"PolicyDocument\": {", "\"ManagedPolicyName\": \"shared-policy\", \"PolicyDocument\": {");
        String app = APP.replace(
                "{\"Fn::ImportValue\": \"Shared:PolicyArn\"}", "\"arn:aws:iam::123456789012:policy/shared-policy\"");
        // The same two templates in one assembly: the literal ARN names the other stack's policy.
        Principal together = principal(
                assembly(MANIFEST, "SharedStack.template.json", shared, "AppStack.template.json", app), "DeployRole");
        assertTrue(
                together.policy("shared-policy").isPresent(),
                together.policies().toString());

        Files.delete(dir.resolve("cdk.out/manifest.json"));
        for (String[] stack : new String[][] {{"shared.out", "SharedStack", shared}, {"app.out", "AppStack", app}}) {
            Path out = Files.createDirectories(dir.resolve(stack[0]));
            Files.writeString(out.resolve(stack[1] + ".template.json"), stack[2]);
            Files.writeString(out.resolve("manifest.json"), """
                    {"version": "36.0.0", "artifacts": {"%s": {"type": "aws:cloudformation:stack",
                      "properties": {"templateFile": "%s.template.json"}}}}
                    """.formatted(stack[1], stack[1]));
        }
        RunReport report = Iamgate.validate(RunConfig.builder(dir)
                .paths(List.of(dir.resolve("shared.out"), dir.resolve("app.out")))
                .build());
        Principal apart = report.principals().stream()
                .filter(p -> p.name().equals("DeployRole"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(report.principals()));
        assertEquals(
                List.of("most"), apart.policies().stream().map(Attachment::name).toList());
        assertEquals(
                List.of("ManagedPolicyArns"),
                apart.unknownLinks().stream().map(UnknownLink::element).toList());
        assertFalse(apart.administratorEquivalent());
    }

    @Test
    void importedPolicyThatAddsNoIamWriteLeavesTheTwinAnOrdinaryRole() throws Exception {
        PrincipalModel m = assembly(
                MANIFEST,
                "SharedStack.template.json",
                SHARED.replace("ACTIONS", "s3:Get*"),
                "AppStack.template.json",
                APP);
        Principal role = principal(m, "DeployRole");
        assertTrue(role.policy("SharedPolicy").isPresent(), role.policies().toString());
        assertFalse(role.administratorEquivalent());
        assertTrue(new AdministratorEquivalentPrincipalCheck().check(role).isEmpty());
    }

    @Test
    void anImportOfAnExportNoStackDefinesIsAnUnknownLink() throws Exception {
        PrincipalModel m = assembly(
                MANIFEST,
                "SharedStack.template.json",
                SHARED.replace("ACTIONS", "iam:Put*").replace("Shared:PolicyArn", "Other:PolicyArn"),
                "AppStack.template.json",
                APP);
        Principal role = principal(m, "DeployRole");
        assertTrue(role.policy("SharedPolicy").isEmpty());
        assertEquals(
                List.of("ManagedPolicyArns"),
                role.unknownLinks().stream().map(UnknownLink::element).toList());
        assertFalse(role.administratorEquivalent());
    }

    @Test
    void aPolicyOfANestedStackAttachedToTheParentsRoleByParameterLinksToThatRole() throws Exception {
        String manifest = """
                {"version": "36.0.0", "artifacts": {"Parent": {"type": "aws:cloudformation:stack",
                  "environment": "aws://123456789012/eu-west-1",
                  "properties": {"templateFile": "Parent.template.json"}}}}
                """;
        String parent = """
                {
                  "Resources": {
                    "Worker": {
                      "Type": "AWS::IAM::Role",
                      "Properties": {"AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": []}}
                    },
                    "Child": {
                      "Type": "AWS::CloudFormation::Stack",
                      "Properties": {"TemplateURL": "https://example.invalid/child.json",
                        "Parameters": {"WorkerName": {"Ref": "Worker"}}},
                      "Metadata": {"aws:asset:path": "Child.nested.template.json"}
                    }
                  }
                }
                """;
        String child = """
                {
                  "Parameters": {"WorkerName": {"Type": "String"}},
                  "Resources": {
                    "WorkerGrant": {
                      "Type": "AWS::IAM::Policy",
                      "Properties": {
                        "PolicyName": "everything",
                        "Roles": [{"Ref": "WorkerName"}],
                        "PolicyDocument": {"Version": "2012-10-17",
                          "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
                      }
                    }
                  }
                }
                """;
        PrincipalModel m = assembly(manifest, "Parent.template.json", parent, "Child.nested.template.json", child);
        Principal role = principal(m, "Worker");
        assertEquals(
                List.of("everything"),
                role.policies().stream().map(Attachment::name).toList());
        assertEquals(null, role.policies().get(0).site(), "the attachment is in another file than the role");
        assertTrue(role.administratorEquivalent());
    }
}
