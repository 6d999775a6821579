package io.iamgate.analyze.principals;

import io.iamgate.analyze.RepositoryAnalyzer.UnitFinding;
import io.iamgate.model.Finding;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.SourceMapping;
import io.iamgate.principal.Principal;
import io.iamgate.principal.PrincipalModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the principal rules over the model. A finding belongs to the principal, not to one policy, so it is
 * attached to a unit of its own that stands for the principal: its file, origin {@code Resources.<Id>} and
 * the template text, which the locations' spans refer to.
 */
public final class PrincipalAnalyzer {

    public static final String NAME = "local";

    /** Every rule, in report order. */
    public static final List<PrincipalRule> RULES = List.of(
            new PowerfulPrincipalOpenToOutsidersCheck(),
            new AdministratorEquivalentPrincipalCheck(),
            new CrossPolicyEscalationCheck(),
            new BoundaryBoundsNothingCheck());

    /**
     * Findings that say what a policy grants; a policy used only as a permissions boundary grants nothing,
     * so these do not apply to it (a boundary is judged by what it lets through, at the principal).
     */
    static final Set<String> GRANT_CODES = Set.of(
            "IAMGATE_ADMIN_WILDCARD",
            "IAMGATE_ALLOW_NOT_ACTION",
            "IAMGATE_ALLOW_NOT_RESOURCE",
            "IAMGATE_CREDENTIALS_EXPOSURE",
            "IAMGATE_DATA_EXFILTRATION",
            "IAMGATE_DETECTION_DISABLE",
            "IAMGATE_RESOURCE_EXPOSURE");

    private final List<PrincipalRule> rules;

    public PrincipalAnalyzer(List<PrincipalRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public PrincipalAnalyzer() {
        this(RULES);
    }

    /** Whether a finding says what a policy grants (and so does not apply to a boundary-only policy). */
    public static boolean isGrantFinding(Finding f) {
        return GRANT_CODES.contains(f.issueCode()) || f.issueCode().startsWith("IAMGATE_PRIVESC_");
    }

    public List<UnitFinding> analyze(PrincipalModel model) {
        List<UnitFinding> out = new ArrayList<>();
        for (Principal p : model.principals()) {
            PolicyUnit unit = null;
            for (PrincipalRule rule : rules) {
                Optional<PrincipalRule.Result> r = rule.check(p);
                if (r.isEmpty()) {
                    continue;
                }
                if (unit == null) {
                    unit = unitOf(p);
                }
                PrincipalRule.Info info = rule.info();
                out.add(new UnitFinding(
                        unit,
                        Finding.of(
                                info.findingType(),
                                info.issueCode(),
                                r.get().details(),
                                "",
                                NAME,
                                r.get().locations())));
            }
        }
        return out;
    }

    /** The unit a principal's findings are reported on: positions are the template's own. */
    public static PolicyUnit unitOf(Principal p) {
        return new PolicyUnit(
                p.file(),
                p.origin(),
                PolicyType.IDENTITY_POLICY,
                null,
                PolicyDocument.of(p.template()),
                SourceMapping.IDENTITY,
                List.of());
    }
}
