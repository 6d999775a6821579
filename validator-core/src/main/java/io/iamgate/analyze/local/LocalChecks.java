package io.iamgate.analyze.local;

import io.iamgate.analyze.local.grammar.DataTypeMismatchCheck;
import io.iamgate.analyze.local.grammar.InvalidEffectCheck;
import io.iamgate.analyze.local.grammar.InvalidPolicyElementCheck;
import io.iamgate.analyze.local.grammar.InvalidVersionCheck;
import io.iamgate.analyze.local.grammar.MissingActionCheck;
import io.iamgate.analyze.local.grammar.MissingEffectCheck;
import io.iamgate.analyze.local.grammar.MissingResourceCheck;
import io.iamgate.analyze.local.grammar.MissingStatementCheck;
import io.iamgate.analyze.local.grammar.MissingVersionCheck;
import io.iamgate.analyze.local.action.InvalidActionCheck;
import io.iamgate.analyze.local.action.InvalidServiceInActionCheck;
import io.iamgate.analyze.local.action.RcpSyntaxErrorActionCheck;
import io.iamgate.analyze.local.action.UnsupportedActionInPolicyCheck;
import io.iamgate.analyze.local.action.UnsupportedResourceArnInPolicyCheck;
import io.iamgate.analyze.local.arn.ArnAccountNotAllowedCheck;
import io.iamgate.analyze.local.arn.ArnRegionNotAllowedCheck;
import io.iamgate.analyze.local.arn.InvalidArnAccountCheck;
import io.iamgate.analyze.local.arn.InvalidArnRegionCheck;
import io.iamgate.analyze.local.arn.InvalidArnServiceCaseCheck;
import io.iamgate.analyze.local.arn.InvalidPartitionCheck;
import io.iamgate.analyze.local.arn.MissingArnAccountCheck;
import io.iamgate.analyze.local.arn.MissingArnFieldCheck;
import io.iamgate.analyze.local.arn.MissingArnRegionCheck;
import io.iamgate.analyze.local.redundancy.RedundantActionCheck;
import io.iamgate.analyze.local.redundancy.RedundantResourceCheck;
import io.iamgate.analyze.local.servicekey.AllowNotActionWithUnsupportedTagConditionKeyForServiceCheck;
import io.iamgate.analyze.local.servicekey.AllowWithUnsupportedTagConditionKeyForServiceCheck;
import io.iamgate.analyze.local.servicekey.DenyNotActionWithUnsupportedTagConditionKeyForServiceCheck;
import io.iamgate.analyze.local.servicekey.DenyWithUnsupportedTagConditionKeyForServiceCheck;
import io.iamgate.analyze.local.servicekey.ForAllValuesWithSingleValuedKeyCheck;
import io.iamgate.analyze.local.servicekey.InvalidServiceCheck;
import io.iamgate.analyze.local.servicekey.InvalidServiceConditionKeyCheck;
import io.iamgate.analyze.local.servicekey.MissingQualifierCheck;
import io.iamgate.analyze.local.servicekey.StringLikeOperatorWithArnConditionKeysCheck;
import io.iamgate.analyze.local.servicekey.TypeMismatchCheck;
import io.iamgate.analyze.local.servicekey.UnsupportedActionForConditionKeyCheck;
import io.iamgate.analyze.local.servicekey.UseConditionKeyOnlyWithSupportedServicesCheck;
import java.util.List;

/** The catalogue of offline checks: every check the local analyzer runs is listed here, once. */
public final class LocalChecks {

    private LocalChecks() {
    }

    public static List<PolicyCheck> all() {
        return List.of(
                // grammar: the shape of the document and its statements
                new DataTypeMismatchCheck(),
                new InvalidPolicyElementCheck(),
                new MissingVersionCheck(),
                new InvalidVersionCheck(),
                new MissingStatementCheck(),
                new MissingEffectCheck(),
                new InvalidEffectCheck(),
                new MissingActionCheck(),
                new MissingResourceCheck(),
                // reference: checks that need the IAM service reference (actions, ARN formats, condition keys)
                new InvalidServiceInActionCheck(),
                new InvalidActionCheck(),
                new RcpSyntaxErrorActionCheck(),
                new UnsupportedActionInPolicyCheck(),
                new UnsupportedResourceArnInPolicyCheck(),
                new MissingArnFieldCheck(),
                new InvalidArnServiceCaseCheck(),
                new InvalidPartitionCheck(),
                new ArnRegionNotAllowedCheck(),
                new ArnAccountNotAllowedCheck(),
                new InvalidArnRegionCheck(),
                new InvalidArnAccountCheck(),
                new MissingArnRegionCheck(),
                new MissingArnAccountCheck(),
                new InvalidServiceCheck(),
                new InvalidServiceConditionKeyCheck(),
                new MissingQualifierCheck(),
                new ForAllValuesWithSingleValuedKeyCheck(),
                new TypeMismatchCheck(),
                new StringLikeOperatorWithArnConditionKeysCheck(),
                new AllowWithUnsupportedTagConditionKeyForServiceCheck(),
                new AllowNotActionWithUnsupportedTagConditionKeyForServiceCheck(),
                new DenyWithUnsupportedTagConditionKeyForServiceCheck(),
                new DenyNotActionWithUnsupportedTagConditionKeyForServiceCheck(),
                new UnsupportedActionForConditionKeyCheck(),
                new UseConditionKeyOnlyWithSupportedServicesCheck(),
                new RedundantActionCheck(),
                new RedundantResourceCheck());
    }

    public static LocalAnalyzer analyzer() {
        return new LocalAnalyzer(all());
    }
}
