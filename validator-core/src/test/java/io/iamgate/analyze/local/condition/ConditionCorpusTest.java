package io.iamgate.analyze.local.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.local.CorpusFixture;
import io.iamgate.analyze.local.LocalAnalyzer;
import io.iamgate.analyze.local.LocalChecks;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The condition checks against real Access Analyzer answers: for every corpus policy, the findings of the
 * condition checks' codes must be exactly AA's findings of those codes (code, type, every path and span).
 * That covers recall (EQUIVALENT_TO_NULL_FALSE is the corpus's most frequent code) and precision (none of
 * these codes where AA raised none).
 */
class ConditionCorpusTest {

    /** The codes of this family (the per-service condition checks are judged elsewhere). */
    static final Set<String> CODES = Set.of(
            "INVALID_CONDITION_OPERATOR",
            "INVALID_CONDITION_KEY_FORMAT",
            "INVALID_CONDITION_DATA_TYPE",
            "INVALID_CONDITION_MULTIPLE_BOOLEAN",
            "DUPLICATE_KEYS_WITH_DIFFERENT_CASE",
            "NULL_WITH_IF_EXISTS",
            "NULL_WITH_QUALIFIER",
            "EMPTY_ARRAY_CONDITION",
            "EMPTY_ARRAY_CONDITION_FORALLVALUES",
            "EMPTY_ARRAY_CONDITION_FORANYVALUE",
            "EMPTY_ARRAY_CONDITION_IFEXISTS",
            "EMPTY_OBJECT_CONDITION",
            "EQUIVALENT_TO_NULL_FALSE",
            "EQUIVALENT_TO_NULL_TRUE",
            "TYPE_MISMATCH_BOOLEAN",
            "TYPE_MISMATCH_DATE",
            "TYPE_MISMATCH_NUMBER",
            "TYPE_MISMATCH_STRING",
            "TYPE_MISMATCH_IP_RANGE",
            "INVALID_DATE_VALUE",
            "PRIVATE_IP_ADDRESS",
            "PRIVATE_NOT_IP_ADDRESS",
            "PRIVATE_IP_ADDRESS_SUBSET",
            "PRIVATE_NOT_IP_ADDRESS_SUBSET",
            "IMPROVE_IP_RANGE",
            "INVALID_REGION",
            "INVALID_VPC_FORMAT",
            "INVALID_VPCE_FORMAT",
            "WILDCARD_WITHOUT_LIKE_OPERATOR",
            "REDUNDANT_CONDITION_VALUE_NUM",
            "INVALID_VARIABLE_FOR_OPERATOR",
            "REDUNDANT_KEY_DUE_TO_WILDCARD_IN_CONDITION",
            "REDUNDANT_STATEMENT_DUE_TO_WILDCARD_IN_CONDITION",
            "MISSING_TAG_KEY_IN_CONDITION",
            "CONFIRM_AUDIENCE_CLAIM_TYPE",
            "FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE",
            "UNTRUSTWORTHY_CONDITION_KEY",
            "MISSING_PAIRED_CONDITION_KEYS",
            "VARIABLE_USAGE_TOO_PERMISSIVE",
            "WILDCARD_USAGE_TOO_PERMISSIVE",
            "INVALID_KMS_KEY_VALUE",
            "S3_PREFIX_IN_NEGATIVE_CONTEXT",
            "DYNAMODB_ATTRIBUTES_WITHOUT_SELECT",
            "RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY",
            "RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY",
            "RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK",
            "INVALID_GLOBAL_CONDITION_KEY",
            "DEPRECATED_GLOBAL_CONDITION_KEY",
            "UNSUPPORTED_GLOBAL_CONDITION_KEY",
            "IRRELEVANT_CONDITION_KEY_IN_POLICY");

    @Test
    void conditionChecksMatchAccessAnalyzerOnTheCorpus() {
        CorpusFixture corpus = CorpusFixture.open();
        List<PolicyCheck> checks = LocalChecks.all().stream()
                .filter(c -> CODES.contains(c.metadata().issueCode()))
                .collect(Collectors.toList());
        assertEquals(CODES.size(), checks.size(), "every condition code has its check in LocalChecks.all()");
        LocalAnalyzer analyzer = new LocalAnalyzer(checks);
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        int expectedCount = 0;
        for (CorpusFixture.Entry c : corpus.entries()) {
            Set<String> expected = new TreeSet<>();
            for (CorpusFixture.Observed f : c.expected()) {
                if (CODES.contains(f.issueCode())) {
                    expected.add(c.name() + " " + f);
                }
            }
            expectedCount += expected.size();
            Set<String> actual = new TreeSet<>();
            for (Finding f : analyzer.analyze(c.unit())) {
                actual.add(c.name() + " " + CorpusFixture.Observed.of(f));
            }
            expected.stream().filter(e -> !actual.contains(e)).forEach(missing::add);
            actual.stream().filter(a -> !expected.contains(a)).forEach(extra::add);
        }
        assertTrue(expectedCount > 0, "the corpus has findings of the condition codes");
        assertEquals(List.of(), head(missing), missing.size() + " AA findings the condition checks did not reproduce");
        assertEquals(List.of(), head(extra), extra.size() + " condition findings AA did not raise");
    }

    private static List<String> head(List<String> lines) {
        return lines.subList(0, Math.min(lines.size(), 15));
    }
}
