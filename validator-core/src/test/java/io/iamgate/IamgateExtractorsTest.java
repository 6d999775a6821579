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
        assertEquals(List.of(CdkAssemblyExtractor.class, CloudFormationExtractor.class, TerraformPlanExtractor.class,
                RawPolicyExtractor.class), Iamgate.extractors()
                .stream().map(Object::getClass).toList());
    }
}
