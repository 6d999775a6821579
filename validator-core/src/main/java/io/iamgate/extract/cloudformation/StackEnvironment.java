package io.iamgate.extract.cloudformation;

import io.iamgate.extract.TemplateValue;
import java.util.Map;

/**
 * What a template is resolved against: the pseudo parameters of the stack (placeholders that are well-formed
 * but recognisably fake, unless the deployment target is known, as in a CDK assembly) and the exports other
 * stacks make visible to {@code Fn::ImportValue}.
 */
public record StackEnvironment(String accountId, String region, String partition, String stackName,
        Map<String, TemplateValue> exports) {

    public static final String PLACEHOLDER_ACCOUNT = "123456789012";
    public static final String PLACEHOLDER_REGION = "us-east-1";

    public StackEnvironment {
        exports = Map.copyOf(exports);
    }

    public static StackEnvironment placeholder(String stackName) {
        return new StackEnvironment(PLACEHOLDER_ACCOUNT, PLACEHOLDER_REGION, "aws", stackName, Map.of());
    }

    public String urlSuffix() {
        return region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    }

    public String stackId() {
        return "arn:" + partition + ":cloudformation:" + region + ":" + accountId + ":stack/" + stackName
                + "/00000000-0000-0000-0000-000000000000";
    }

    public StackEnvironment withExports(Map<String, TemplateValue> more) {
        return new StackEnvironment(accountId, region, partition, stackName, more);
    }
}
