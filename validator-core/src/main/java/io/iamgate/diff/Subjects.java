package io.iamgate.diff;

import io.iamgate.access.AccessEntries;
import io.iamgate.access.AccessEntry;
import io.iamgate.access.EffectivePermissions;
import io.iamgate.access.EscalationPath;
import io.iamgate.access.PolicyGrants;
import io.iamgate.analyze.local.condition.caller.CallerLimits;
import io.iamgate.analyze.principals.PrincipalAnalyzer;
import io.iamgate.load.Position;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.principal.Attachment;
import io.iamgate.principal.Principal;
import io.iamgate.principal.TrustReader;
import io.iamgate.principal.TrustSummary;
import io.iamgate.reference.IamReference;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.RunReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The subjects of one side of a diff, from a run's report: its principals with the grants the principal stage
 * computed, and every policy unit that belongs to no principal (attached policies, boundaries and trust policies
 * are seen through their principal). Only files {@code selected} are read: unchanged files add nothing.
 */
final class Subjects {

    private final IamReference reference;

    Subjects(IamReference reference) {
        this.reference = reference;
    }

    List<Subject> of(RunReport report, Predicate<String> selected) {
        Map<String, PolicyUnit> units = new HashMap<>();
        for (PolicyResult r : report.policies()) {
            units.putIfAbsent(key(r.unit().file(), r.unit().origin()), r.unit());
        }
        List<Subject> out = new ArrayList<>();
        Set<String> ofPrincipals = new HashSet<>();
        List<String> principalPrefixes = new ArrayList<>();
        for (Principal p : report.principals()) {
            ofPrincipals.add(key(p.file(), p.origin()));
            p.policies().forEach(a -> ofPrincipals.add(key(p.file(), a.origin())));
            p.boundary().ifPresent(a -> ofPrincipals.add(key(p.file(), a.origin())));
            principalPrefixes.add(key(p.file(), p.origin() + "."));
            if (selected.test(p.file())) {
                out.add(principal(p, units));
            }
        }
        for (PolicyResult r : report.policies()) {
            PolicyUnit u = r.unit();
            String k = key(u.file(), u.origin());
            if (!selected.test(u.file())
                    || ofPrincipals.contains(k)
                    || u.document().isUnknown()
                    || principalPrefixes.stream().anyMatch(k::startsWith)) {
                continue;
            }
            out.add(policy(u));
        }
        return out;
    }

    private static String key(String file, String origin) {
        return file + "\n" + origin;
    }

    private Subject principal(Principal p, Map<String, PolicyUnit> units) {
        Position definition =
                new Position(p.line(), p.definition().span().start().column(), 0);
        List<AccessEntry> entries = new ArrayList<>();
        for (PolicyGrants g : p.permissions().policies()) {
            entries.addAll(entriesOf(p, g, p.policy(g.policy()), units, definition));
        }
        List<AccessEntry> boundary = null;
        if (p.permissions().boundary().isPresent()) {
            boundary = entriesOf(p, p.permissions().boundary().get(), p.boundary(), units, definition);
        }
        List<String> paths =
                p.escalationPaths().stream().map(Subjects::pathName).toList();
        String content = contentKey(p.kind().describe(), entries, boundary, Optional.of(p.trust()));
        return new Subject(
                p.kind().describe(),
                p.name(),
                p.file(),
                p.origin(),
                p.line(),
                entries,
                boundary,
                p.administratorEquivalent(),
                paths,
                Optional.of(p.trust()),
                false,
                PrincipalAnalyzer.unitOf(p),
                content);
    }

    /** A policy's entries, placed through its own unit when the file holds its text, else at its attachment. */
    private List<AccessEntry> entriesOf(
            Principal p,
            PolicyGrants g,
            Optional<Attachment> attachment,
            Map<String, PolicyUnit> units,
            Position definition) {
        PolicyUnit unit = attachment
                .filter(a -> !a.origin().isEmpty())
                .map(a -> units.get(key(p.file(), a.origin())))
                .orElse(null);
        if (unit == null
                && g.grants().stream()
                        .findFirst()
                        .map(x -> !x.source().file().isEmpty())
                        .orElse(false)) {
            var s = g.grants().get(0).source();
            unit = units.get(key(s.file(), s.origin()));
        }
        Position at = attachment
                .map(Attachment::site)
                .filter(s -> s != null)
                .map(s -> new Position(s.span().start().line(), s.span().start().column(), 0))
                .orElse(definition);
        PolicyDocument doc = unit != null
                ? unit.document()
                : attachment.map(Attachment::document).orElse(null);
        PolicyUnit placed = unit;
        String file = unit != null ? unit.file() : p.file();
        return AccessEntries.of(
                g, doc, file, st -> placed != null ? placed.sourceMapping().filePosition(st.location()) : at, at);
    }

    private Subject policy(PolicyUnit u) {
        String name = u.origin().isEmpty() ? u.file() : u.origin();
        PolicyGrants grants = PolicyGrants.of(name, u.file(), u.origin(), u.document(), reference);
        Position whole = u.sourceMapping().filePosition(u.document().wholeDocument());
        List<AccessEntry> entries = AccessEntries.of(
                grants, u.document(), u.file(), st -> u.sourceMapping().filePosition(st.location()), whole);
        boolean admin = false;
        List<String> paths = List.of();
        if (u.policyType() == PolicyType.IDENTITY_POLICY) {
            EffectivePermissions p = EffectivePermissions.of(reference, List.of(grants), Optional.empty());
            admin = p.isAdministratorEquivalent();
            paths = admin
                    ? List.of()
                    : p.escalationPaths(List.of()).stream()
                            .map(Subjects::pathName)
                            .toList();
        }
        Optional<TrustSummary> trust = u.policyType() == PolicyType.TRUST_POLICY
                ? Optional.of(TrustReader.read(u.document(), ""))
                : Optional.empty();
        boolean open = u.policyType() == PolicyType.RESOURCE_POLICY
                && !u.isEndpointPolicy()
                && u.document().statements().stream()
                        .anyMatch(st -> st.isAllow()
                                && st.principalEntries().stream().anyMatch(pe -> !pe.isNegated() && pe.isAnyone())
                                && !CallerLimits.limitsCaller(st));
        return new Subject(
                Subject.POLICY,
                name,
                u.file(),
                u.origin(),
                whole.line(),
                entries,
                null,
                admin,
                paths,
                trust,
                open,
                u,
                contentKey(u.policyType().name(), entries, null, trust));
    }

    private static String pathName(EscalationPath path) {
        return path.method().method();
    }

    /** Equal for subjects that grant the same to the same, whatever the layout, order, file or name. */
    private static String contentKey(
            String kind, List<AccessEntry> entries, List<AccessEntry> boundary, Optional<TrustSummary> trust) {
        StringBuilder sb = new StringBuilder(kind).append('\n');
        sb.append(String.join("\n", lines(entries))).append("\nboundary:");
        if (boundary != null) {
            sb.append(String.join("\n", lines(boundary)));
        }
        trust.ifPresent(t -> sb.append("\ntrust:").append(new TreeSet<>(t.principals())));
        return sb.toString();
    }

    private static Set<String> lines(List<AccessEntry> entries) {
        Set<String> out = new TreeSet<>();
        for (AccessEntry e : entries) {
            out.add(e.allow() + " " + e.actions().byService() + " " + e.resource() + " " + e.excluded() + " "
                    + e.conditions() + " " + e.principals());
        }
        return out;
    }
}
