package io.iamgate.principal;

import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a role trust policy into a {@link TrustSummary}. */
public final class TrustReader {

    private static final String GITHUB = "token.actions.githubusercontent.com";
    /** Keys that tie a public principal to an organisation, account or caller. */
    private static final Set<String> CALLER_KEYS = Set.of(
            "aws:principalorgid",
            "aws:principalorgpaths",
            "aws:principalaccount",
            "aws:principalarn",
            "aws:sourceaccount",
            "aws:sourcearn",
            "aws:sourceorgid",
            "aws:sourceorgpaths",
            "aws:principalisawsservice",
            "aws:userid",
            "aws:username");

    private static final Pattern ACCOUNT = Pattern.compile("^(?:arn:[^:]*:iam::)?(\\d{12})(?::|$)");

    private TrustReader() {}

    public static TrustSummary read(PolicyDocument trust, String ownAccount) {
        List<String> principals = new ArrayList<>();
        List<String> otherAccounts = new ArrayList<>();
        boolean anyone = false;
        boolean github = false;
        for (Statement st : trust.statements()) {
            if (!st.isAllow() || !assumes(st)) {
                continue;
            }
            for (PrincipalEntry p : st.principalEntries()) {
                if (p.isNegated()) {
                    continue;
                }
                principals.add(p.type().equals(PrincipalEntry.WILDCARD) ? "*" : p.type() + ": " + p.value());
                if (p.isAnyone() && !hasKey(st, CALLER_KEYS)) {
                    anyone = true;
                }
                if (p.type().equals("Federated") && p.value().contains(GITHUB) && anyRepository(st)) {
                    github = true;
                }
                if (p.type().equals("AWS")) {
                    Matcher m = ACCOUNT.matcher(p.value());
                    if (m.find() && !m.group(1).equals(ownAccount) && !otherAccounts.contains(m.group(1))) {
                        otherAccounts.add(m.group(1));
                    }
                }
            }
        }
        return new TrustSummary(principals, anyone, github, otherAccounts);
    }

    private static boolean assumes(Statement st) {
        for (ElementEntry e : st.actionEntries()) {
            String a = e.value().toLowerCase(Locale.ROOT);
            if (e.isNegated() || a.equals("*") || a.startsWith("sts:assume") || a.equals("sts:*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasKey(Statement st, Set<String> keys) {
        return st.conditionBlocks().stream()
                .flatMap(b -> b.entries().stream())
                .anyMatch(e -> keys.contains(e.key().toLowerCase(Locale.ROOT)));
    }

    /** No {@code sub} condition, or one whose repository part is a wildcard ({@code repo:org/*}). */
    private static boolean anyRepository(Statement st) {
        List<ConditionEntry> subs = st.conditionBlocks().stream()
                .flatMap(b -> b.entries().stream())
                .filter(e -> e.key().equalsIgnoreCase(GITHUB + ":sub")
                        && !e.operator().text().contains("Not"))
                .toList();
        if (subs.isEmpty()) {
            return true;
        }
        for (ConditionEntry e : subs) {
            for (ConditionValue v : e.values()) {
                if (v.isString() && repositoryIsWildcard(v.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean repositoryIsWildcard(String sub) {
        if (!sub.startsWith("repo:")) {
            return sub.startsWith("*") || sub.startsWith("?");
        }
        String rest = sub.substring("repo:".length());
        int colon = rest.indexOf(':');
        String repository = colon < 0 ? rest : rest.substring(0, colon);
        return repository.indexOf('*') >= 0 || repository.indexOf('?') >= 0;
    }
}
