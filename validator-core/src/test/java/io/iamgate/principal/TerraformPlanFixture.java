package io.iamgate.principal;

import io.iamgate.extract.ExtractOptions;
import io.iamgate.extract.Extraction;
import io.iamgate.extract.SourceFile;
import io.iamgate.extract.terraform.TerraformPlanExtractor;
import io.iamgate.load.LoadedFile;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.ManagedPolicies;
import java.nio.file.Path;

/** Builds `terraform show -json` plans for tests and their principal model, as a run does. */
final class TerraformPlanFixture {

    /** EC2 may assume the role. */
    static final String EC2_TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},
            "Action":"sts:AssumeRole"}]}""";

    private TerraformPlanFixture() {}

    /** A plan whose root module plans these resources, with these resource_changes and configuration resources. */
    static String plan(String resources, String changes, String configuration) {
        return """
                {"format_version":"1.2",
                 "planned_values":{"root_module":{"resources":[%s]}},
                 "resource_changes":[%s],
                 "configuration":{"root_module":{"resources":[%s]}}}
                """.formatted(resources, changes, configuration);
    }

    static String plan(String resources) {
        return plan(resources, "", "");
    }

    /** A planned managed resource, in a module when its address says so; {@code values} is a JSON object. */
    static String resource(String address, String values) {
        String[] parts = address.replaceAll("\\[[^\\]]*]$", "").split("\\.");
        String type = parts[parts.length - 2];
        String name = parts[parts.length - 1];
        return """
                {"address":"%s","mode":"managed","type":"%s","name":"%s","values":%s}
                """.formatted(address, type, name, values);
    }

    /** A policy document as the JSON string a plan holds it in. */
    static String json(String policy) {
        return "\"" + policy.replace("\n", "").replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** An identity policy allowing these actions on every resource. */
    static String allow(String... actions) {
        return json("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\""
                + String.join("\",\"", actions) + "\"],\"Resource\":\"*\"}]}");
    }

    static Extraction extract(String plan) {
        return new TerraformPlanExtractor()
                .extractAll(
                        new SourceFile(new LoadedFile(Path.of("plan.json"), "plan.json", plan), false),
                        ExtractOptions.DETECT)
                .orElseThrow();
    }

    static PrincipalModel model(String plan) {
        Extraction e = extract(plan);
        return new PrincipalModelBuilder(IamReference.bundled(), ManagedPolicies.bundled())
                .build(e.stacks(), e.plans(), e.units());
    }
}
