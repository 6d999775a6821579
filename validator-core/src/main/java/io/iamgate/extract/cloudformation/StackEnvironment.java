package io.iamgate.extract.cloudformation;

import io.iamgate.extract.TemplateValue;
import java.util.Map;

/**
 * What a template is resolved against: the pseudo parameters of the stack (placeholders that are well-formed
 * but recognisably fake, unless the deployment target is known, as in a CDK assembly) and the exports other
 * stacks make visible to {@code Fn::ImportValue}, and parameter and attribute values given from outside the
 * template.
 */
public record StackEnvironment(
        String accountId,
        String region,
        String partition,
        String stackName,
        Map<String, TemplateValue> exports,
        Map<String, TemplateValue> parameters,
        Map<String, TemplateValue> attributes) {

    public static final String PLACEHOLDER_ACCOUNT = "123456789012";
    public static final String PLACEHOLDER_REGION = "us-east-1";

    public StackEnvironment {
        exports = Map.copyOf(exports);
        parameters = Map.copyOf(parameters);
        attributes = Map.copyOf(attributes);
    }

    public static StackEnvironment placeholder(String stackName) {
        return new StackEnvironment(
                PLACEHOLDER_ACCOUNT, PLACEHOLDER_REGION, "aws", stackName, Map.of(), Map.of(), Map.of());
    }

    public String urlSuffix() {
        return region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    }

    public String stackId() {
        return "arn:" + partition + ":cloudformation:" + region + ":" + accountId + ":stack/" + stackName
                + "/00000000-0000-0000-0000-000000000000";
    }

    public StackEnvironment withExports(Map<String, TemplateValue> visible) {
        return new StackEnvironment(accountId, region, partition, stackName, visible, parameters, attributes);
    }

    /** Parameter values given from outside the template, by parameter name; they win over the defaults. */
    public StackEnvironment withParameters(Map<String, TemplateValue> values) {
        return new StackEnvironment(accountId, region, partition, stackName, exports, values, attributes);
    }

    /**
     * Attribute values known from outside the template, by {@code LogicalId.Attribute} (e.g. a nested
     * stack's {@code Outputs.Name}, read from the nested template).
     */
    public StackEnvironment withAttributes(Map<String, TemplateValue> values) {
        return new StackEnvironment(accountId, region, partition, stackName, exports, parameters, values);
    }
}
