package io.iamgate.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.analyze.local.LocalChecks;
import io.iamgate.reference.IamReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's bookkeeping on a corpus small enough to count by hand. */
class ConformanceRunnerTest {

    private static final String REDUNDANT_EXPECTED =
            "[{\"findingType\":\"SUGGESTION\",\"issueCode\":\"REDUNDANT_ACTION\","
                    + "\"findingDetails\":\"x\",\"learnMoreLink\":\"x\",\"locations\":["
                    + loc(0, 71, 89) + "," + loc(1, 91, 109) + "]}]";

    @Test
    void countsMatchesMissesExtrasAndDrift(@TempDir Path corpus) throws IOException {
        Files.createDirectories(corpus.resolve("policies"));
        Files.createDirectories(corpus.resolve("expected"));
        // matched, with exact spans: a duplicate action
        write(
                corpus,
                "A.json",
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": "
                        + "[\"ec2:DescribeVpcs\", \"ec2:DescribeVpcs\"], \"Resource\": \"*\"}]}",
                REDUNDANT_EXPECTED);
        // missed: Access Analyzer reported a code no check produces here
        write(
                corpus,
                "B.json",
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": "
                        + "\"s3:GetObject\", \"Resource\": \"*\"}]}",
                "[{\"findingType\":\"WARNING\",\"issueCode\":\"SOMETHING\","
                        + "\"findingDetails\":\"x\",\"learnMoreLink\":\"x\",\"locations\":[]}]");
        // extra: a StringLike on an ARN key that the recorded answer does not have
        write(
                corpus,
                "C.json",
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": "
                        + "\"s3:GetObject\", \"Resource\": \"*\", \"Condition\": {\"StringLike\": {\"aws:SourceArn\": \"arn:*\"}}}]}",
                "[]");
        // drift: an action the reference does not know, accepted by Access Analyzer
        write(
                corpus,
                "D.json",
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": "
                        + "\"s3:NoSuchActionEver\", \"Resource\": \"*\"}]}",
                "[]");

        Conformance.Result r = new Conformance(corpus, LocalChecks.analyzer(), IamReference.bundled()).run();

        assertEquals(1, r.matched().size(), r.report());
        assertEquals(1, r.exactSpans().size(), r.report());
        assertEquals(1, r.falseNegatives().size(), r.report());
        assertEquals(1, r.falsePositives().size(), r.report());
        assertEquals(
                "STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS",
                r.falsePositives().get(0).key().issueCode());
        assertEquals(1, r.drift().size(), r.report());
        assertEquals("D.json", r.drift().get(0).file());
        assertEquals(0.5, r.recall(), 1e-9);
        assertEquals(0.5, r.precision(), 1e-9);
    }

    private static String loc(int index, int start, int end) {
        return "{\"path\":[{\"value\":\"Statement\"},{\"index\":0},{\"value\":\"Action\"},{\"index\":" + index + "}],"
                + "\"span\":{\"start\":{\"line\":1,\"column\":" + start + ",\"offset\":" + start + "},"
                + "\"end\":{\"line\":1,\"column\":" + end + ",\"offset\":" + end + "}}}";
    }

    private static void write(Path corpus, String name, String policy, String expected) throws IOException {
        Files.writeString(corpus.resolve("policies").resolve(name), policy);
        Files.writeString(corpus.resolve("expected").resolve(name), expected);
    }
}
