package io.iamgate.access;

import io.iamgate.load.Position;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns the grants the access stage computed for one policy into {@link AccessEntry}s: one per grant and
 * resource pattern, with the statement's conditions and principals in a form that ignores layout and order.
 */
public final class AccessEntries {

    private AccessEntries() {}

    /**
     * The entries of {@code grants}, whose statements are those of {@code document} ({@code null} when the text is
     * not at hand: then the condition keys stand for the conditions); {@code place} gives a statement's position
     * in {@code file}.
     */
    public static List<AccessEntry> of(
            PolicyGrants grants,
            PolicyDocument document,
            String file,
            Function<Statement, Position> place,
            Position fallback) {
        Map<Integer, Statement> statements = new HashMap<>();
        if (document != null && !document.isUnknown()) {
            document.statements().forEach(s -> statements.put(s.index(), s));
        }
        List<AccessEntry> out = new ArrayList<>();
        for (Grant g : grants.grants()) {
            Statement st = statements.get(g.source().statement());
            Set<String> conditions = st == null ? new TreeSet<>(g.conditions().keys()) : conditions(st);
            Set<String> principals = st == null ? Set.of() : principals(st);
            Position at = st == null ? fallback : place.apply(st);
            AccessEntry.Site site = new AccessEntry.Site(
                    file,
                    at.line(),
                    at.column(),
                    grants.policy(),
                    g.source().statement(),
                    g.source().sid());
            if (g.resources().all()) {
                out.add(new AccessEntry(g.allow(), g.actions(), "*", List.of(), conditions, principals, site));
            } else {
                for (String r : g.resources().included()) {
                    out.add(new AccessEntry(
                            g.allow(), g.actions(), r, g.resources().excluded(), conditions, principals, site));
                }
            }
        }
        return out;
    }

    /** {@code Operator key=value,value} per condition entry, values sorted: equal whatever the layout or order. */
    public static Set<String> conditions(Statement st) {
        Set<String> out = new TreeSet<>();
        for (Statement.ConditionBlock block : st.conditionBlocks()) {
            for (ConditionEntry e : block.entries()) {
                List<String> values = new ArrayList<>(
                        e.values().stream().map(ConditionValue::text).toList());
                values.sort(null);
                out.add(e.operator().text() + " " + e.key().toLowerCase(Locale.ROOT) + "=" + String.join(",", values));
            }
        }
        return out;
    }

    /** {@code Type:value} of each principal; a NotPrincipal stands for anyone (it allows all but a few). */
    public static Set<String> principals(Statement st) {
        Set<String> out = new TreeSet<>();
        for (PrincipalEntry p : st.principalEntries()) {
            if (p.isNegated() || p.isAnyone()) {
                out.add("*");
            } else {
                out.add(p.type() + ":" + p.value());
            }
        }
        return out;
    }
}
