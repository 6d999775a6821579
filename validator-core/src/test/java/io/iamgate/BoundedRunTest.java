package io.iamgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.analyze.Analyzer;
import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.LocalAnalyzer;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.extract.RawPolicyExtractor;
import io.iamgate.gate.ExitCode;
import io.iamgate.load.InputError;
import io.iamgate.load.Limits;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import io.iamgate.report.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits of issue #14 (item 5) end a run with an error that names the file and the limit (exit 2),
 * never with a hang or with gigabytes of memory; each attack has its safe twin just inside the limit.
 */
class BoundedRunTest {

    @TempDir
    Path repo;

    @Test
    void policyWithMoreStatementsThanTheLimitIsAnErrorNamingTheFile() throws IOException {
        write("many.json", policy(Limits.MAX_STATEMENTS_PER_POLICY + 1, 1));
        RunReport report = run(List.of(), Limits.FILE_TIME_BUDGET);
        assertEquals(ExitCode.ERROR, report.exitCode());
        InputError error = report.errors().get(0);
        assertEquals("many.json", error.file());
        assertEquals(
                "the policy has 1001 statements, more than the limit of 1000 (no IAM policy can hold that "
                        + "many); split it into several policies or exclude the file",
                error.message());
    }

    @Test
    void policyAtTheStatementLimitIsChecked() throws IOException {
        write("many.json", policy(Limits.MAX_STATEMENTS_PER_POLICY, 1));
        RunReport report = run(List.of(), Limits.FILE_TIME_BUDGET);
        assertEquals(List.of(), report.errors());
        assertEquals(ExitCode.PASSED, report.exitCode());
    }

    @Test
    void statementWithMoreEntriesThanTheLimitIsAnErrorNamingTheStatement() throws IOException {
        write("wide.json", policy(1, Limits.MAX_ENTRIES_PER_STATEMENT)); // one action + the resources
        RunReport report = run(List.of(), Limits.FILE_TIME_BUDGET);
        assertEquals(ExitCode.ERROR, report.exitCode());
        assertEquals("wide.json", report.errors().get(0).file());
        assertTrue(
                report.errors()
                        .get(0)
                        .message()
                        .startsWith("the policy has a statement (Statement[0]) with 10001 "
                                + "entries, more than the limit of 10000 per statement"),
                report.errors().get(0).message());
    }

    @Test
    void statementAtTheEntryLimitIsChecked() throws IOException {
        write("wide.json", policy(1, Limits.MAX_ENTRIES_PER_STATEMENT - 1));
        assertEquals(ExitCode.PASSED, run(List.of(), Limits.FILE_TIME_BUDGET).exitCode());
    }

    @Test
    void fileLargerThanTheSizeLimitIsAnErrorNamingTheLimit() throws IOException {
        Path big = repo.resolve("big.json");
        Files.writeString(big, policy(1, 1) + " ".repeat((int) Limits.MAX_FILE_BYTES));
        RunReport report = run(List.of(), Limits.FILE_TIME_BUDGET);
        assertEquals(ExitCode.ERROR, report.exitCode());
        assertEquals("big.json", report.errors().get(0).file());
        assertTrue(
                report.errors()
                        .get(0)
                        .message()
                        .contains("larger than the limit of " + Limits.MAX_FILE_BYTES
                                + " bytes; exclude it in .iamgate.yml or split it"),
                report.errors().get(0).message());
    }

    /** A policy whose analysis outlives its file's time budget: stopped at the next statement, reported. */
    @Test
    void analysisThatOutlivesTheFileTimeBudgetIsAnErrorNamingTheFile() throws IOException {
        write("slow.json", policy(200, 1));
        long start = System.nanoTime();
        RunReport report = run(List.of(new LocalAnalyzer(List.of(new SlowCheck()))), Duration.ofMillis(300));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(8).toNanos(), "200 statements x 50 ms would be 10 s");
        assertEquals(ExitCode.ERROR, report.exitCode());
        assertEquals("slow.json", report.errors().get(0).file());
        assertTrue(
                report.errors()
                        .get(0)
                        .message()
                        .startsWith("analysing the policy did not finish within the time "
                                + "budget of 300 ms per file, so it is not checked"),
                report.errors().get(0).message());
    }

    @Test
    void analysisWithinTheFileTimeBudgetIsReported() throws IOException {
        write("slow.json", policy(3, 1));
        RunReport report = run(List.of(new LocalAnalyzer(List.of(new SlowCheck()))), Duration.ofSeconds(60));
        assertEquals(List.of(), report.errors());
        assertEquals(3, report.policies().get(0).findings().size());
    }

    /** Takes 50 ms per statement (a stand-in for work a hostile policy makes long) and reports each. */
    @CheckInfo(issueCode = "SLOW_TEST_CHECK", findingType = FindingType.SUGGESTION, title = "Slow", anchor = "slow")
    static final class SlowCheck extends PolicyCheck implements StatementCheck {
        @Override
        public void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // keep the budget's signal for the analyzer's checkpoint
            }
            out.report(finding("slow", statement.location()));
        }
    }

    private RunReport run(List<Analyzer> analyzers, Duration budget) throws IOException {
        var config =
                io.iamgate.config.RunConfig.builder(repo).paths(List.of(repo)).build();
        return new Validator(List.of(new RawPolicyExtractor()), analyzers, List.of(), Iamgate.toolInfo(), budget)
                .run(config);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(repo.resolve(name), text);
    }

    /** {@code statements} statements, each with one action and {@code resources} resources. */
    private static String policy(int statements, int resources) {
        List<String> out = new ArrayList<>();
        for (int s = 0; s < statements; s++) {
            List<String> arns = new ArrayList<>();
            for (int r = 0; r < resources; r++) {
                arns.add("\"arn:aws:s3:::bucket-" + s + "/" + r + "\"");
            }
            out.add("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":[" + String.join(",", arns) + "]}");
        }
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", out) + "]}";
    }
}
