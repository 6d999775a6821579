package io.iamgate.analyze.local.action;

import io.iamgate.analyze.local.ActionCheck;
import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import io.iamgate.reference.Action;
import io.iamgate.reference.ActionPattern;

/**
 * An action entry of a known service that names no action of it, or a wildcard pattern that matches
 * none: the entry grants (or denies) nothing, usually a typo. An entry that is not {@code service:action}
 * at all (no colon, two colons, an empty part) is one too. Unknown services are INVALID_SERVICE_IN_ACTION's.
 */
@CheckInfo(
        issueCode = "INVALID_ACTION",
        findingType = FindingType.ERROR,
        title = "Invalid action",
        anchor = "error-invalid-action")
public final class InvalidActionCheck extends PolicyCheck implements ActionCheck {

    @Override
    public void checkAction(CheckContext ctx, Statement statement, ElementEntry action, FindingSink out) {
        ActionPattern pattern = ActionExpansions.pattern(ctx, action.value());
        if (!pattern.isWellFormed()) {
            // "s3", "s3:Get:Object", "s3::x", "": IAM refuses these, and they name no action of any service.
            String shown = action.value().isEmpty() ? "\"\"" : action.value();
            out.report(finding(
                    "The action " + shown + " does not exist. An action is written service:action with "
                            + "exactly one colon and both parts non-empty (s3:GetObject, s3:Get*), or \"*\".",
                    action.location()));
            return;
        }
        if (pattern.isAll()) {
            return;
        }
        if (!pattern.serviceHasWildcard()
                && ctx.reference().service(pattern.servicePart()).isEmpty()) {
            return;
        }
        if (ActionExpansions.actions(ctx, action.value()).isEmpty()) {
            String hint = pattern.hasWildcard()
                    ? ""
                    : ctx.reference()
                            .service(pattern.servicePart())
                            .flatMap(s -> NameSuggestion.closest(
                                            pattern.actionPart(),
                                            s.actions().stream()
                                                    .map(Action::name)
                                                    .toList())
                                    .map(name -> " Did you mean " + s.prefix() + ":" + name + "?"))
                            .orElse("");
            out.report(finding(
                    "The action " + action.value() + " does not exist." + hint + " "
                            + (pattern.hasWildcard()
                                    ? "The pattern matches no action"
                                    : "No action of that name exists")
                            + " in the IAM reference of " + ctx.reference().date()
                            + ": correct the name (see the Service Authorization Reference) or remove the entry.",
                    action.location()));
        }
    }
}
