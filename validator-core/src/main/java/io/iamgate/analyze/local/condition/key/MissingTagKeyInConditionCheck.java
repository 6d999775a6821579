package io.iamgate.analyze.local.condition.key;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/**
 * The tag keys ResourceTag, RequestTag and PrincipalTag (global, or a service's own such as ec2:ResourceTag)
 * name one tag: "aws:ResourceTag/team". Without the "/tag-key" part the key matches nothing.
 */
@CheckInfo(
        issueCode = "MISSING_TAG_KEY_IN_CONDITION",
        findingType = FindingType.ERROR,
        title = "Missing tag key in condition",
        anchor = "error-missing-tag-key-in-condition")
public final class MissingTagKeyInConditionCheck extends PolicyCheck implements ConditionCheck {

    private static final String[] TAG_KEYS = {"ResourceTag", "RequestTag", "PrincipalTag"};

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        String key = condition.key();
        String base = tagFamilyWithoutTag(key);
        if (base != null) {
            out.report(finding(
                    "The condition key " + key + " does not name a tag. Write it as " + base
                            + "/tag-key, with the tag's key after the slash (e.g. " + base + "/team).",
                    condition.keyLocation()));
        }
    }

    /**
     * For a tag family key that names no tag ("aws:ResourceTag" or "ec2:RequestTag/"), the family as written
     * without the slash; else null. INVALID_GLOBAL_CONDITION_KEY leaves these keys to this check.
     */
    public static String tagFamilyWithoutTag(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String name = key.substring(colon + 1);
        for (String tag : TAG_KEYS) {
            boolean bare = name.equalsIgnoreCase(tag);
            boolean emptyTag = name.length() == tag.length() + 1
                    && name.regionMatches(true, 0, tag, 0, tag.length())
                    && name.charAt(tag.length()) == '/';
            if (bare || emptyTag) {
                return key.substring(0, colon + 1) + name.substring(0, tag.length());
            }
        }
        return null;
    }
}
