package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.condition.ConditionKeys;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.ConditionOperator.Family;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import io.iamgate.reference.ConditionKey;
import io.iamgate.reference.ConditionKeyType;
import java.util.Optional;

/**
 * An operator of another type than the key's (StringEquals on the Boolean aws:ViaAWSService): IAM
 * compares the values as the operator's type, so the condition does not test what it reads.
 */
@CheckInfo(
        issueCode = "TYPE_MISMATCH",
        findingType = FindingType.WARNING,
        title = "Type mismatch",
        anchor = "general-warning-type-mismatch")
public final class TypeMismatchCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        ConditionOperator op = condition.operator();
        if (!op.isValid() || op.family() == Family.NULL) {
            return;
        }
        Optional<ConditionKey> definition = ConditionKeys.definition(ctx.reference(), condition.key());
        if (definition.isEmpty()) {
            return;
        }
        ConditionKeyType type = definition.get().type();
        if (OperatorTypes.fits(type, op.family())) {
            return;
        }
        boolean alsoAccepted = ConditionKeys.global(ctx.reference(), condition.key())
                .map(g -> g.alsoAccepts().stream().anyMatch(t -> OperatorTypes.fits(t, op.family())))
                .orElse(false);
        if (!alsoAccepted) {
            out.report(finding(
                    "Use the operator type " + OperatorTypes.allowedNames(type) + " instead of operator "
                            + OperatorTypes.operatorName(op.family()) + " for the condition key " + condition.key()
                            + ": the key's values are of type " + type.dataName() + " and " + op.text()
                            + " compares them as another type.",
                    condition.keyLocation()));
        }
    }
}
