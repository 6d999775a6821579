package io.iamgate.analyze;

import io.iamgate.model.Finding;
import io.iamgate.model.PolicyUnit;
import java.util.List;

/**
 * A check over all the policies of a run together (e.g. "the repository's SCPs deny disabling
 * GuardDuty"). Each finding is attached to one of the units, which locates it.
 */
public interface RepositoryAnalyzer {

    record UnitFinding(PolicyUnit unit, Finding finding) {
    }

    String name();

    List<UnitFinding> analyzeRepository(List<PolicyUnit> units) throws AnalyzerException;
}
