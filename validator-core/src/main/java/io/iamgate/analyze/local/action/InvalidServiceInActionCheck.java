package io.iamgate.analyze.local.action;

import io.iamgate.analyze.local.ActionCheck;
import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import io.iamgate.reference.ActionPattern;
import io.iamgate.reference.Service;

/** An action whose service prefix (written without wildcards) is no service IAM knows: it grants nothing. */
@CheckInfo(
        issueCode = "INVALID_SERVICE_IN_ACTION",
        findingType = FindingType.ERROR,
        title = "Invalid service in action",
        anchor = "error-invalid-service-in-action")
public final class InvalidServiceInActionCheck extends PolicyCheck implements ActionCheck {

    @Override
    public void checkAction(CheckContext ctx, Statement statement, ElementEntry action, FindingSink out) {
        ActionPattern pattern = ActionExpansions.pattern(ctx, action.value());
        if (!pattern.isWellFormed() || pattern.serviceHasWildcard()) {
            return;
        }
        if (ctx.reference().service(pattern.servicePart()).isEmpty()) {
            // AWS puts the whole entry where its template says "service".
            String hint = NameSuggestion.closest(
                            pattern.servicePart(),
                            ctx.reference().services().stream()
                                    .map(Service::prefix)
                                    .toList())
                    .map(p -> " Did you mean " + p + "?")
                    .orElse("");
            out.report(finding(
                    "The service " + action.value() + " specified in the action does not exist." + hint
                            + " IAM knows no service with the prefix \"" + pattern.servicePart()
                            + "\": correct the prefix "
                            + "(see the Service Authorization Reference) or remove the entry.",
                    action.location()));
        }
    }
}
