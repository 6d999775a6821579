package io.iamgate.analyze.local;

import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.reference.IamReference;

/** What a check may know besides the node it is handed: the unit being validated and the IAM reference. */
public record CheckContext(PolicyUnit unit, IamReference reference) {

    public PolicyDocument document() {
        return unit.document();
    }

    public PolicyType policyType() {
        return unit.policyType();
    }

    /** validatePolicyResourceType: AWS::IAM::AssumeRolePolicyDocument for trust policies, else as given. */
    public String resourceType() {
        return unit.effectiveResourceType();
    }

    public boolean isTrustPolicy() {
        return unit.isTrustPolicy();
    }
}
