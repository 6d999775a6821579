package io.iamgate.analyze.local;

import io.iamgate.analyze.local.condition.InvalidConditionOperatorCheck;
import io.iamgate.analyze.local.condition.InvalidConditionKeyFormatCheck;
import io.iamgate.analyze.local.condition.InvalidConditionDataTypeCheck;
import io.iamgate.analyze.local.condition.InvalidConditionMultipleBooleanCheck;
import io.iamgate.analyze.local.condition.DuplicateKeysWithDifferentCaseCheck;
import io.iamgate.analyze.local.condition.NullWithIfExistsCheck;
import io.iamgate.analyze.local.condition.NullWithQualifierCheck;
import io.iamgate.analyze.local.condition.EmptyArrayConditionCheck;
import io.iamgate.analyze.local.condition.EmptyArrayConditionForAllValuesCheck;
import io.iamgate.analyze.local.condition.EmptyArrayConditionForAnyValueCheck;
import io.iamgate.analyze.local.condition.EmptyArrayConditionIfExistsCheck;
import io.iamgate.analyze.local.condition.EmptyObjectConditionCheck;
import io.iamgate.analyze.local.condition.wildcard.EquivalentToNullFalseCheck;
import io.iamgate.analyze.local.condition.wildcard.EquivalentToNullTrueCheck;
import io.iamgate.analyze.local.condition.wildcard.RedundantKeyDueToWildcardInConditionCheck;
import io.iamgate.analyze.local.condition.wildcard.RedundantStatementDueToWildcardInConditionCheck;
import io.iamgate.analyze.local.condition.wildcard.WildcardWithoutLikeOperatorCheck;
import io.iamgate.analyze.local.condition.wildcard.InvalidVariableForOperatorCheck;
import io.iamgate.analyze.local.condition.value.TypeMismatchBooleanCheck;
import io.iamgate.analyze.local.condition.value.TypeMismatchNumberCheck;
import io.iamgate.analyze.local.condition.value.TypeMismatchDateCheck;
import io.iamgate.analyze.local.condition.value.InvalidDateValueCheck;
import io.iamgate.analyze.local.condition.value.TypeMismatchStringCheck;
import io.iamgate.analyze.local.condition.value.RedundantConditionValueNumCheck;
import io.iamgate.analyze.local.condition.global.InvalidGlobalConditionKeyCheck;
import io.iamgate.analyze.local.condition.global.DeprecatedGlobalConditionKeyCheck;
import io.iamgate.analyze.local.condition.global.UnsupportedGlobalConditionKeyCheck;
import io.iamgate.analyze.local.condition.global.InvalidRegionCheck;
import io.iamgate.analyze.local.condition.ip.TypeMismatchIpRangeCheck;
import io.iamgate.analyze.local.condition.ip.ImproveIpRangeCheck;
import io.iamgate.analyze.local.condition.ip.PrivateIpAddressCheck;
import io.iamgate.analyze.local.condition.ip.PrivateNotIpAddressCheck;
import io.iamgate.analyze.local.condition.ip.PrivateIpAddressSubsetCheck;
import io.iamgate.analyze.local.condition.ip.PrivateNotIpAddressSubsetCheck;
import io.iamgate.analyze.local.condition.key.InvalidVpcFormatCheck;
import io.iamgate.analyze.local.condition.key.InvalidVpceFormatCheck;
import io.iamgate.analyze.local.condition.key.MissingTagKeyInConditionCheck;
import io.iamgate.analyze.local.condition.key.ConfirmAudienceClaimTypeCheck;
import io.iamgate.analyze.local.condition.key.ForAnyValueWithAudienceClaimTypeCheck;
import io.iamgate.analyze.local.condition.key.UntrustworthyConditionKeyCheck;
import io.iamgate.analyze.local.condition.key.MissingPairedConditionKeysCheck;
import io.iamgate.analyze.local.condition.key.WildcardUsageTooPermissiveCheck;
import io.iamgate.analyze.local.condition.key.VariableUsageTooPermissiveCheck;
import io.iamgate.analyze.local.condition.key.InvalidKmsKeyValueCheck;
import io.iamgate.analyze.local.condition.key.S3PrefixInNegativeContextCheck;
import io.iamgate.analyze.local.condition.key.DynamoDbAttributesWithoutSelectCheck;
import io.iamgate.analyze.local.condition.key.IrrelevantConditionKeyInPolicyCheck;
import io.iamgate.analyze.local.condition.rcp.RcpMissingRelatedPrincipalConditionKeyCheck;
import io.iamgate.analyze.local.condition.rcp.RcpMissingRelatedServicePrincipalConditionKeyCheck;
import io.iamgate.analyze.local.condition.rcp.RcpMissingServiceConditionKeyNullCheckCheck;
import io.iamgate.analyze.local.grammar.DataTypeMismatchCheck;
import io.iamgate.analyze.local.grammar.InvalidEffectCheck;
import io.iamgate.analyze.local.grammar.InvalidPolicyElementCheck;
import io.iamgate.analyze.local.grammar.InvalidVersionCheck;
import io.iamgate.analyze.local.grammar.MissingActionCheck;
import io.iamgate.analyze.local.grammar.MissingEffectCheck;
import io.iamgate.analyze.local.grammar.MissingResourceCheck;
import io.iamgate.analyze.local.grammar.MissingStatementCheck;
import io.iamgate.analyze.local.grammar.MissingVersionCheck;
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
                // conditions
                new InvalidConditionOperatorCheck(),
                new InvalidConditionKeyFormatCheck(),
                new InvalidConditionDataTypeCheck(),
                new InvalidConditionMultipleBooleanCheck(),
                new DuplicateKeysWithDifferentCaseCheck(),
                new NullWithIfExistsCheck(),
                new NullWithQualifierCheck(),
                new EmptyArrayConditionCheck(),
                new EmptyArrayConditionForAllValuesCheck(),
                new EmptyArrayConditionForAnyValueCheck(),
                new EmptyArrayConditionIfExistsCheck(),
                new EmptyObjectConditionCheck(),
                new EquivalentToNullFalseCheck(),
                new EquivalentToNullTrueCheck(),
                new RedundantKeyDueToWildcardInConditionCheck(),
                new RedundantStatementDueToWildcardInConditionCheck(),
                new WildcardWithoutLikeOperatorCheck(),
                new InvalidVariableForOperatorCheck(),
                new TypeMismatchBooleanCheck(),
                new TypeMismatchNumberCheck(),
                new TypeMismatchDateCheck(),
                new InvalidDateValueCheck(),
                new TypeMismatchStringCheck(),
                new RedundantConditionValueNumCheck(),
                new TypeMismatchIpRangeCheck(),
                new ImproveIpRangeCheck(),
                new PrivateIpAddressCheck(),
                new PrivateNotIpAddressCheck(),
                new PrivateIpAddressSubsetCheck(),
                new PrivateNotIpAddressSubsetCheck(),
                new InvalidVpcFormatCheck(),
                new InvalidVpceFormatCheck(),
                new MissingTagKeyInConditionCheck(),
                new ConfirmAudienceClaimTypeCheck(),
                new ForAnyValueWithAudienceClaimTypeCheck(),
                new UntrustworthyConditionKeyCheck(),
                new MissingPairedConditionKeysCheck(),
                new WildcardUsageTooPermissiveCheck(),
                new VariableUsageTooPermissiveCheck(),
                new InvalidKmsKeyValueCheck(),
                new S3PrefixInNegativeContextCheck(),
                new DynamoDbAttributesWithoutSelectCheck(),
                new IrrelevantConditionKeyInPolicyCheck(),
                new RcpMissingRelatedPrincipalConditionKeyCheck(),
                new RcpMissingRelatedServicePrincipalConditionKeyCheck(),
                new InvalidGlobalConditionKeyCheck(),
                new DeprecatedGlobalConditionKeyCheck(),
                new UnsupportedGlobalConditionKeyCheck(),
                new InvalidRegionCheck(),
                new RcpMissingServiceConditionKeyNullCheckCheck());
    }

    public static LocalAnalyzer analyzer() {
        return new LocalAnalyzer(all());
    }
}
