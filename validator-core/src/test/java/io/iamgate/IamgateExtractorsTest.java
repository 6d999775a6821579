package io.iamgate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.extract.RawPolicyExtractor;
import io.iamgate.extract.cdk.CdkAssemblyExtractor;
import io.iamgate.extract.cloudformation.CloudFormationExtractor;
import io.iamgate.extract.terraform.TerraformPlanExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

class IamgateExtractorsTest {

    /** A CDK manifest and a plan are JSON, and a template may be too: the specific kinds look first. */
    @Test
    void specificKindsComeBeforeRawPolicies() {
        assertEquals(
                List.of(
                        CdkAssemblyExtractor.class,
                        CloudFormationExtractor.class,
                        TerraformPlanExtractor.class,
                        io.iamgate.extract.terraform.TerraformSourceExtractor.class,
                        RawPolicyExtractor.class),
                Iamgate.extractors(io.iamgate.config.RunConfig.defaults(java.nio.file.Path.of("."), List.of())).stream()
                        .map(Object::getClass)
                        .toList());
    }
}
