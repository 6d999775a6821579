package io.iamgate.analyze.principals;

import io.iamgate.model.FindingType;
import io.iamgate.principal.Principal;
import java.util.List;
import java.util.Optional;

/**
 * One check over a principal's whole permissions (all its policies, boundary and trust together), with its
 * metadata in one place. Its finding is located in the template: first the principal's definition, then
 * the lines that bring what the finding is about.
 */
public interface PrincipalRule {

    /** A rule's metadata. */
    record Info(String issueCode, FindingType findingType, String title) {}

    Info info();

    /** The finding's details and locations, or empty when the principal does not have the problem. */
    Optional<Result> check(Principal principal);

    /** What a rule found: the text and the template locations, definition first. */
    record Result(String details, List<io.iamgate.model.Location> locations) {
        public Result {
            locations = List.copyOf(locations);
        }
    }
}
