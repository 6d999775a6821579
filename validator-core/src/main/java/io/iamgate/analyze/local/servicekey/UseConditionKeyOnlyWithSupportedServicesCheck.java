package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.action.ActionExpansions;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import io.iamgate.reference.Action;
import io.iamgate.reference.IamReference;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * aws:VpceAccount, aws:VpceOrgID and aws:VpceOrgPaths are in the request context only for some services;
 * a statement that also covers other services (a NotAction, "*", or their actions) denies or allows
 * those by a key that is never there.
 */
@CheckInfo(
        issueCode = "USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES",
        findingType = FindingType.WARNING,
        title = "Use condition key only with supported services",
        anchor = "general-warning-use-condition-key-only-with-supported-services")
public final class UseConditionKeyOnlyWithSupportedServicesCheck extends PolicyCheck implements ConditionCheck {

    private static final Set<String> SCOPED_KEYS = Set.of("aws:vpceaccount", "aws:vpceorgid", "aws:vpceorgpaths");

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        String key = condition.key();
        if (!SCOPED_KEYS.contains(key.toLowerCase(Locale.ROOT))) {
            return;
        }
        if (coversUnsupportedService(ctx, statement, key)) {
            out.report(finding(
                    "The condition key " + key + " works only with specific AWS services and must be "
                            + "scoped to supported services in your policies: list only actions of services that support it "
                            + "in this statement's Action.",
                    condition.keyLocation()));
        }
    }

    private static boolean coversUnsupportedService(CheckContext ctx, Statement statement, String key) {
        IamReference reference = ctx.reference();
        // The reference may not say which services put the key in the request context; then only what
        // surely spans services is judged: NotAction and a wildcard in the service part ("*").
        boolean listed = reference.services().stream().anyMatch(s -> s.supportsConditionKey(key));
        for (ElementEntry entry : statement.actionEntries()) {
            if (entry.isNegated()
                    || ActionExpansions.pattern(ctx, entry.value()).serviceHasWildcard()) {
                return true;
            }
            if (!listed) {
                continue;
            }
            List<Action> actions = ActionExpansions.actions(ctx, entry.value());
            String lastService = null;
            for (Action action : actions) {
                if (action.service().equals(lastService)) {
                    continue;
                }
                lastService = action.service();
                if (!reference.service(action.service()).orElseThrow().supportsConditionKey(key)) {
                    return true;
                }
            }
        }
        return false;
    }
}
