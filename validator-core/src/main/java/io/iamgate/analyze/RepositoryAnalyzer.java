package io.iamgate.analyze;

import io.iamgate.model.Finding;
import io.iamgate.model.PolicyUnit;
import io.iamgate.principal.Principal;
import java.util.List;

/**
 * A check over all the policies of a run together (e.g. "the repository's SCPs deny disabling
 * GuardDuty"). Each finding is attached to one of the units, which locates it.
 */
public interface RepositoryAnalyzer {

    record UnitFinding(PolicyUnit unit, Finding finding) {}

    String name();

    List<UnitFinding> analyzeRepository(List<PolicyUnit> units) throws AnalyzerException;

    /**
     * Findings over the run's principals (roles, users, groups as deployed), each on its principal's unit
     * ({@link io.iamgate.analyze.principals.PrincipalAnalyzer#unitOf}); none by default.
     */
    default List<UnitFinding> analyzePrincipals(List<Principal> principals) throws AnalyzerException {
        return List.of();
    }
}
