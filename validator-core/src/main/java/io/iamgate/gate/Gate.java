package io.iamgate.gate;

import io.iamgate.config.FailOn;
import io.iamgate.config.PathGlob;
import io.iamgate.config.Suppression;
import io.iamgate.model.CodeSuppression;
import io.iamgate.model.Finding;
import io.iamgate.model.PathElement;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.SourceResource;
import io.iamgate.model.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The blocking decision for one run: a finding blocks when its type is in failOn, unless a suppression
 * in force (written on the policy's resource in the code, or in the configuration) or the baseline accepts it.
 * An expired suppression accepts nothing; the finding says since when. Remembers which baseline entries and
 * suppressions matched, so that the others can be reported as stale or unused. Used by one thread, for one run.
 */
public final class Gate {

    /** The decision about one finding. */
    public record Decision(boolean blocking, Optional<SuppressionState> suppression) {}

    private record Rule(Suppression suppression, PathGlob file, Optional<PathGlob> resource) {}

    /** A suppression that may accept a finding, wherever it is written. */
    private record Candidate(Object key, String reason, Optional<LocalDate> expires) {}

    private final FailOn failOn;
    private final List<Rule> rules;
    private final Optional<Baseline> baseline;
    private final String baselineName;
    private final LocalDate today;
    private final Set<String> matched = new HashSet<>();
    private final Set<Object> usedSuppressions = new HashSet<>();

    /**
     * @param baselineName how the baseline file is named in reports
     * @param today the date suppressions expire against (the run's date, UTC)
     */
    public Gate(
            FailOn failOn,
            List<Suppression> suppressions,
            Optional<Baseline> baseline,
            String baselineName,
            LocalDate today) {
        this.failOn = failOn;
        List<Rule> r = new ArrayList<>();
        for (Suppression s : suppressions) {
            r.add(new Rule(s, PathGlob.of(s.fileGlob()), s.resourceGlob().map(PathGlob::of)));
        }
        this.rules = List.copyOf(r);
        this.baseline = baseline;
        this.baselineName = baselineName;
        this.today = today;
    }

    public Decision decide(PolicyUnit unit, Finding finding, String fingerprint) {
        List<Candidate> candidates = new ArrayList<>();
        for (CodeSuppression s : unit.resource().suppressions()) {
            if (codeMatches(s.issueCode(), finding)) {
                candidates.add(new Candidate(s, s.reason(), s.expires()));
            }
        }
        for (Rule rule : rules) {
            if (matches(rule, unit, finding)) {
                candidates.add(new Candidate(
                        rule, rule.suppression().reason(), rule.suppression().expires()));
            }
        }
        Candidate accepting = null;
        Candidate expired = null;
        for (Candidate c : candidates) {
            usedSuppressions.add(c.key());
            if (c.expires().filter(today::isAfter).isEmpty()) {
                accepting = accepting == null ? c : accepting;
            } else if (expired == null
                    || c.expires().get().isAfter(expired.expires().get())) {
                expired = c;
            }
        }
        if (accepting != null) {
            return new Decision(
                    false,
                    Optional.of(new SuppressionState(
                            SuppressionState.Source.SUPPRESSION, accepting.reason(), accepting.expires(), false)));
        }
        if (baseline.isPresent() && baseline.get().entry(fingerprint).isPresent()) {
            matched.add(fingerprint);
            return new Decision(
                    false,
                    Optional.of(new SuppressionState(
                            SuppressionState.Source.BASELINE, "recorded in " + baselineName, Optional.empty(), false)));
        }
        Optional<SuppressionState> note = expired == null
                ? Optional.empty()
                : Optional.of(new SuppressionState(
                        SuppressionState.Source.SUPPRESSION, expired.reason(), expired.expires(), true));
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
                .filter(e -> checkedFiles.contains(e.file()) && !matched.contains(e.fingerprint()))
                .toList();
    }

    /**
     * Suppressions that accepted no finding of this run (call after the last decision), where the run could tell:
     * one written in the code of a file this run checked completely (on a resource that holds a policy, or on one
     * of {@code suppressing}, the resources that declare suppressions whether or not they hold one), and one of the
     * configuration whose file glob selects such a file with a policy (a pre-commit run sees only the changed
     * files, so a suppression about another file says nothing; a resource glob that selects nothing there is a
     * typo or a removed resource). Each once: those in the code by file and line, then the configuration's.
     */
    public List<UnusedSuppression> unusedSuppressions(
            Set<String> checkedFiles, List<PolicyUnit> units, List<SourceResource> suppressing) {
        List<PolicyUnit> checked =
                units.stream().filter(u -> checkedFiles.contains(u.file())).toList();
        Map<CodeSuppression, String> inCode = new LinkedHashMap<>();
        Stream.concat(checked.stream().map(PolicyUnit::resource), suppressing.stream())
                .forEach(r -> r.suppressions().stream()
                        .filter(s -> checkedFiles.contains(s.file()) && !usedSuppressions.contains(s))
                        .forEach(s -> inCode.putIfAbsent(s, r.name().orElse(""))));
        List<UnusedSuppression> unused = new ArrayList<>();
        inCode.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<CodeSuppression, String> e) ->
                                e.getKey().file())
                        .thenComparingInt(e -> e.getKey().line()))
                .forEach(e -> unused.add(new UnusedSuppression(
                        e.getKey().declaredAt(),
                        e.getKey().issueCode(),
                        e.getValue(),
                        e.getKey().reason())));
        for (Rule rule : rules) {
            if (!usedSuppressions.contains(rule)
                    && checked.stream().anyMatch(u -> rule.file().matches(u.file()))) {
                Suppression s = rule.suppression();
                unused.add(new UnusedSuppression(
                        s.declaredAt(), s.issueCode(), s.resourceGlob().orElse(""), s.reason()));
            }
        }
        return List.copyOf(unused);
    }

    private static boolean codeMatches(String issueCode, Finding finding) {
        return issueCode.equals("*") || issueCode.equals(finding.issueCode());
    }

    /** The rule's file glob selects the unit's file, and its resource glob, if any, one of the unit's names. */
    private static boolean inScope(Rule rule, PolicyUnit unit) {
        return rule.file().matches(unit.file())
                && rule.resource()
                        .map(g -> unit.resource().names().stream().anyMatch(g::matches))
                        .orElse(true);
    }

    private static boolean matches(Rule rule, PolicyUnit unit, Finding finding) {
        Suppression s = rule.suppression();
        if (!codeMatches(s.issueCode(), finding) || !inScope(rule, unit)) {
            return false;
        }
        if (s.path().isPresent()
                && !pathMatches(s.path().get(), finding.primaryPath().toString())) {
            return false;
        }
        return s.sid().isEmpty()
                || statementOf(unit, finding)
                        .flatMap(Statement::sid)
                        .filter(s.sid().get()::equals)
                        .isPresent();
    }

    /** The configured path names the finding's element or one that contains it. */
    static boolean pathMatches(String configured, String actual) {
        String c = configured.replace(" ", "");
        return actual.equals(c)
                || actual.startsWith(c + ".")
                || actual.startsWith(c + "[")
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
