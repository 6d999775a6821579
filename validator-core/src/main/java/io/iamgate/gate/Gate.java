package io.iamgate.gate;

import io.iamgate.config.FailOn;
import io.iamgate.config.PathGlob;
import io.iamgate.config.Suppression;
import io.iamgate.model.Finding;
import io.iamgate.model.PathElement;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The blocking decision for one run: a finding blocks when its type is in failOn, unless a suppression
 * in force or the baseline accepts it. An expired suppression accepts nothing; the finding says since
 * when. Remembers which baseline entries matched, so that the others can be reported as stale. Used by one
 * thread, for one run.
 */
public final class Gate {

    /** The decision about one finding. */
    public record Decision(boolean blocking, Optional<SuppressionState> suppression) {
    }

    private record Rule(Suppression suppression, PathGlob file) {
    }

    private final FailOn failOn;
    private final List<Rule> rules;
    private final Optional<Baseline> baseline;
    private final String baselineName;
    private final LocalDate today;
    private final Set<String> matched = new HashSet<>();

    /**
     * @param baselineName how the baseline file is named in reports
     * @param today the date suppressions expire against (the run's date, UTC)
     */
    public Gate(FailOn failOn, List<Suppression> suppressions, Optional<Baseline> baseline, String baselineName,
            LocalDate today) {
        this.failOn = failOn;
        List<Rule> r = new ArrayList<>();
        for (Suppression s : suppressions) {
            r.add(new Rule(s, PathGlob.of(s.fileGlob())));
        }
        this.rules = List.copyOf(r);
        this.baseline = baseline;
        this.baselineName = baselineName;
        this.today = today;
    }

    public Decision decide(PolicyUnit unit, Finding finding, String fingerprint) {
        Suppression expired = null;
        for (Rule rule : rules) {
            if (!matches(rule, unit, finding)) {
                continue;
            }
            Suppression s = rule.suppression();
            boolean isExpired = s.expires().filter(today::isAfter).isPresent();
            if (!isExpired) {
                return new Decision(false, Optional.of(new SuppressionState(SuppressionState.Source.SUPPRESSION,
                        s.reason(), s.expires(), false)));
            }
            if (expired == null || s.expires().get().isAfter(expired.expires().get())) {
                expired = s;
            }
        }
        if (baseline.isPresent() && baseline.get().entry(fingerprint).isPresent()) {
            matched.add(fingerprint);
            return new Decision(false, Optional.of(new SuppressionState(SuppressionState.Source.BASELINE,
                    "recorded in " + baselineName, Optional.empty(), false)));
        }
        Optional<SuppressionState> note = expired == null ? Optional.empty()
                : Optional.of(new SuppressionState(SuppressionState.Source.SUPPRESSION, expired.reason(),
                        expired.expires(), true));
        return new Decision(failOn.blocks(finding), note);
    }

    /**
     * Baseline entries no finding matched (call after the last decision), among the entries of files this
     * run checked completely: a file outside the run (a pre-commit run sees only changed files) or one
     * that could not be read says nothing about its entries.
     */
    public List<BaselineEntry> staleBaselineEntries(Set<String> checkedFiles) {
        if (baseline.isEmpty()) {
            return List.of();
        }
        return baseline.get().entries().stream()
                .filter(e -> checkedFiles.contains(e.file()) && !matched.contains(e.fingerprint())).toList();
    }

    private static boolean matches(Rule rule, PolicyUnit unit, Finding finding) {
        Suppression s = rule.suppression();
        if (!s.issueCode().equals("*") && !s.issueCode().equals(finding.issueCode())) {
            return false;
        }
        if (!rule.file().matches(unit.file())) {
            return false;
        }
        if (s.path().isPresent() && !pathMatches(s.path().get(), finding.primaryPath().toString())) {
            return false;
        }
        return s.sid().isEmpty() || statementOf(unit, finding).flatMap(Statement::sid).filter(s.sid().get()::equals)
                .isPresent();
    }

    /** The configured path names the finding's element or one that contains it. */
    static boolean pathMatches(String configured, String actual) {
        String c = configured.replace(" ", "");
        return actual.equals(c) || actual.startsWith(c + ".") || actual.startsWith(c + "[")
                || actual.startsWith(c + "{");
    }

    /** The statement whose path is a prefix of the finding's path. */
    private static Optional<Statement> statementOf(PolicyUnit unit, Finding finding) {
        List<PathElement> path = finding.primaryPath().elements();
        for (Statement st : unit.document().statements()) {
            List<PathElement> sp = st.path().elements();
            if (sp.size() <= path.size() && path.subList(0, sp.size()).equals(sp)) {
                return Optional.of(st);
            }
        }
        return Optional.empty();
    }
}
