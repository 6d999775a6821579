package io.iamgate.access;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One privilege-escalation method: the actions that together let a principal gain more, and how. */
public record EscalationMethod(String issueCode, String method, List<String> actions, String how) {

    /** Service principals that take a passed role, where it is not {@code <prefix>.amazonaws.com}. */
    private static final Map<String, String> ROLE_TAKERS = Map.of(
            "ecs", "ecs-tasks.amazonaws.com",
            "apprunner", "tasks.apprunner.amazonaws.com",
            "datapipeline", "datapipeline.amazonaws.com",
            "bedrock-agentcore", "bedrock-agentcore.amazonaws.com");

    public EscalationMethod {
        actions = List.copyOf(actions);
    }

    /** The service the role is passed to in this method (for iam:PassedToService), or null without PassRole. */
    public String passedToService() {
        if (actions.stream().noneMatch(a -> a.equalsIgnoreCase("iam:PassRole"))) {
            return null;
        }
        for (String a : actions) {
            String prefix = a.substring(0, a.indexOf(':')).toLowerCase(Locale.ROOT);
            if (!prefix.equals("iam")) {
                return ROLE_TAKERS.getOrDefault(prefix, prefix + ".amazonaws.com");
            }
        }
        return null;
    }
}
