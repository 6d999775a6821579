package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.report.Reporters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plants AWS credentials where iamgate can see them (environment, a policy, a broken file, the
 * configuration) and checks that no output of any format, at any verbosity, repeats them.
 */
class SecretLeakTest {

    static final String ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    static final String TEMP_KEY_ID = "ASIAY34FZKBOKMUTVV7A";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final String SESSION_TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD6Zp2D9Xq1lq7yJ0u"
            + "EXAMPLExEXAMPLExEXAMPLEtokenTOKENtoken1234567890abcdefABCDEFFwoGZXIvYXdzEEXAMPLE";
    static final List<String> SECRETS = List.of(ACCESS_KEY_ID, TEMP_KEY_ID, SECRET, SESSION_TOKEN);

    @TempDir
    Path repo;

    private final List<String> outputs = new ArrayList<>();

    private Map<String, String> env(boolean debug) {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_ACCESS_KEY_ID", ACCESS_KEY_ID);
        env.put("AWS_SECRET_ACCESS_KEY", SECRET);
        env.put("AWS_SESSION_TOKEN", SESSION_TOKEN);
        if (debug) {
            env.put("IAMGATE_DEBUG", "1");
        }
        return env;
    }

    private Cli.Result run(boolean debug, String... args) throws Exception {
        Cli.Result r = Cli.process(repo, env(debug), "256m", 60, args);
        // Labelled by position, not by its arguments: some arguments are the planted secrets themselves.
        outputs.add("run " + outputs.size() + " (debug " + debug + "):\n" + r.out() + "\n" + r.err());
        return r;
    }

    @Test
    void plantedCredentialsNeverAppearInAnyOutput() throws Exception {
        // A policy whose findings quote the planted values, and one whose syntax error does.
        Files.writeString(repo.resolve("policy.json"), """
                {"Version": "2012-10-17", "Statement": [
                  {"Sid": "Keys", "Effect": "%s", "Action": "s3:GetObject", "Resource": "*",
                   "Condition": {"StringEquals": {"aws:username": ["%s", "%s", "%s"]}}},
                  {"Effect": "%s", "Action": "s3:GetObject", "Resource": "*", "%s": "%s"}]}
                """.formatted(
                        ACCESS_KEY_ID, TEMP_KEY_ID, SECRET, SESSION_TOKEN, SECRET, "aws_secret_access_key", SECRET));
        Files.writeString(repo.resolve("broken.json"), "{\"Statement\": [" + ACCESS_KEY_ID + ", " + SECRET + "]}");
        Files.writeString(repo.resolve(".iamgate.yml"), """
                aws:
                  profile: ci
                suppressions:
                  - issueCode: INVALID_EFFECT
                    file: policy.json
                    sid: Keys
                    reason: "key %s was rotated"
                """.formatted(ACCESS_KEY_ID));

        for (boolean debug : List.of(false, true)) {
            for (String format : Reporters.standard().formats()) {
                Cli.Result r = run(debug, "validate", "--format", format);
                assertEquals(1, r.exitCode() == 2 ? 1 : r.exitCode(), r.all());
                Path file = repo.resolve("report." + format);
                Cli.Result toFile = run(debug, "validate", "--format", format, "--output", file.toString());
                assertTrue(Files.exists(file), toFile.all());
                outputs.add(Files.readString(file));
            }
            Path baseline = repo.resolve("baseline.json");
            run(debug, "baseline", "write", "--output", baseline.toString(), "policy.json");
            outputs.add(Files.readString(baseline));

            // Errors that quote their input: a bad configuration value and a bad flag.
            Files.writeString(
                    repo.resolve("bad.yml"), "failOn: [" + SECRET + "]\naws: {profile: " + ACCESS_KEY_ID + "}\n");
            assertEquals(2, run(debug, "validate", "--config", "bad.yml").exitCode());
            Files.writeString(
                    repo.resolve("bad2.yml"), "aws: {region: " + TEMP_KEY_ID + "}\n" + SESSION_TOKEN + ": 1\n");
            assertEquals(2, run(debug, "validate", "--config", "bad2.yml").exitCode());
            assertEquals(2, run(debug, "validate", "--fail-on", ACCESS_KEY_ID).exitCode());
            assertEquals(2, run(debug, "validate", "--" + SECRET).exitCode());
        }

        String all = String.join("\n", outputs);
        assertTrue(all.contains("INVALID_EFFECT") && all.contains("JSON_SYNTAX_ERROR"), all);
        assertTrue(all.contains("[REDACTED]"), "the planted values were reported, redacted: " + all);
        for (String secret : SECRETS) {
            assertFalse(all.contains(secret), secret + " leaked:\n" + all);
            assertFalse(all.contains(secret.substring(0, 16)), "part of " + secret + " leaked:\n" + all);
        }
    }
}
