package io.iamgate.analyze.principals;

import io.iamgate.access.Grant;
import io.iamgate.model.Location;
import io.iamgate.principal.Attachment;
import io.iamgate.principal.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Where a principal's power comes from: the policies that give it and the template lines that attach them. */
final class PowerSites {

    private PowerSites() {}

    /** The policies whose grants make the principal administrator-equivalent (they hold all of IAM). */
    static Set<String> administratorPolicies(Principal p) {
        Set<String> out = new LinkedHashSet<>();
        for (Grant g : p.permissions().allowing("iam:PutRolePolicy", "*", null)) {
            out.add(g.source().policy());
        }
        return out;
    }

    /** The policies that give the principal its power: administrator, else its escalation paths. */
    static Set<String> powerPolicies(Principal p) {
        if (p.administratorEquivalent()) {
            return administratorPolicies(p);
        }
        Set<String> out = new LinkedHashSet<>();
        p.escalationPaths().forEach(e -> out.addAll(e.policies()));
        return out;
    }

    /** The definition, then the attachment site of each named policy, in the principal's order. */
    static List<Location> locations(Principal p, Collection<String> policies, Location... more) {
        List<Location> out = new ArrayList<>();
        out.add(p.definition());
        for (Location l : more) {
            out.add(l);
        }
        for (Attachment a : p.policies()) {
            if (policies.contains(a.name()) && a.site() != null && !out.contains(a.site())) {
                out.add(a.site());
            }
        }
        return out;
    }

    /** {@code 'pass-admin' (inline), 'AdministratorAccess' (AWS managed)} */
    static String describe(Principal p, Collection<String> policies) {
        List<String> out = new ArrayList<>();
        for (String name : policies) {
            String kind = p.policy(name)
                    .map(a -> a.kind().describe()
                            + a.viaGroup().map(g -> ", from group " + g).orElse(""))
                    .orElse("policy");
            out.add("'" + name + "' (" + kind + ")");
        }
        return String.join(", ", out);
    }

    static String kind(Principal p) {
        String k = p.kind().describe();
        return Character.toUpperCase(k.charAt(0)) + k.substring(1);
    }
}
