package io.iamgate.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.access.AccessComparison;
import io.iamgate.access.AccessEntry;
import io.iamgate.config.DiffCategory;
import io.iamgate.config.RunConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff} on raw policy files in a git repository the test makes: what is added, removed, and what blocks. */
class DiffRunTest {

    @TempDir
    Path dir;

    private static final String READ = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*"}
              ]
            }
            """;

    private DiffRun.Outcome diff(GitRepo repo, String ref) throws Exception {
        return DiffRun.run(RunConfig.defaults(repo.root, List.of(repo.root)), ref, "git");
    }

    private GitRepo repoWith(String path, String text) throws Exception {
        GitRepo repo = GitRepo.init(dir);
        repo.write(path, text).commit("base");
        return repo;
    }

    private static SubjectChange only(AccessDiff diff) {
        assertEquals(1, diff.changes().size(), diff.changes().toString());
        return diff.changes().get(0);
    }

    @Test
    void anAddedActionIsReportedAtTheLineOfItsStatement() throws Exception {
        GitRepo repo = repoWith("policies/app.json", READ);
        repo.write("policies/app.json", """
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*"},
                    {"Sid": "Write", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::data/*"}
                  ]
                }
                """);
        DiffRun.Outcome o = diff(repo, "main");
        SubjectChange c = only(o.diff());
        assertEquals(SubjectChange.Status.CHANGED, c.status());
        assertEquals(1, c.added().size());
        AccessEntry added = c.added().get(0).entry();
        assertEquals(List.of("s3:PutObject"), added.actions().describe(10));
        assertEquals("arn:aws:s3:::data/*", added.resource());
        assertEquals(5, added.site().line());
        assertEquals("policies/app.json", added.site().file());
        assertTrue(c.removed().isEmpty());
        assertFalse(c.blocking());
        assertEquals(0, o.report().exitCode());
    }

    @Test
    void aWildcardShowsTheActionsItNowCovers() throws Exception {
        GitRepo repo = repoWith("p.json", READ);
        repo.write("p.json", READ.replace("\"s3:GetObject\"", "[\"s3:GetObject\", \"s3:DeleteObject*\"]"));
        SubjectChange c = only(diff(repo, "main").diff());
        List<String> actions = c.added().get(0).entry().actions().describe(50);
        assertTrue(
                actions.containsAll(List.of(
                        "s3:DeleteObject",
                        "s3:DeleteObjectTagging",
                        "s3:DeleteObjectVersion",
                        "s3:DeleteObjectVersionTagging")),
                actions.toString());
        assertFalse(actions.contains("s3:GetObject"), actions.toString());
    }

    @Test
    void aRemovedGrantIsReportedAsRemoved() throws Exception {
        GitRepo repo = repoWith(
                "p.json",
                READ.replace("\"s3:GetObject\"", "[\"s3:GetObject\", \"s3:ListBucket\"]")
                        .replace("\"arn:aws:s3:::data/*\"", "[\"arn:aws:s3:::data/*\", \"arn:aws:s3:::data\"]"));
        repo.write("p.json", READ);
        SubjectChange c = only(diff(repo, "main").diff());
        assertTrue(c.added().isEmpty(), c.added().toString());
        assertEquals(
                List.of("s3:ListBucket"), c.removed().get(0).entry().actions().describe(10));
    }

    @Test
    void aGrantThatGainsALimitingConditionIsNarrowerNotNew() throws Exception {
        GitRepo repo = repoWith("p.json", READ);
        repo.write("p.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*",
                   "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}}]}
                """);
        SubjectChange c = only(diff(repo, "main").diff());
        assertTrue(c.added().isEmpty(), c.added().toString());
        assertEquals(1, c.removed().size(), "the unconditional grant is gone");
    }

    @Test
    void droppingAConditionAddsTheGrantBack() throws Exception {
        GitRepo repo = repoWith("p.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*",
                   "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}}]}
                """);
        repo.write("p.json", READ);
        SubjectChange c = only(diff(repo, "main").diff());
        assertEquals(List.of("s3:GetObject"), c.added().get(0).entry().actions().describe(10));
    }

    @Test
    void aReformatAndAReorderingAddNothing() throws Exception {
        GitRepo repo = repoWith("p.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::data/*",
                   "Condition": {"StringEquals": {"aws:PrincipalOrgID": ["o-1", "o-2"]}}},
                  {"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "*"}]}
                """);
        repo.write("p.json", """
                {
                    "Statement": [
                        {
                            "Resource": "*",
                            "Action": "sqs:SendMessage",
                            "Effect": "Allow"
                        },
                        {
                            "Condition": {"StringEquals": {"aws:PrincipalOrgID": ["o-2", "o-1"]}},
                            "Effect": "Allow",
                            "Resource": "arn:aws:s3:::data/*",
                            "Action": ["s3:PutObject", "s3:GetObject"]
                        }
                    ],
                    "Version": "2012-10-17"
                }
                """);
        assertEquals(List.of(), diff(repo, "main").diff().changes());
    }

    @Test
    void aRenamedFileWithTheSamePolicyIsMatchedNotRemovedAndAdded() throws Exception {
        GitRepo repo = repoWith("old/app.json", READ);
        repo.delete("old/app.json").write("new/app-read.json", READ);
        SubjectChange c = only(diff(repo, "main").diff());
        assertEquals(SubjectChange.Status.RENAMED, c.status());
        assertEquals("old/app.json", c.base().file());
        assertTrue(c.added().isEmpty() && c.removed().isEmpty());
    }

    @Test
    void anEscalationAcrossTwoStatementsBlocks() throws Exception {
        GitRepo repo = repoWith("ci.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Sid": "Pass", "Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}]}
                """);
        repo.write("ci.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Sid": "Pass", "Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"},
                  {"Sid": "Lambda", "Effect": "Allow",
                   "Action": ["lambda:CreateFunction", "lambda:InvokeFunction"], "Resource": "*"}]}
                """);
        DiffRun.Outcome o = diff(repo, "main");
        SubjectChange c = only(o.diff());
        assertTrue(
                c.blocks().stream().anyMatch(b -> b.category() == DiffCategory.ESCALATION),
                c.blocks().toString());
        assertEquals(3, c.blocks().get(0).site().line(), "at the statement that completes the path");
        assertEquals(1, o.report().exitCode());
    }

    @Test
    void aDenyRemovedGivesBackWhatTheAllowGrantsUnderIt() throws Exception {
        GitRepo repo = repoWith("p.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
                  {"Effect": "Deny", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::secrets/*"}]}
                """);
        repo.write("p.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}
                """);
        SubjectChange c = only(diff(repo, "main").diff());
        assertEquals(1, c.added().size(), c.added().toString());
        assertEquals("arn:aws:s3:::secrets/*", c.added().get(0).entry().resource());
        assertEquals(AccessComparison.DENY_GONE, c.added().get(0).note());
    }

    @Test
    void aNewFileIsNewAndAnUnchangedFileIsNotLookedAt() throws Exception {
        GitRepo repo = repoWith("a.json", READ);
        repo.write("b.json", READ.replace("s3:GetObject", "sqs:SendMessage"));
        SubjectChange c = only(diff(repo, "main").diff());
        assertEquals(SubjectChange.Status.NEW, c.status());
        assertEquals("b.json", c.head().file());
    }

    @Test
    void aFileTooLargeAtTheRevisionIsNotReadAndWhatItGrantsNowCountsAsNew() throws Exception {
        GitRepo repo = repoWith("p.json", READ.replace("\"Read\"", "\"" + "x".repeat(17 * 1024 * 1024) + "\""));
        repo.write("p.json", READ);
        AccessDiff d = diff(repo, "main").diff();
        assertTrue(d.notes().get(0).startsWith("p.json at "), d.notes().toString());
        assertTrue(
                d.notes()
                        .get(0)
                        .contains("larger than the 16777216-byte limit, so it was not read; what it grants "
                                + "now counts as new"),
                d.notes().toString());
        assertEquals(SubjectChange.Status.NEW, only(d).status());
    }

    @Test
    void aRevisionThatDoesNotExistIsRefused() throws Exception {
        GitRepo repo = repoWith("p.json", READ);
        DiffException e = assertThrows(DiffException.class, () -> diff(repo, "no-such-branch"));
        assertTrue(e.getMessage().contains("no-such-branch: no such commit"), e.getMessage());
        assertThrows(DiffException.class, () -> diff(repo, "--output=/tmp/x"));
    }
}
