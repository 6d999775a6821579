package io.iamgate.analyze.local.custom;

import io.iamgate.model.ElementEntry;
import io.iamgate.model.Statement;
import io.iamgate.reference.ActionPattern;

/**
 * What one statement grants, judged from Action/NotAction and Resource/NotResource alone. Conditions
 * are ignored (so a conditioned grant counts as a grant): the offline custom checks over-report rather
 * than miss access.
 */
final class Grants {

    private Grants() {}

    /** The statement's actions include {@code action} (service:Name). */
    static boolean action(Statement s, String action) {
        ActionPattern wanted = ActionPattern.parse(action);
        boolean hasAction = false;
        boolean hasNotAction = false;
        for (ElementEntry e : s.actionEntries()) {
            boolean hit = ActionPattern.parse(e.value()).matches(wanted.servicePart(), wanted.actionPart())
                    || ActionPattern.parse(e.value()).covers(wanted);
            if (e.element().equals("Action")) {
                hasAction = true;
                if (hit) {
                    return true;
                }
            } else {
                hasNotAction = true;
                if (hit) {
                    return false;
                }
            }
        }
        return !hasAction && hasNotAction;
    }

    /** The statement's resources may include {@code resource} (wildcards on either side overlap). */
    static boolean resource(Statement s, String resource) {
        boolean hasResource = false;
        boolean hasNotResource = false;
        for (ElementEntry e : s.resourceEntries()) {
            if (e.element().equals("Resource")) {
                hasResource = true;
                if (ArnGlob.overlaps(e.value(), resource)) {
                    return true;
                }
            } else {
                hasNotResource = true;
                if (ArnGlob.matches(e.value(), resource)) {
                    return false;
                }
            }
        }
        // No Resource element at all (e.g. a trust policy): the statement is about the attached resource.
        return !hasResource;
    }

    /** Statement index as Access Analyzer counts it: a lone Statement object is index 0. */
    static int index(Statement s) {
        return Math.max(0, s.index());
    }
}
