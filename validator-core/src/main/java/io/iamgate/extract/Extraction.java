package io.iamgate.extract;

import io.iamgate.extract.cloudformation.CloudFormationStack;
import io.iamgate.extract.terraform.TerraformPlan;
import io.iamgate.model.PolicyUnit;
import java.util.List;

/**
 * What one file gave: its policy units and, for a CloudFormation template, the template itself, from which
 * the principal stage links roles, users and groups to their policies; for a Terraform plan, the plan.
 */
public record Extraction(List<PolicyUnit> units, List<CloudFormationStack> stacks, List<TerraformPlan> plans) {

    public Extraction {
        units = List.copyOf(units);
        stacks = List.copyOf(stacks);
        plans = List.copyOf(plans);
    }

    public Extraction(List<PolicyUnit> units, List<CloudFormationStack> stacks) {
        this(units, stacks, List.of());
    }
}
