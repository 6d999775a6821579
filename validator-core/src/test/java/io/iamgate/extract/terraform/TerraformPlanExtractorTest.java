package io.iamgate.extract.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.extract.ExtractOptions;
import io.iamgate.extract.SourceFile;
import io.iamgate.load.LoadedFile;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerraformPlanExtractorTest {

    private static Optional<List<PolicyUnit>> extract(String json) {
        return new TerraformPlanExtractor()
                .extract(
                        new SourceFile(new LoadedFile(Path.of("plan.json"), "plan.json", json), false),
                        ExtractOptions.DETECT);
    }

    private static String resource(String address, String type, String values) {
        return "{\"address\":\"" + address + "\",\"mode\":\"managed\",\"type\":\"" + type + "\",\"name\":\"x\","
                + "\"values\":" + values + ",\"future_field\":{\"nested\":[1,2]}}";
    }

    @Test
    void unknownFieldsAreIgnoredAndNestedModulesAreWalked() {
        String policy = "\"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Deny\\\","
                + "\\\"Action\\\":\\\"*\\\",\\\"Resource\\\":\\\"*\\\"}]}\"";
        String json = "{\"format_version\":\"1.2\",\"new_top_level\":true,\"planned_values\":{\"root_module\":{"
                + "\"child_modules\":[{\"address\":\"module.a\",\"child_modules\":[{\"address\":\"module.a.module.b\","
                + "\"resources\":["
                + resource(
                        "module.a.module.b.aws_organizations_policy.x[\\\"rcp\\\"]",
                        "aws_organizations_policy",
                        "{\"type\":\"RESOURCE_CONTROL_POLICY\",\"content\":" + policy + "}")
                + ","
                + resource(
                        "module.a.module.b.aws_organizations_policy.tag",
                        "aws_organizations_policy",
                        "{\"type\":\"TAG_POLICY\",\"content\":\"{}\"}")
                + ","
                + resource(
                        "module.a.module.b.aws_iam_role.r",
                        "aws_iam_role",
                        "{\"assume_role_policy\":" + policy + ",\"permissions_boundary\":\"arn:aws:iam::1:policy/b\","
                                + "\"inline_policy\":[]}")
                + "]}]}]}}}";
        List<PolicyUnit> units = extract(json).orElseThrow();
        assertEquals(
                List.of(
                        "module.a.module.b.aws_organizations_policy.x[\"rcp\"].content",
                        "module.a.module.b.aws_iam_role.r.assume_role_policy"),
                units.stream().map(PolicyUnit::origin).toList());
        assertEquals(PolicyType.RESOURCE_CONTROL_POLICY, units.get(0).policyType());
    }

    @Test
    void aPolicyUnknownAtPlanTimeWithoutConfigurationIsNotChecked() {
        String json = "{\"format_version\":\"1.2\",\"planned_values\":{\"root_module\":{\"resources\":["
                + resource("aws_iam_policy.p", "aws_iam_policy", "{\"name\":\"p\"}") + "]}},"
                + "\"resource_changes\":[{\"address\":\"aws_iam_policy.p\",\"change\":{\"after_unknown\":{\"policy\":true}}}]}";
        List<PolicyUnit> units = extract(json).orElseThrow();
        assertEquals(1, units.size());
        assertTrue(units.get(0).document().isUnknown());
        assertEquals("aws_iam_policy.p.policy", units.get(0).origin());
    }

    @Test
    void otherJsonIsNotAPlan() {
        assertTrue(
                extract("{\"format_version\":\"1.0\",\"provider_schemas\":{}}").isEmpty());
        assertTrue(extract("{\"Version\":\"2012-10-17\",\"Statement\":[]}").isEmpty());
    }

    @Test
    void anUnknownAttributeTheConfigurationDoesNotSetIsNoPolicy() {
        String changes = ",\"resource_changes\":[{\"address\":\"aws_sqs_queue.q\",\"change\":{\"after_unknown\":"
                + "{\"policy\":true}}},{\"address\":\"aws_sqs_queue.r\",\"change\":{\"after_unknown\":{\"policy\":true}}}]";
        String planned = "{\"format_version\":\"1.2\",\"planned_values\":{\"root_module\":{\"resources\":["
                + resource("aws_sqs_queue.q", "aws_sqs_queue", "{\"name\":\"q\"}") + ","
                + resource("aws_sqs_queue.r", "aws_sqs_queue", "{\"name\":\"r\"}") + "]}}" + changes;
        // q's configuration sets no policy: the provider computes one, there is nothing of the author's to check.
        // r is not described by the configuration section: listed as not checked.
        String json = planned + ",\"configuration\":{\"root_module\":{\"resources\":[{\"address\":\"aws_sqs_queue.q\","
                + "\"expressions\":{\"name\":{\"constant_value\":\"q\"}}}]}}}";
        List<PolicyUnit> units = extract(json).orElseThrow();
        assertEquals(
                List.of("aws_sqs_queue.r.policy"),
                units.stream().map(PolicyUnit::origin).toList());
        assertTrue(units.get(0).document().isUnknown());
    }
}
