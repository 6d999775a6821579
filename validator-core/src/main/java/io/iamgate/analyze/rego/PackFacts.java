package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamgate.access.ActionSet;
import io.iamgate.access.ConditionClass;
import io.iamgate.access.EscalationCatalogue;
import io.iamgate.access.EscalationMethod;
import io.iamgate.access.ResourceCoverage;
import io.iamgate.access.ResourceMatcher;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.ElementPath;
import io.iamgate.model.PathElement;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.Statement;
import io.iamgate.principal.Principal;
import io.iamgate.reference.Action;
import io.iamgate.reference.ActionPattern;
import io.iamgate.reference.IamReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facts the built-in pack's grant rules look up ({@code input.facts}), worked out once per policy unit with
 * io.iamgate.access, so that the rules need no action globbing, ARN matching or condition reading in wasm:
 * <ul>
 * <li>{@code statements}: the Allow statements written with NotAction or NotResource, and which;
 * <li>{@code admin}: in an identity policy, the Action entries of Allow statements that cover all of IAM ({@code *}, {@code iam:*}) where
 *     the statement covers every IAM role, user and policy;
 * <li>{@code grants}: per Action entry (or NotAction element) of an identity policy that is not an administrator
 *     wildcard, for each rule of the pack ({@code hits}: issue code -> actions, in the rule's list order), which of
 *     the actions it asks about the entry grants on every resource of the action (per action, through the IAM
 *     reference's ARN formats) under no limiting condition, and that no unconditional Deny takes back;
 * <li>{@code escalations}: in an identity policy, the escalation catalogue's methods the policy holds by itself
 *     ({@link DocumentEscalations}), each with the method and the entry a finding points at.
 * </ul>
 * Only the asked-about actions are looked at, so the facts are small whatever the policy's size. A principal's
 * facts are made the same way ({@link #of(Principal)}).
 */
final class PackFacts {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String PASS_ROLE = "iam:passrole";
    /** What an administrator pattern must cover, on every resource, to count as all of IAM. */
    private static final List<String> IAM_POWER =
            List.of("iam:AttachRolePolicy", "iam:AttachUserPolicy", "iam:CreatePolicyVersion", "iam:PutRolePolicy");

    /**
     * An action the pack asks about: its name as the pack spells it (the facts use that spelling, so the rules look
     * names up without lower-casing them), lower-cased, and the reference's action when it knows it.
     */
    private record Asked(String asked, String service, String name, String lower, boolean byPack) {}

    private final IamReference reference;
    private final Map<String, List<Asked>> askedByService = new HashMap<>();
    private final List<Asked> asked = new ArrayList<>();
    private final Map<String, Asked> byLower = new HashMap<>();
    /** Per rule of the pack, the actions it asks about in its list order. */
    private final Map<String, List<Asked>> ruleLists = new LinkedHashMap<>();

    private final DocumentEscalations escalations;
    private final Map<String, Optional<Action>> actions = new ConcurrentHashMap<>();
    private final Map<String, List<Asked>> matches = new ConcurrentHashMap<>();
    private final Map<List<String>, List<Asked>> notMatches = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> methodJson = new ConcurrentHashMap<>();
    private final List<Action> iamPower;

    PackFacts(IamReference reference, Collection<String> askedActions) {
        this(reference, askedActions, EscalationCatalogue.methods());
    }

    /**
     * {@code askedActions}: the pack's (its {@code iamgate/asked_actions}), which the grant facts list;
     * {@code escalations}: the catalogue whose methods {@link DocumentEscalations} looks for, whose actions are
     * looked at too but handed to the pack only as the methods found.
     */
    PackFacts(IamReference reference, Collection<String> askedActions, List<EscalationMethod> escalations) {
        this.reference = reference;
        this.escalations = new DocumentEscalations(escalations);
        Set<String> seen = new LinkedHashSet<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String line : askedActions) {
            int space = line.indexOf(' ');
            if (space <= 0) {
                throw new IllegalArgumentException(
                        "an asked action must be written \"<issueCode> <action>\", not \"" + line + "\"");
            }
            String name = line.substring(space + 1).trim();
            lists.computeIfAbsent(line.substring(0, space), k -> new ArrayList<>())
                    .add(name);
            ask(name, true, seen);
        }
        lists.forEach((code, names) -> ruleLists.put(
                code,
                names.stream()
                        .map(n -> byLower.get(n.toLowerCase(Locale.ROOT)))
                        .filter(a -> a != null)
                        .toList()));
        for (EscalationMethod m : escalations) {
            m.actions().forEach(name -> ask(name, false, seen));
        }
        this.iamPower = IAM_POWER.stream()
                .map(reference::action)
                .flatMap(Optional::stream)
                .toList();
    }

    private void ask(String name, boolean byPack, Set<String> seen) {
        String lower = name.toLowerCase(Locale.ROOT);
        int colon = lower.indexOf(':');
        if (colon <= 0 || !seen.add(lower)) {
            return;
        }
        Asked a = new Asked(name, lower.substring(0, colon), lower.substring(colon + 1), lower, byPack);
        asked.add(a);
        byLower.put(lower, a);
        askedByService.computeIfAbsent(a.service(), k -> new ArrayList<>()).add(a);
    }

    ObjectNode of(PolicyUnit unit) {
        ObjectNode out = JSON.objectNode();
        List<Statement> statements = unit.document().statements();
        ArrayNode allowStatements = out.putArray("statements");
        ArrayNode admin = out.putArray("admin");
        for (Statement s : statements) {
            if (!s.isAllow()) {
                continue;
            }
            if (s.has("NotAction") || s.has("NotResource")) {
                ObjectNode st = allowStatements.addObject();
                st.set("path", path(s.path()));
                st.put("notAction", s.has("NotAction"));
                st.put("notResource", s.has("NotResource"));
            }
            if (identity(unit)
                    && !s.has("NotAction")
                    && s.actionEntries().stream().anyMatch(e -> adminPattern(e.value()))
                    && coversAllOfIam(s)) {
                for (ElementEntry e : s.actionEntries()) {
                    if (adminPattern(e.value())) {
                        ObjectNode a = admin.addObject();
                        a.set("path", path(e.path()));
                        a.put("value", e.value());
                    }
                }
            }
        }
        ArrayNode grants = out.putArray("grants");
        ArrayNode found = out.putArray("escalations");
        if (identity(unit)) {
            List<DocumentEscalations.Entry> entries = entries(statements);
            for (DocumentEscalations.Entry e : entries) {
                // An entry IAMGATE_ADMIN_WILDCARD reports is that one finding's, not every list rule's again.
                ObjectNode hits = e.admin() ? JSON.objectNode() : hits(e);
                if (!hits.isEmpty()) {
                    ObjectNode g = grants.addObject();
                    g.set("path", path(e.path()));
                    g.set("hits", hits);
                }
            }
            for (DocumentEscalations.Found f : escalations.of(entries)) {
                ObjectNode x = found.addObject();
                x.set("path", path(f.path()));
                x.set("method", method(f.method()));
            }
        }
        return out;
    }

    private static boolean identity(PolicyUnit unit) {
        return unit.policyType() == null || unit.policyType() == PolicyType.IDENTITY_POLICY;
    }

    /**
     * The facts of a principal ({@code iamgate/principal_findings}): its name and kind, whether outsiders can
     * assume it ({@link io.iamgate.principal.TrustSummary#openToOutsiders()}) and how, whether the Java principal
     * checks already call it powerful, and which asked-about actions it holds on every resource without a limiting
     * condition after its Deny statements and boundary ({@code unbounded}, as a set-like object).
     */
    ObjectNode of(Principal p) {
        ObjectNode out = JSON.objectNode();
        out.put("name", p.name());
        out.put("kind", p.kind().name());
        ObjectNode trust = out.putObject("trust");
        trust.put("open", p.trust().openToOutsiders());
        trust.put("summary", p.trust().describe());
        out.put("powerful", p.powerful());
        ObjectNode unbounded = out.putObject("unbounded");
        ActionSet held = p.permissions().unboundedActions();
        for (Asked a : asked) {
            Optional<Action> action = a.byPack() ? action(a) : Optional.empty();
            if (action.isPresent() && held.contains(action.get())) {
                unbounded.put(a.asked(), true);
            }
        }
        return out;
    }

    /**
     * Whether the facts hold nothing at all: an identity policy's rules read only its facts, so the pack has nothing
     * to say about it and need not be asked.
     */
    static boolean isEmpty(ObjectNode facts) {
        return facts.path("statements").isEmpty()
                && facts.path("admin").isEmpty()
                && facts.path("grants").isEmpty()
                && facts.path("escalations").isEmpty();
    }

    /** A pattern that covers every IAM action (as the pack has always judged it: it matches the text "iam:*"). */
    static boolean adminPattern(String pattern) {
        // Only a wildcard can match the text "iam:*"; most entries name one action, and need no parsing.
        if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
            return false;
        }
        return ActionPattern.parse(pattern).matches("iam", "*");
    }

    private boolean coversAllOfIam(Statement s) {
        ResourceMatcher matcher = matcher(s);
        return !iamPower.isEmpty()
                && iamPower.stream()
                        .allMatch(a -> matcher.coverage(a)
                                .filter(ResourceCoverage::all)
                                .isPresent());
    }

    /**
     * The grant entries of an identity policy: per Action entry (or NotAction element) of an Allow statement under
     * no limiting condition, the asked-about actions (the pack's and the escalation catalogue's) it grants on every
     * resource of the action and that no unconditional Deny takes back.
     */
    private List<DocumentEscalations.Entry> entries(List<Statement> statements) {
        Set<String> denied = denied(statements);
        List<DocumentEscalations.Entry> out = new ArrayList<>();
        for (Statement s : statements) {
            if (!s.isAllow()) {
                continue;
            }
            ConditionClass conditions = ConditionClass.of(s);
            if (conditions.limiting()) {
                continue;
            }
            // iam:PassedToService binds iam:PassRole only: for any other action the key is absent and the
            // condition fails, so such a statement grants nothing else.
            boolean passRoleOnly = !conditions.passedToServices().isEmpty();
            // Resource "*" covers every resource of every action: no ARN needs matching (most statements).
            boolean star = !s.has("NotResource")
                    && (!s.has("Resource")
                            || s.resourceEntries().stream()
                                    .anyMatch(e -> e.value().equals("*")));
            ResourceMatcher matcher = star ? null : matcher(s);
            Map<String, Boolean> everywhere = new HashMap<>();
            Boolean allOfIam = null;
            for (GrantEntry entry : entries(s)) {
                Set<String> names = new LinkedHashSet<>();
                for (Asked a : entry.asked()) {
                    if (denied.contains(a.lower())
                            || (passRoleOnly && !a.lower().equals(PASS_ROLE))) {
                        continue;
                    }
                    if (star || everywhere.computeIfAbsent(a.lower(), k -> onEveryResource(matcher, s, a))) {
                        names.add(a.lower());
                    }
                }
                if (names.isEmpty()) {
                    continue;
                }
                // The entry IAMGATE_ADMIN_WILDCARD reports: the other rules leave it to that one finding.
                boolean admin = !s.has("NotAction") && adminPattern(entry.text());
                if (admin) {
                    if (allOfIam == null) {
                        allOfIam = coversAllOfIam(s);
                    }
                    admin = allOfIam;
                }
                out.add(new DocumentEscalations.Entry(
                        entry.path(),
                        admin,
                        names,
                        conditions.passedToServices().stream()
                                .map(p -> p.toLowerCase(Locale.ROOT))
                                .toList()));
            }
        }
        return out;
    }

    /** Per rule, the actions of its list the entry grants, in list order (rules with none are left out). */
    private ObjectNode hits(DocumentEscalations.Entry e) {
        ObjectNode out = JSON.objectNode();
        ruleLists.forEach((code, list) -> {
            ArrayNode names = null;
            for (Asked a : list) {
                if (e.actions().contains(a.lower())) {
                    if (names == null) {
                        names = out.putArray(code);
                    }
                    names.add(a.asked());
                }
            }
        });
        return out;
    }

    /** A method as the privilege-escalation rule's finding describes it, made once per method. */
    private ObjectNode method(EscalationMethod m) {
        return methodJson.computeIfAbsent(m.issueCode(), k -> {
            ObjectNode o = methodJson(m);
            o.remove(List.of("source", "alsoCovers")); // the rule's description only, which iamgate/rules makes
            return o;
        });
    }

    /** The catalogue entry as the pack's privilege-escalation rules read it (also {@code iamgate/rules}' input). */
    static ObjectNode methodJson(EscalationMethod m) {
        ObjectNode o = JSON.objectNode();
        o.put("issueCode", m.issueCode());
        o.put("method", m.method());
        ArrayNode actions = o.putArray("actions");
        m.actions().forEach(actions::add);
        o.put("how", m.how());
        o.put("source", m.source());
        ArrayNode also = o.putArray("alsoCovers");
        m.alsoCovers().forEach(also::add);
        m.variants().forEach(also::add);
        return o;
    }

    /**
     * The asked-about actions each grant entry of the statement matches: one entry per Action pattern, or the
     * NotAction element as one entry (it grants every action none of its patterns matches).
     */
    private List<GrantEntry> entries(Statement s) {
        if (s.has("NotAction")) {
            List<String> patterns =
                    s.actionEntries().stream().map(ElementEntry::value).toList();
            return List.of(new GrantEntry(s.pathOf("NotAction"), "", notMatching(patterns)));
        }
        List<GrantEntry> out = new ArrayList<>(s.actionEntries().size());
        for (ElementEntry e : s.actionEntries()) {
            out.add(new GrantEntry(e.path(), e.value(), matching(e.value())));
        }
        return out;
    }

    /** One Action entry (or the NotAction element, with no text of its own) and the asked actions it names. */
    private record GrantEntry(ElementPath path, String text, List<Asked> asked) {}

    /** The asked actions none of a NotAction's patterns matches, memoised per pattern list like {@link #matching}. */
    private List<Asked> notMatching(List<String> patterns) {
        return notMatches.computeIfAbsent(patterns, k -> {
            List<ActionPattern> excluded = k.stream().map(ActionPattern::parse).toList();
            return asked.stream()
                    .filter(a -> excluded.stream().noneMatch(p -> p.matches(a.service(), a.name())))
                    .toList();
        });
    }

    /**
     * The reference's action, looked up on first need: looking one up decodes its service, and most runs ask about
     * few of the services the pack and the catalogue name.
     */
    private Optional<Action> action(Asked a) {
        return actions.computeIfAbsent(a.lower(), reference::action);
    }

    /** Memoised per pattern text: AWS managed policies repeat the same patterns ({@code ec2:Describe*}) often. */
    private List<Asked> matching(String pattern) {
        return matches.computeIfAbsent(pattern, k -> matching(ActionPattern.parse(k)));
    }

    private List<Asked> matching(ActionPattern p) {
        if (!p.isWellFormed()) {
            return List.of();
        }
        List<Asked> candidates = p.serviceHasWildcard()
                ? asked
                : askedByService.getOrDefault(p.servicePart().toLowerCase(Locale.ROOT), List.of());
        return candidates.stream().filter(a -> p.matches(a.service(), a.name())).toList();
    }

    /**
     * Every resource of the action: through its ARN formats when the reference knows it; an action it does not
     * know (the grammar checks report it) is taken as broad only under Resource "*".
     */
    private boolean onEveryResource(ResourceMatcher matcher, Statement s, Asked a) {
        Optional<Action> action = action(a);
        if (action.isPresent()) {
            return matcher.coverage(action.get()).filter(ResourceCoverage::all).isPresent();
        }
        return !s.has("NotResource")
                && s.resourceEntries().stream().anyMatch(e -> e.value().equals("*"));
    }

    /**
     * The asked-about actions an unconditional Deny takes away from "every resource": a Deny of every resource of
     * the action, or a Deny with NotResource, which leaves only the resources it lists. A conditional Deny takes
     * nothing away (its condition may not hold), nor does a Deny of some resources (the others stay allowed).
     */
    private Set<String> denied(List<Statement> statements) {
        Set<String> out = new LinkedHashSet<>();
        for (Statement s : statements) {
            if (!s.isDeny() || !ConditionClass.of(s).isUnconditional()) {
                continue;
            }
            ResourceMatcher matcher = matcher(s);
            for (GrantEntry entry : entries(s)) {
                for (Asked a : entry.asked()) {
                    if (takesAwayEveryResource(matcher, s, a)) {
                        out.add(a.lower());
                    }
                }
            }
        }
        return out;
    }

    /** Every resource, or every one but those a NotResource lists (NotResource "*" denies nothing). */
    private boolean takesAwayEveryResource(ResourceMatcher matcher, Statement s, Asked a) {
        Optional<Action> action = action(a);
        if (action.isPresent()) {
            return matcher.coverage(action.get())
                    .filter(c -> c.all() || c.included().equals(List.of("*")))
                    .isPresent();
        }
        boolean star = s.resourceEntries().stream().anyMatch(e -> e.value().equals("*"));
        return s.has("NotResource") ? !star : star;
    }

    private ResourceMatcher matcher(Statement s) {
        List<String> resources = new ArrayList<>();
        s.resourceEntries().forEach(e -> resources.add(e.value()));
        if (!s.has("Resource") && !s.has("NotResource")) {
            resources.add("*");
        }
        return new ResourceMatcher(reference, resources, s.has("NotResource"));
    }

    static ArrayNode path(ElementPath path) {
        ArrayNode out = JSON.arrayNode();
        for (PathElement e : path.elements()) {
            ObjectNode step = out.addObject();
            if (e instanceof PathElement.Value v) {
                step.put("value", v.value());
            } else if (e instanceof PathElement.Index i) {
                step.put("index", i.index());
            } else if (e instanceof PathElement.Key k) {
                step.put("key", k.key());
            }
        }
        return out;
    }
}
