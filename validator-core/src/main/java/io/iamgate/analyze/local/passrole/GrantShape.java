package io.iamgate.analyze.local.passrole;

/**
 * How an Allow statement reaches a sensitive action and which resources it covers: the action named
 * exactly, by a wildcard (iam:*, iam:Pass*, *), or through a NotAction that does not exclude it; and the
 * resources as "*" or as a NotResource. Each pair is one Access Analyzer check.
 */
enum GrantShape {
    EXACT_ACTION_NOT_RESOURCE(ActionForm.EXACT, false),
    STAR_ACTION_NOT_RESOURCE(ActionForm.WILDCARD, false),
    NOT_ACTION_NOT_RESOURCE(ActionForm.NOT_ACTION, false),
    EXACT_ACTION_STAR_RESOURCE(ActionForm.EXACT, true),
    STAR_ACTION_STAR_RESOURCE(ActionForm.WILDCARD, true),
    NOT_ACTION_STAR_RESOURCE(ActionForm.NOT_ACTION, true);

    enum ActionForm {
        EXACT,
        WILDCARD,
        NOT_ACTION
    }

    final ActionForm actionForm;
    final boolean starResource;

    GrantShape(ActionForm actionForm, boolean starResource) {
        this.actionForm = actionForm;
        this.starResource = starResource;
    }
}
