package io.iamgate.diff;

import io.iamgate.access.ActionSet;
import io.iamgate.reference.IamReference;
import java.util.List;

/**
 * Added actions for a person to read: each action of a partial service (a wildcard shown as what it covers),
 * {@code service:*} for a whole one, and, when the set is nearly everything, {@code * except ...}: AdministratorAccess
 * added to a role that could already do one thing is "every action but that one", not 500 services.
 */
final class ActionsText {

    private ActionsText() {}

    static List<String> describe(ActionSet actions, IamReference reference, int limit) {
        if (actions.size() <= limit) {
            return actions.describe(limit);
        }
        ActionSet missing = ActionSet.all(reference).minus(actions);
        if (missing.size() <= limit && !missing.isEmpty()) {
            return List.of("* except " + String.join(", ", missing.describe(limit)));
        }
        return actions.describe(limit);
    }
}
