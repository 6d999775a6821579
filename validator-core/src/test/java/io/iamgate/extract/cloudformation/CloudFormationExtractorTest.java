package io.iamgate.extract.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.extract.ExampleRun;
import io.iamgate.extract.ExtractOptions;
import io.iamgate.extract.ExtractionException;
import io.iamgate.extract.SourceFile;
import io.iamgate.load.LoadedFile;
import io.iamgate.model.ElementPath;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudFormationExtractorTest {

    @TempDir
    java.nio.file.Path dir;

    private List<PolicyUnit> extract(String name, String text) throws Exception {
        return extractMaybe(name, text).orElseThrow(() -> new AssertionError("not recognised as a template"));
    }

    private Optional<List<PolicyUnit>> extractMaybe(String name, String text) throws Exception {
        java.nio.file.Path file = dir.resolve(name);
        Files.writeString(file, text);
        return new CloudFormationExtractor()
                .extract(new SourceFile(new LoadedFile(file, name, text), false), ExtractOptions.DETECT);
    }

    private static String role(String statements) {
        return "Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: {}\n"
                + "      Policies:\n        - PolicyName: p\n          PolicyDocument:\n            Version: '2012-10-17'\n"
                + "            Statement:\n" + statements;
    }

    private PolicyUnit inline(String header, String statements) throws Exception {
        List<PolicyUnit> units = extract("t.yaml", header + role(statements));
        return units.stream()
                .filter(u -> u.policyType() == PolicyType.IDENTITY_POLICY)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void subInBothFormsWithParametersPseudoParametersAttributesAndLiterals() throws Exception {
        PolicyUnit u = inline(
                "Parameters:\n  Prefix:\n    Type: String\n    Default: app\n",
                "              - Effect: Allow\n                Action: s3:GetObject\n                Resource:\n"
                        + "                  - !Sub 'arn:${AWS::Partition}:s3:::${Prefix}-${AWS::Region}/${!literal}'\n"
                        + "                  - !Sub ['arn:aws:s3:::${B}/*', {B: !Ref Prefix}]\n"
                        + "                  - !Sub '${R.Arn}'\n");
        assertEquals(
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", "
                        + "\"Resource\": [\"arn:aws:s3:::app-us-east-1/${literal}\", \"arn:aws:s3:::app/*\", "
                        + "\"arn:aws:iam::123456789012:role/r\"]}]}",
                u.document().text());
        assertEquals(List.of(), u.notes());
    }

    @Test
    void joinSelectSplitFindInMapAndGetAzs() throws Exception {
        PolicyUnit u = inline(
                "Mappings:\n  M:\n    us-east-1:\n      Bucket: mapped\n",
                "              - Effect: Allow\n                Action: s3:GetObject\n                Resource:\n"
                        + "                  - !Join [':', [arn, aws, s3, '', '', !FindInMap [M, !Ref AWS::Region, Bucket]]]\n"
                        + "                  - !Select [1, !Split [',', 'a,arn:aws:s3:::second']]\n"
                        + "                  - !Select [0, !GetAZs '']\n");
        assertTrue(
                u.document()
                        .text()
                        .contains("\"Resource\": [\"arn:aws:s3:::mapped\", \"arn:aws:s3:::second\", \"us-east-1a\"]"),
                u.document().text());
        assertEquals(List.of(), u.notes());
    }

    @Test
    void conditionsAreEvaluatedOnDefaultsAndNoValueRemovesTheElement() throws Exception {
        String header = "Parameters:\n  Env:\n    Type: String\n    Default: dev\n  Free:\n    Type: String\n"
                + "Conditions:\n  IsProd: !Equals [!Ref Env, prod]\n  IsDev: !Not [!Condition IsProd]\n"
                + "  Both: !And [!Condition IsDev, !Equals [a, a]]\n  FromFree: !Equals [!Ref Free, x]\n";
        PolicyUnit u = inline(
                header,
                "              - Effect: Allow\n                Action: s3:GetObject\n"
                        + "                Resource: !If [IsProd, 'arn:aws:s3:::prod', 'arn:aws:s3:::dev']\n"
                        + "                Sid: !If [Both, !Ref AWS::NoValue, keep]\n"
                        + "              - !If [IsProd, {Effect: Allow, Action: '*', Resource: '*'}, !Ref AWS::NoValue]\n"
                        + "              - Effect: Allow\n                Action: s3:PutObject\n"
                        + "                Resource: !If [FromFree, 'arn:aws:s3:::first', 'arn:aws:s3:::second']\n");
        assertEquals(
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", "
                        + "\"Resource\": \"arn:aws:s3:::dev\"}, {\"Effect\": \"Allow\", \"Action\": \"s3:PutObject\", "
                        + "\"Resource\": \"arn:aws:s3:::first\"}]}",
                u.document().text());
        assertEquals(1, u.notes().size(), u.notes().toString());
        assertTrue(u.notes().get(0).startsWith("Condition FromFree cannot be evaluated from parameter defaults"));
    }

    @Test
    void referencesToResourcesHaveTheShapeTheirTypeReturns() throws Exception {
        String t = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n  T:\n    Type: AWS::SNS::Topic\n"
                + "  K:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy:\n        Version: '2012-10-17'\n"
                + "        Statement:\n          - Effect: Allow\n            Principal: {AWS: !Sub 'arn:aws:iam::${AWS::AccountId}:root'}\n"
                + "            Action: kms:*\n            Resource: '*'\n"
                + "            Condition:\n              StringEquals:\n                a: !Ref Q\n                b: !Ref T\n"
                + "                c: !GetAtt Q.QueueName\n                d: !Ref K\n"
                + "  P:\n    Type: AWS::SQS::QueuePolicy\n    Properties:\n      Queues: [!Ref Q]\n      PolicyDocument:\n"
                + "        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n"
                + "            Principal: {Service: sns.amazonaws.com}\n            Action: sqs:SendMessage\n"
                + "            Resource: !Ref Q\n";
        List<PolicyUnit> units = extract("t.yaml", t);
        assertTrue(
                units.get(0)
                        .document()
                        .text()
                        .contains("{\"a\": \"https://sqs.us-east-1.amazonaws.com/123456789012/q\", "
                                + "\"b\": \"arn:aws:sns:us-east-1:123456789012:t\", \"c\": \"q\", "
                                + "\"d\": \"1234abcd-12ab-34cd-56ef-1234567890ab\"}"),
                units.get(0).document().text());
        // Ref to a queue where an ARN is expected: the queue's ARN, not its URL.
        assertTrue(units.get(1).document().text().contains("\"Resource\": \"arn:aws:sqs:us-east-1:123456789012:q\""));
    }

    @Test
    void unresolvableValuesBecomeWellFormedPlaceholdersWithNotes() throws Exception {
        PolicyUnit u = inline(
                "Parameters:\n  BucketArn:\n    Type: String\n",
                "              - Effect: Allow\n                Action: s3:GetObject\n                Resource:\n"
                        + "                  - !Ref BucketArn\n                  - !ImportValue shared-bucket-arn\n"
                        + "                  - '{{resolve:ssm:/app/bucket}}'\n"
                        + "              - Effect: Allow\n                Action: sqs:SendMessage\n"
                        + "                Resource: !GetAtt Custom.Arn\n");
        String text = u.document().text();
        assertTrue(
                text.contains("\"Resource\": [\"arn:aws:s3:::placeholder-bucketarn\", "
                        + "\"arn:aws:s3:::placeholder-shared-bucket-arn\", \"placeholder-ssm\"]"),
                text);
        assertTrue(text.contains("\"Resource\": \"arn:aws:sqs:us-east-1:123456789012:placeholder-custom-arn\""), text);
        assertEquals(4, u.notes().size(), u.notes().toString());
        assertTrue(u.notes().stream().anyMatch(n -> n.contains("Fn::ImportValue shared-bucket-arn")));
        assertTrue(u.notes().stream().anyMatch(n -> n.contains("{{resolve:ssm:/app/bucket}}")));
    }

    @Test
    void findingsMapToTheIntrinsicThatProducedTheValue() throws Exception {
        PolicyUnit u = inline(
                "",
                "              - Effect: Allow\n                Action: s3:GetObject\n"
                        + "                Resource: !Sub 'arn:aws:s3:::${AWS::Region}'\n");
        var position = u.sourceMapping()
                .filePosition(new Location(
                        ElementPath.ROOT.value("Statement").index(0).value("Resource"),
                        u.document().wholeDocument().span()));
        assertEquals(13, position.line());
        assertEquals(26, position.column());
        var key = u.sourceMapping()
                .filePosition(new Location(
                        ElementPath.ROOT.value("Statement").index(0).key("Action"),
                        u.document().wholeDocument().span()));
        assertEquals(12, key.line());
        assertEquals(16, key.column());
    }

    @Test
    void jsonTemplatesAndPolicyStringsAreRead() throws Exception {
        String json = "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\n"
                + " \"L\": {\"Type\": \"AWS::Logs::ResourcePolicy\", \"Properties\": {\"PolicyName\": \"x\",\n"
                + "  \"PolicyDocument\": \"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[]}\"}},\n"
                + " \"O\": {\"Type\": \"AWS::Organizations::Policy\", \"Properties\": {\"Type\": \"RESOURCE_CONTROL_POLICY\",\n"
                + "  \"Content\": {\"Version\": \"2012-10-17\", \"Statement\": []}}},\n"
                + " \"G\": {\"Type\": \"AWS::Organizations::Policy\", \"Properties\": {\"Type\": \"TAG_POLICY\",\n"
                + "  \"Content\": {\"tags\": {}}}},\n"
                + " \"D\": {\"Type\": \"AWS::DynamoDB::Table\", \"Properties\": {\"ResourcePolicy\": {\"PolicyDocument\":\n"
                + "  {\"Version\": \"2012-10-17\", \"Statement\": []}}}}}}\n";
        List<PolicyUnit> units = extract("t.json", json);
        assertEquals(3, units.size());
        assertEquals(
                "{\"Version\":\"2012-10-17\",\"Statement\":[]}",
                units.get(0).document().text());
        assertEquals(3, ExampleRun.line(units.get(0)));
        assertEquals(PolicyType.RESOURCE_CONTROL_POLICY, units.get(1).policyType());
        assertEquals(
                "Resources.D.Properties.ResourcePolicy.PolicyDocument",
                units.get(2).origin());
        assertEquals("AWS::DynamoDB::Table", units.get(2).resourceType());
    }

    @Test
    void malformedYamlOfATemplateIsAnErrorNamingTheLine() {
        ExtractionException e = assertThrows(
                ExtractionException.class,
                () -> extract(
                        "bad.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  R: [unclosed\n  S: 1\n"));
        assertTrue(e.getMessage().startsWith("CloudFormation template, line "), e.getMessage());
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void otherYamlIsNotATemplate() throws Exception {
        assertTrue(extractMaybe("workflow.yml", "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n")
                .isEmpty());
        assertTrue(extractMaybe("broken.yml", "a: [\n").isEmpty());
    }

    @Test
    void templatesOfACloudAssemblyAreLeftToTheCdkExtractor() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), "{\"name\": \"a browser extension\"}");
        String t =
                "{\"Resources\": {\"P\": {\"Type\": \"AWS::IAM::ManagedPolicy\", \"Properties\": {\"PolicyDocument\":"
                        + " {\"Version\": \"2012-10-17\", \"Statement\": []}}}}}";
        assertEquals(1, extract("Stack.template.json", t).size());
        Files.writeString(
                dir.resolve("manifest.json"),
                "{\"version\": \"36.0.0\", \"artifacts\": {\"S\": {\"type\": "
                        + "\"aws:cloudformation:stack\", \"properties\": {\"templateFile\": \"Stack.template.json\"}}}}");
        assertEquals(Optional.of(List.of()), extractMaybe("Stack.template.json", t));
        assertEquals(1, extract("Unlisted.template.json", t).size());
        assertEquals(1, extract("Other.json", t).size());
    }

    @Test
    void anAliasBombIsRefusedWithAClearMessage() {
        StringBuilder y =
                new StringBuilder("AWSTemplateFormatVersion: '2010-09-09'\nx0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            y.append("x").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            y.append("]\n");
        }
        ExtractionException e = assertThrows(ExtractionException.class, () -> extract("bomb.yaml", y.toString()));
        assertTrue(e.getMessage().contains("more than 1000000 nodes"), e.getMessage());
    }

    @Test
    void selfReferencesAndConditionCyclesEndInPlaceholders() throws Exception {
        String t = "Conditions:\n  A: !Condition B\n  B: !Condition A\nResources:\n  B:\n    Type: AWS::S3::Bucket\n"
                + "    Properties:\n      BucketName: !Ref B\n"
                + "  P:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      PolicyDocument:\n"
                + "        Version: '2012-10-17'\n        Statement:\n          - Effect: !If [A, Deny, Allow]\n"
                + "            Principal: '*'\n            Action: s3:GetObject\n            Resource: !GetAtt B.Arn\n";
        PolicyUnit u = extract("t.yaml", t).get(0);
        assertTrue(
                u.document().text().contains("\"Effect\": \"Deny\""),
                u.document().text());
        assertTrue(
                u.notes().stream().anyMatch(n -> n.startsWith("Condition A cannot be evaluated")),
                u.notes().toString());
        assertTrue(
                u.notes().stream().anyMatch(n -> n.contains("more than 64 deep")),
                u.notes().toString());
    }

    @Test
    void aBrokenJsonTemplateIsAnError() {
        ExtractionException e = assertThrows(
                ExtractionException.class,
                () -> extract("bad.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\",\n \"Resources\": {,}}"));
        assertTrue(e.getMessage().startsWith("CloudFormation template, line 2"), e.getMessage());
    }

    @Test
    void samInlinePolicyDocumentsAndLegacyEventBusPolicies() throws Exception {
        String t = "Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n"
                + "    Properties:\n      Policies:\n        - AWSLambdaExecute\n        - S3ReadPolicy: {BucketName: b}\n"
                + "        - Version: '2012-10-17'\n          Statement:\n            - Effect: Allow\n"
                + "              Action: s3:GetObject\n              Resource: '*'\n"
                + "  E:\n    Type: AWS::Events::EventBusPolicy\n    Properties:\n      StatementId: AllowOrg\n"
                + "      Action: events:PutEvents\n      Principal: '*'\n"
                + "      Condition: {Type: StringEquals, Key: aws:PrincipalOrgID, Value: o-abc123}\n";
        List<PolicyUnit> units = extract("sam.yaml", t);
        assertEquals(
                List.of(
                        "Resources.F.Properties.Policies[1].S3ReadPolicy",
                        "Resources.F.Properties.Policies[2]",
                        "Resources.E.Properties"),
                units.stream().map(PolicyUnit::origin).toList());
        assertEquals(9, ExampleRun.line(units.get(1)));
        assertTrue(
                units.get(2)
                        .document()
                        .text()
                        .contains("\"Principal\": \"*\", \"Action\": \"events:PutEvents\", "
                                + "\"Resource\": \"arn:aws:events:us-east-1:123456789012:event-bus/default\", \"Condition\": "
                                + "{\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-abc123\"}}"),
                units.get(2).document().text());
    }
}
