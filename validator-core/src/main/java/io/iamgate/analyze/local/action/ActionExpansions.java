package io.iamgate.analyze.local.action;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.reference.Action;
import io.iamgate.reference.ActionPattern;
import java.util.List;

/**
 * Action entries parsed and expanded over the reference once per policy, whichever checks ask: the
 * same entry is looked at by INVALID_ACTION, REDUNDANT_ACTION and the condition-key checks.
 */
public final class ActionExpansions {

    /** Memo kinds: the parsed pattern and its matched actions, each keyed by the entry text. */
    private record Parsed() {}

    private record Expanded() {}

    private ActionExpansions() {}

    public static ActionPattern pattern(CheckContext ctx, String entry) {
        return ctx.memo(Parsed.class, entry, ActionPattern::parse);
    }

    /** The reference's actions the entry matches (empty for unknown names and malformed entries). */
    public static List<Action> actions(CheckContext ctx, String entry) {
        return ctx.memo(Expanded.class, entry, e -> pattern(ctx, e).matches(ctx.reference()));
    }
}
