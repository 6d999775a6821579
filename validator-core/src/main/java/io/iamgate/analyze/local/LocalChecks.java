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
import io.iamgate.analyze.local.statement.EmptyArrayActionCheck;
import io.iamgate.analyze.local.statement.EmptyArrayResourceCheck;
import io.iamgate.analyze.local.statement.EmptySidValueCheck;
import io.iamgate.analyze.local.statement.InvalidArnPrefixCheck;
import io.iamgate.analyze.local.statement.RedundantStatementCheck;
import io.iamgate.analyze.local.statement.UniqueSidsRecommendedCheck;
import io.iamgate.analyze.local.statement.UniqueSidsRequiredCheck;
import io.iamgate.analyze.local.statement.UnsupportedElementCombinationCheck;
import io.iamgate.analyze.local.statement.UnsupportedSidCheck;
import io.iamgate.analyze.local.statement.WildcardInServiceNameCheck;
import io.iamgate.analyze.local.principal.AllowWithNotPrincipalCheck;
import io.iamgate.analyze.local.principal.EmptyArrayPrincipalCheck;
import io.iamgate.analyze.local.principal.EmptyObjectPrincipalCheck;
import io.iamgate.analyze.local.principal.FederatedPrincipalNotSupportedCheck;
import io.iamgate.analyze.local.principal.InvalidPrincipalFormatCheck;
import io.iamgate.analyze.local.principal.InvalidPrincipalKeyCheck;
import io.iamgate.analyze.local.principal.InvalidRoleReferenceCheck;
import io.iamgate.analyze.local.principal.InvalidServicePrincipalFormatCheck;
import io.iamgate.analyze.local.principal.InvalidUserReferenceCheck;
import io.iamgate.analyze.local.principal.MissingPrincipalCheck;
import io.iamgate.analyze.local.principal.RecommendedConditionKeyForServicePrincipalCheck;
import io.iamgate.analyze.local.principal.RedundantPrincipalInRoleTrustPolicyCheck;
import io.iamgate.analyze.local.principal.RestrictAccessToServicePrincipalCheck;
import io.iamgate.analyze.local.principal.UnsupportedPrincipalCheck;
import io.iamgate.analyze.local.principal.UnsupportedWildcardInPrincipalCheck;
import io.iamgate.analyze.local.trust.InvalidFederatedPrincipalSyntaxInRoleTrustPolicyCheck;
import io.iamgate.analyze.local.trust.MismatchedActionForPrincipalCheck;
import io.iamgate.analyze.local.trust.MissingActionForRolesAnywhereTrustPolicyCheck;
import io.iamgate.analyze.local.trust.MissingConditionKeyForOidcPrincipalCheck;
import io.iamgate.analyze.local.trust.MissingGithubRepoConditionKeyCheck;
import io.iamgate.analyze.local.trust.RoleTrustPolicySyntaxErrorNotPrincipalCheck;
import io.iamgate.analyze.local.trust.RoleTrustPolicySyntaxErrorResourceCheck;
import io.iamgate.analyze.local.trust.RoleTrustPolicyUnsupportedWildcardInPrincipalCheck;
import io.iamgate.analyze.local.trust.SpecificGithubRepoAndBranchRecommendedCheck;
import io.iamgate.analyze.local.org.RcpSyntaxErrorAllowCheck;
import io.iamgate.analyze.local.org.RcpSyntaxErrorNotActionCheck;
import io.iamgate.analyze.local.org.RcpSyntaxErrorPrincipalCheck;
import io.iamgate.analyze.local.org.ScpSyntaxErrorPrincipalCheck;
import io.iamgate.analyze.local.passrole.CreateSlrWithNotActionAndNotResourceCheck;
import io.iamgate.analyze.local.passrole.CreateSlrWithNotResourceCheck;
import io.iamgate.analyze.local.passrole.CreateSlrWithStarInActionAndNotResourceCheck;
import io.iamgate.analyze.local.passrole.CreateSlrWithStarInActionAndResourceCheck;
import io.iamgate.analyze.local.passrole.CreateSlrWithStarInResourceAndNotActionCheck;
import io.iamgate.analyze.local.passrole.CreateSlrWithStarInResourceCheck;
import io.iamgate.analyze.local.passrole.PassRoleWithNotActionAndNotResourceCheck;
import io.iamgate.analyze.local.passrole.PassRoleWithNotResourceCheck;
import io.iamgate.analyze.local.passrole.PassRoleWithStarInActionAndNotResourceCheck;
import io.iamgate.analyze.local.passrole.PassRoleWithStarInActionAndResourceCheck;
import io.iamgate.analyze.local.passrole.PassRoleWithStarInResourceAndNotActionCheck;
import io.iamgate.analyze.local.passrole.PassRoleWithStarInResourceCheck;
import io.iamgate.analyze.local.variable.EmptyVariableCheck;
import io.iamgate.analyze.local.variable.MissingBraceInVariableCheck;
import io.iamgate.analyze.local.variable.MissingQuoteInVariableCheck;
import io.iamgate.analyze.local.variable.UnsupportedSpaceInVariableCheck;
import io.iamgate.analyze.local.variable.VariableUnsupportedInElementCheck;
import io.iamgate.analyze.local.variable.VariableUnsupportedInVersionCheck;
import io.iamgate.analyze.local.size.PolicySizeExceedsIdentityPolicyQuotaCheck;
import io.iamgate.analyze.local.size.PolicySizeExceedsRcpQuotaCheck;
import io.iamgate.analyze.local.size.PolicySizeExceedsResourcePolicyQuotaCheck;
import io.iamgate.analyze.local.size.PolicySizeExceedsRoleTrustPolicyQuotaCheck;
import io.iamgate.analyze.local.size.PolicySizeExceedsScpQuotaCheck;
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
                // statement: Sids, empty and redundant elements, ARN prefixes, wildcards in service names
                new EmptyArrayActionCheck(),
                new EmptyArrayResourceCheck(),
                new EmptySidValueCheck(),
                new InvalidArnPrefixCheck(),
                new RedundantStatementCheck(),
                new UniqueSidsRecommendedCheck(),
                new UniqueSidsRequiredCheck(),
                new UnsupportedElementCombinationCheck(),
                new UnsupportedSidCheck(),
                new WildcardInServiceNameCheck(),
                // principals: where they may appear and how they are written
                new AllowWithNotPrincipalCheck(),
                new EmptyArrayPrincipalCheck(),
                new EmptyObjectPrincipalCheck(),
                new FederatedPrincipalNotSupportedCheck(),
                new InvalidPrincipalFormatCheck(),
                new InvalidPrincipalKeyCheck(),
                new InvalidRoleReferenceCheck(),
                new InvalidServicePrincipalFormatCheck(),
                new InvalidUserReferenceCheck(),
                new MissingPrincipalCheck(),
                new RecommendedConditionKeyForServicePrincipalCheck(),
                new RedundantPrincipalInRoleTrustPolicyCheck(),
                new RestrictAccessToServicePrincipalCheck(),
                new UnsupportedPrincipalCheck(),
                new UnsupportedWildcardInPrincipalCheck(),
                // role trust policies
                new InvalidFederatedPrincipalSyntaxInRoleTrustPolicyCheck(),
                new MismatchedActionForPrincipalCheck(),
                new MissingActionForRolesAnywhereTrustPolicyCheck(),
                new MissingConditionKeyForOidcPrincipalCheck(),
                new MissingGithubRepoConditionKeyCheck(),
                new RoleTrustPolicySyntaxErrorNotPrincipalCheck(),
                new RoleTrustPolicySyntaxErrorResourceCheck(),
                new RoleTrustPolicyUnsupportedWildcardInPrincipalCheck(),
                new SpecificGithubRepoAndBranchRecommendedCheck(),
                // SCPs and RCPs. Retired, not implemented: SCP_SYNTAX_ERROR_ACTION_WILDCARD and
                // SCP_SYNTAX_ERROR_ALLOW_CONDITION/_ALLOW_NOTACTION/_ALLOW_RESOURCE/_NOTRESOURCE (SCPs take the
                // full IAM policy language since 2025-09-19)
                new RcpSyntaxErrorAllowCheck(),
                new RcpSyntaxErrorNotActionCheck(),
                new RcpSyntaxErrorPrincipalCheck(),
                new ScpSyntaxErrorPrincipalCheck(),
                // iam:PassRole and iam:CreateServiceLinkedRole granted too broadly
                new CreateSlrWithNotActionAndNotResourceCheck(),
                new CreateSlrWithNotResourceCheck(),
                new CreateSlrWithStarInActionAndNotResourceCheck(),
                new CreateSlrWithStarInActionAndResourceCheck(),
                new CreateSlrWithStarInResourceAndNotActionCheck(),
                new CreateSlrWithStarInResourceCheck(),
                new PassRoleWithNotActionAndNotResourceCheck(),
                new PassRoleWithNotResourceCheck(),
                new PassRoleWithStarInActionAndNotResourceCheck(),
                new PassRoleWithStarInActionAndResourceCheck(),
                new PassRoleWithStarInResourceAndNotActionCheck(),
                new PassRoleWithStarInResourceCheck(),
                // policy variables
                new EmptyVariableCheck(),
                new MissingBraceInVariableCheck(),
                new MissingQuoteInVariableCheck(),
                new UnsupportedSpaceInVariableCheck(),
                new VariableUnsupportedInElementCheck(),
                new VariableUnsupportedInVersionCheck(),
                // policy size quotas
                new PolicySizeExceedsIdentityPolicyQuotaCheck(),
                new PolicySizeExceedsRcpQuotaCheck(),
                new PolicySizeExceedsResourcePolicyQuotaCheck(),
                new PolicySizeExceedsRoleTrustPolicyQuotaCheck(),
                new PolicySizeExceedsScpQuotaCheck());
    }

    public static LocalAnalyzer analyzer() {
        return new LocalAnalyzer(all());
    }

    /**
     * The offline analyzer for a run: the catalogue, plus the offline counterparts of the custom policy
     * checks when the configuration names any (aws.customChecks; they run with or without --aws).
     */
    public static io.iamgate.analyze.Analyzer analyzer(io.iamgate.gate.RunConfig config) {
        io.iamgate.gate.AwsSettings.CustomChecks custom = config.aws().customChecks();
        java.util.List<PolicyCheck> checks = new java.util.ArrayList<>(all());
        if (!custom.actionsNotGranted().isEmpty() || !custom.resourcesNotGranted().isEmpty()) {
            checks.add(new io.iamgate.analyze.local.custom.AccessNotGrantedCheck(custom.actionsNotGranted(),
                    custom.resourcesNotGranted()));
        }
        if (custom.noPublicAccess()) {
            checks.add(new io.iamgate.analyze.local.custom.NoPublicAccessCheck());
        }
        var references = new io.iamgate.analyze.local.custom.ReferencePolicies(config.workingDirectory(), custom);
        LocalAnalyzer local = new LocalAnalyzer(checks);
        if (!references.configured()) {
            return local;
        }
        return new io.iamgate.analyze.local.custom.CustomChecksAnalyzer(local, references,
                io.iamgate.reference.IamReference.bundled());
    }
}
