package io.iamgate.analyze.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.local.CorpusFixture.Entry;
import io.iamgate.analyze.local.CorpusFixture.Observed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statement, principal, trust, SCP/RCP, PassRole/SLR, variable and size checks against Access
 * Analyzer's real answers: every finding of theirs in the corpus is reproduced with the same code, paths and
 * spans (recall), and they report nothing Access Analyzer did not (precision).
 */
class StatementFamiliesCorpusTest {

    private static final Set<String> PACKAGES =
            Set.of("statement", "principal", "trust", "org", "passrole", "variable", "size");

    /**
     * ValidatePolicy's input maximum (AWS's own cfn-policy-validator refuses to send 32,768 or more
     * non-whitespace characters); Access Analyzer answered nothing for the corpus policies above it, so they
     * say nothing about precision.
     */
    private static final int VALIDATE_POLICY_MAXIMUM = 32_768;

    /**
     * Where these checks and Access Analyzer knowingly differ, with the reason. None at present: the one
     * there was (AWSLambdaReplicator's StringLikeIfExists on iam:PassedToService) follows the documented
     * resolution now, see SensitiveActionGrantCheck.
     */
    private static final Set<String> KNOWN_DIVERGENCES = Set.of();

    private static LocalAnalyzer analyzer;
    private static Set<String> codes;

    @BeforeAll
    static void chooseChecks() {
        List<PolicyCheck> mine = new ArrayList<>();
        for (PolicyCheck c : LocalChecks.all()) {
            String pkg = c.getClass().getPackageName();
            if (PACKAGES.contains(pkg.substring(pkg.lastIndexOf('.') + 1))) {
                mine.add(c);
            }
        }
        analyzer = new LocalAnalyzer(mine);
        codes = new HashSet<>();
        mine.forEach(c -> codes.add(c.metadata().issueCode()));
    }

    @Test
    void reproducesAccessAnalyzersFindingsAndNothingElse() {
        List<String> missing = new ArrayList<>();
        Set<String> extra = new TreeSet<>();
        int reproduced = 0;
        for (Entry entry : CorpusFixture.open().entries()) {
            List<Observed> expected = new ArrayList<>(entry.expected().stream()
                    .filter(o -> codes.contains(o.issueCode()))
                    .toList());
            List<Observed> actual = new ArrayList<>(
                    analyzer.analyze(entry.unit()).stream().map(Observed::of).toList());
            for (Observed o : List.copyOf(expected)) {
                if (actual.remove(o)) {
                    expected.remove(o);
                    reproduced++;
                }
            }
            expected.forEach(o -> missing.add(entry.name() + ": " + o));
            if (nonWhitespace(entry.text()) < VALIDATE_POLICY_MAXIMUM) {
                actual.forEach(o -> extra.add(entry.name() + ": extra " + o.issueCode() + " " + o.locations()));
            }
        }
        assertEquals(List.of(), missing, "Access Analyzer findings not reproduced");
        assertEquals(KNOWN_DIVERGENCES, extra, "findings Access Analyzer did not report");
        assertTrue(reproduced >= 27, "reproduced only " + reproduced);
    }

    private static int nonWhitespace(String text) {
        return (int) text.chars()
                .filter(c -> c != ' ' && c != '\n' && c != '\r' && c != '\t')
                .count();
    }
}
