package io.iamgate.analyze.local.passrole;

/**
 * The two actions whose unrestricted grant hands out more than it seems: iam:PassRole (give a service any
 * role, and so its permissions) and iam:CreateServiceLinkedRole (create roles for any service), each with
 * the condition key that narrows it to named services.
 */
enum SensitiveAction {
    PASS_ROLE("iam:PassRole", "iam:PassedToService"),
    CREATE_SLR("iam:CreateServiceLinkedRole", "iam:AWSServiceName");

    final String action;
    final String serviceKey;

    SensitiveAction(String action, String serviceKey) {
        this.action = action;
        this.serviceKey = serviceKey;
    }
}
