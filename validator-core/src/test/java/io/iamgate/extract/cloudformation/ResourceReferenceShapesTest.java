package io.iamgate.extract.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.Iamgate;
import io.iamgate.config.RunConfig;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Ref} and {@code Fn::GetAtt} of a template's resources give values of the shape CloudFormation documents
 * for their type, so that no check flags a value the template did not write. Seen wrong in
 * aws-samples/serverless-patterns: SAM resources as ARNs of a service "serverless" (95 false INVALID_SERVICE), an
 * endpoint's Ref as no VPC endpoint ID, AppSync and Batch Refs (ARNs) as bare names.
 */
class ResourceReferenceShapesTest {

    @TempDir
    Path repo;

    private RunReport run(String template) throws Exception {
        Files.writeString(repo.resolve("template.yaml"), template);
        return Iamgate.validate(RunConfig.builder(repo).paths(List.of(repo)).build());
    }

    @Test
    void samFunctionsStateMachinesTablesAndApisHaveTheArnsOfWhatTheTransformMakes() throws Exception {
        RunReport report = run("""
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Worker:
                    Type: AWS::Serverless::Function
                    Properties: {FunctionName: worker, Runtime: python3.12, Handler: app.handler, CodeUri: src/}
                  Flow:
                    Type: AWS::Serverless::StateMachine
                    Properties: {Name: flow, DefinitionUri: flow.asl.json}
                  Items:
                    Type: AWS::Serverless::SimpleTable
                  Api:
                    Type: AWS::Serverless::Api
                    Properties: {StageName: prod}
                  Events:
                    Type: AWS::Serverless::GraphQLApi
                    Properties: {SchemaUri: schema.graphql, Auth: {Type: AWS_IAM}}
                  CallerRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - {Effect: Allow, Principal: {Service: apigateway.amazonaws.com}, Action: sts:AssumeRole}
                      Policies:
                        - PolicyName: call
                          PolicyDocument:
                            Version: "2012-10-17"
                            Statement:
                              - Effect: Allow
                                Action: lambda:InvokeFunction
                                Resource: !GetAtt Worker.Arn
                              - Effect: Allow
                                Action: states:StartExecution
                                Resource: !Ref Flow
                              - Effect: Allow
                                Action: dynamodb:GetItem
                                Resource: !Sub "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${Items}"
                              - Effect: Allow
                                Action: execute-api:Invoke
                                Resource: !Sub "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*"
                              - Effect: Allow
                                Action: appsync:GraphQL
                                Resource: !Sub ${Events}/types/Mutation/*
                """);

        PolicyResult call = report.policies().stream()
                .filter(p -> p.origin().contains("Policies[0]"))
                .findFirst()
                .orElseThrow();
        String text = call.unit().document().text();
        for (String arn : List.of(
                "arn:aws:lambda:us-east-1:123456789012:function:worker",
                "arn:aws:states:us-east-1:123456789012:stateMachine:flow",
                "arn:aws:dynamodb:us-east-1:123456789012:table/items",
                "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/*",
                "arn:aws:appsync:us-east-1:123456789012:apis/events/types/Mutation/*")) {
            assertTrue(text.contains("\"" + arn + "\""), arn + " in " + text);
        }
        assertEquals(
                List.of(),
                call.findings().stream().map(f -> f.finding().issueCode()).toList());
    }

    @Test
    void theOutputOfANestedSamApplicationIsNotCheckedNotMadeUp() throws Exception {
        RunReport report = run("""
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  NetworkStack:
                    Type: AWS::Serverless::Application
                    Properties: {Location: network.yaml}
                  Api:
                    Type: AWS::ApiGateway::RestApi
                    Properties:
                      Name: private
                      Policy:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Deny
                            Principal: "*"
                            Action: execute-api:Invoke
                            Resource: !Sub arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:*/*
                            Condition:
                              StringNotEquals:
                                aws:sourceVpce: !Sub ${NetworkStack.Outputs.VpcEndpointId}
                """);

        PolicyResult api = report.policies().get(0);
        assertTrue(
                api.unit().notes().stream()
                        .anyMatch(n -> n.startsWith("Fn::GetAtt NetworkStack.Outputs.VpcEndpointId"
                                + " at line 19 is computed when the stack is deployed")),
                api.unit().notes().toString());
        assertTrue(
                api.findings().stream().anyMatch(f -> f.finding().issueCode().equals("IAMGATE_NOT_CHECKED")),
                api.findings().toString());
        assertTrue(
                !api.unit().document().text().contains("\"networkstack\""),
                api.unit().document().text());
    }

    @Test
    void endpointAppSyncBatchMqAndOpenSearchServerlessReferencesHaveTheirDocumentedShapes() throws Exception {
        RunReport report = run("""
                Resources:
                  Endpoint:
                    Type: AWS::EC2::VPCEndpoint
                    Properties: {ServiceName: com.amazonaws.us-east-1.s3, VpcId: vpc-0a1b2c3d}
                  Api:
                    Type: AWS::AppSync::GraphQLApi
                    Properties: {Name: api, AuthenticationType: AWS_IAM}
                  Jobs:
                    Type: AWS::Batch::JobDefinition
                    Properties: {Type: container}
                  Queue:
                    Type: AWS::Batch::JobQueue
                    Properties: {JobQueueName: work, Priority: 1, ComputeEnvironmentOrder: []}
                  Broker:
                    Type: AWS::AmazonMQ::Broker
                    Properties: {BrokerName: orders}
                  Search:
                    Type: AWS::OpenSearchServerless::Collection
                    Properties: {Name: search}
                  Worker:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Action: s3:GetObject
                            Resource: arn:aws:s3:::reports/*
                            Condition: {StringEquals: {aws:sourceVpce: !Ref Endpoint}}
                          - Effect: Allow
                            Action: appsync:GraphQL
                            Resource: !Sub ${Api}/types/Mutation/*
                          - Effect: Allow
                            Action: batch:SubmitJob
                            Resource: [!Ref Jobs, !Ref Queue]
                          - Effect: Allow
                            Action: mq:DescribeBroker
                            Resource: !GetAtt Broker.Arn
                          - Effect: Allow
                            Action: aoss:APIAccessAll
                            Resource: !GetAtt Search.Arn
                """);

        PolicyResult worker = report.policies().get(0);
        String text = worker.unit().document().text();
        for (String value : List.of(
                "vpce-0123456789abcdef0",
                "arn:aws:appsync:us-east-1:123456789012:apis/api/types/Mutation/*",
                "arn:aws:batch:us-east-1:123456789012:job-definition/jobs:1",
                "arn:aws:batch:us-east-1:123456789012:job-queue/work",
                "arn:aws:mq:us-east-1:123456789012:broker:orders:b-1234a5b6-78cd-901e-2fgh-3i45j6k178l9",
                "arn:aws:aoss:us-east-1:123456789012:collection/search")) {
            assertTrue(text.contains("\"" + value + "\""), value + " in " + text);
        }
        assertEquals(
                List.of(),
                worker.findings().stream().map(f -> f.finding().issueCode()).toList());
    }
}
