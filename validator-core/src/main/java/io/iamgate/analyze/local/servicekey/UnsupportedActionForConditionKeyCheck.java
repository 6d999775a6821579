package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.action.ActionExpansions;
import io.iamgate.analyze.local.condition.ConditionKeys;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import io.iamgate.reference.Action;
import io.iamgate.reference.ActionPattern;
import io.iamgate.reference.GlobalConditionKeys;
import io.iamgate.reference.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A service condition key next to actions of that service that do not support it (sts:TagSession with
 * cognito-identity.amazonaws.com:aud): the condition is not evaluated for them. Only literal actions
 * are judged, against the keys their service lists under another prefix (web identity and SAML keys of
 * sts); global keys are the tag checks' concern.
 */
@CheckInfo(
        issueCode = "UNSUPPORTED_ACTION_FOR_CONDITION_KEY",
        findingType = FindingType.ERROR,
        title = "Unsupported action for condition key",
        anchor = "error-unsupported-action-for-condition-key")
public final class UnsupportedActionForConditionKeyCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        String key = condition.key();
        if (GlobalConditionKeys.hasGlobalPrefix(key)
                || ConditionKeys.prefix(key).isEmpty()) {
            return;
        }
        List<ElementEntry> unsupported = new ArrayList<>();
        for (ElementEntry entry : statement.actionEntries()) {
            ActionPattern pattern = ActionExpansions.pattern(ctx, entry.value());
            if (entry.isNegated() || !pattern.isWellFormed() || pattern.hasWildcard()) {
                continue;
            }
            Optional<Action> action = ctx.reference().action(entry.value());
            if (action.isEmpty()) {
                continue;
            }
            Service service = ctx.reference().service(action.get().service()).orElseThrow();
            // Keys of the action's own service are left alone: Access Analyzer judges those by tables it has
            // not published, and the reference's per-action lists are not complete enough to stand in.
            boolean crossService = !ConditionKeys.prefix(key).equalsIgnoreCase(service.prefix());
            if (crossService
                    && service.supportsConditionKey(key)
                    && !ConditionKeys.actionSupports(service, action.get(), key)) {
                unsupported.add(entry);
            }
        }
        if (unsupported.isEmpty()) {
            return;
        }
        out.report(finding(
                "The following actions: "
                        + String.join(
                                ", ",
                                unsupported.stream().map(ElementEntry::value).toList())
                        + " are not supported by the condition key " + key + ". The condition will not be "
                        + "evaluated for these actions. We recommend that you move these actions to a different statement "
                        + "without this condition key.",
                ActionKeySupport.locations(unsupported, condition.valueLocation())));
    }
}
