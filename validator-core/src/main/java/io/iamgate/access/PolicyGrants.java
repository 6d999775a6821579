package io.iamgate.access;

import io.iamgate.model.PolicyDocument;
import io.iamgate.model.Statement;
import io.iamgate.reference.IamReference;
import java.util.ArrayList;
import java.util.List;

/** The grants and denials of one policy document, statement by statement. */
public record PolicyGrants(String policy, List<Grant> grants) {

    public PolicyGrants {
        grants = List.copyOf(grants);
    }

    public static PolicyGrants of(
            String policy, String file, String origin, PolicyDocument document, IamReference reference) {
        List<Grant> out = new ArrayList<>();
        for (Statement st : document.statements()) {
            out.addAll(StatementGrants.of(st, policy, file, origin, reference));
        }
        return new PolicyGrants(policy, out);
    }

    public List<Grant> allows() {
        return grants.stream().filter(Grant::allow).toList();
    }

    public List<Grant> denies() {
        return grants.stream().filter(g -> !g.allow()).toList();
    }
}
