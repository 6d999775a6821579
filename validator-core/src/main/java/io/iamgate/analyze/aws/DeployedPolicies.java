package io.iamgate.analyze.aws;

import io.iamgate.analyze.AnalyzerException;
import io.iamgate.load.LocatedJsonParser;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.SourceMapping;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.GroupDetail;
import software.amazon.awssdk.services.iam.model.ManagedPolicyDetail;
import software.amazon.awssdk.services.iam.model.PolicyDetail;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.iam.model.RoleDetail;
import software.amazon.awssdk.services.iam.model.UserDetail;

/**
 * What is deployed in an account, as policy units: customer managed policies (their default version),
 * inline user, group and role policies, and role trust policies, read through every page of IAM
 * GetAccountAuthorizationDetails. IAM returns documents URL-encoded; the decoded text is what we validate.
 * Each unit's file is {@code aws:<account>} and its origin the ARN (+ {@code /inline/<name>} or
 * {@code #trust}).
 */
public final class DeployedPolicies {

    private final AwsClients clients;
    private final AwsCalls calls;

    public DeployedPolicies(AwsClients clients, AwsCalls calls) {
        this.clients = clients;
        this.calls = calls;
    }

    /** The answer's pages, and the policy units made of them. */
    public record Account(List<GetAccountAuthorizationDetailsResponse> pages, List<PolicyUnit> units) {
        public Account {
            pages = List.copyOf(pages);
            units = List.copyOf(units);
        }
    }

    public List<PolicyUnit> load() throws AnalyzerException {
        return read().units();
    }

    /** Every page of the account's answer, and its units (the principals are built from both). */
    public Account read() throws AnalyzerException {
        List<GetAccountAuthorizationDetailsResponse> pages = new ArrayList<>();
        String marker = null;
        do {
            String m = marker;
            GetAccountAuthorizationDetailsResponse page = calls.call(
                    "GetAccountAuthorizationDetails",
                    () -> clients.iam()
                            .getAccountAuthorizationDetails(b -> b.marker(m)
                                    .filter(
                                            EntityType.USER,
                                            EntityType.GROUP,
                                            EntityType.ROLE,
                                            EntityType.LOCAL_MANAGED_POLICY)));
            pages.add(page);
            marker = Boolean.TRUE.equals(page.isTruncated()) ? page.marker() : null;
        } while (marker != null && !marker.isEmpty());
        return of(pages);
    }

    /** The units of these pages of an answer. */
    public static Account of(List<GetAccountAuthorizationDetailsResponse> pages) {
        List<PolicyUnit> units = new ArrayList<>();
        for (GetAccountAuthorizationDetailsResponse page : pages) {
            for (ManagedPolicyDetail p : page.policies()) {
                for (PolicyVersion v : p.policyVersionList()) {
                    if (Boolean.TRUE.equals(v.isDefaultVersion())
                            || v.versionId().equals(p.defaultVersionId())) {
                        units.add(unit(p.arn(), p.arn(), PolicyType.IDENTITY_POLICY, v.document()));
                        break;
                    }
                }
            }
            for (UserDetail u : page.userDetailList()) {
                inline(units, u.arn(), u.userPolicyList());
            }
            for (GroupDetail g : page.groupDetailList()) {
                inline(units, g.arn(), g.groupPolicyList());
            }
            for (RoleDetail r : page.roleDetailList()) {
                if (r.assumeRolePolicyDocument() != null) {
                    units.add(unit(r.arn(), r.arn() + "#trust", PolicyType.TRUST_POLICY, r.assumeRolePolicyDocument()));
                }
                inline(units, r.arn(), r.rolePolicyList());
            }
        }
        return new Account(pages, units);
    }

    private static void inline(List<PolicyUnit> units, String arn, List<PolicyDetail> policies) {
        for (PolicyDetail p : policies) {
            units.add(unit(arn, arn + "/inline/" + p.policyName(), PolicyType.IDENTITY_POLICY, p.policyDocument()));
        }
    }

    private static PolicyUnit unit(String arn, String origin, PolicyType type, String encoded) {
        String text = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        PolicyDocument document = PolicyDocument.of(new LocatedJsonParser().parse(text));
        return new PolicyUnit(
                "aws:" + account(arn),
                origin,
                type,
                type == PolicyType.TRUST_POLICY ? PolicyType.ASSUME_ROLE_POLICY_DOCUMENT : null,
                document,
                SourceMapping.IDENTITY,
                List.of());
    }

    /** The account id from arn:partition:iam::ACCOUNT:..., or "account" when the ARN does not say. */
    static String account(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        return parts.length > 4 && !parts[4].isEmpty() ? parts[4] : "account";
    }
}
