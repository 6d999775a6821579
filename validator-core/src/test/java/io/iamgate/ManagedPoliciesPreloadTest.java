package io.iamgate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The preload finds the AWS managed policies a template names, however it writes their ARNs. */
class ManagedPoliciesPreloadTest {

    private static List<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        ManagedPoliciesPreload.collect(text, out);
        return List.copyOf(out);
    }

    @Test
    void findsLiteralAndSubBuiltArnsWithAndWithoutAPath() {
        assertEquals(List.of("AdministratorAccess", "AWSLambdaBasicExecutionRole", "ReadOnlyAccess"), names("""
                        ManagedPolicyArns:
                          - arn:aws:iam::aws:policy/AdministratorAccess
                          - !Sub "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
                          - {"Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess"}
                          - arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess
                        """));
    }

    @Test
    void aNameLongerThanIamAllowsIsNotKept() {
        assertEquals(List.of(), names("arn:aws:iam::aws:policy/" + "A".repeat(129)));
        assertEquals(List.of("A".repeat(128)), names("arn:aws:iam::aws:policy/" + "A".repeat(128)));
    }

    @Test
    void aCustomerManagedPolicyIsNotOne() {
        assertEquals(List.of(), names("arn:aws:iam::123456789012:policy/AdministratorAccess"));
    }
}
