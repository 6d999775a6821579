package io.iamgate.config;

import io.iamgate.analyze.AnalyzerException;
import io.iamgate.analyze.aws.AccessAnalyzerAnalyzer;
import io.iamgate.analyze.local.LocalChecks;
import io.iamgate.analyze.local.custom.CustomCheckCodes;
import io.iamgate.analyze.principals.PrincipalAnalyzer;
import io.iamgate.analyze.rego.BuiltinRules;
import io.iamgate.extract.SourceFindings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every issue code iamgate itself can report: Access Analyzer's check reference, the offline catalogue, the custom
 * checks, the built-in Rego pack and principal rules, and the findings of the sources. A user's own Rego pack can
 * report others, which are not known before it runs.
 */
final class KnownIssueCodes {

    private static final String AWS_CODES = "access-analyzer-issue-codes.txt";

    private KnownIssueCodes() {}

    static Set<String> all() {
        Set<String> codes = new TreeSet<>(accessAnalyzer());
        LocalChecks.all().forEach(c -> codes.add(c.metadata().issueCode()));
        codes.addAll(Set.of(
                CustomCheckCodes.ACCESS_GRANTED,
                CustomCheckCodes.PUBLIC_ACCESS,
                CustomCheckCodes.NEW_ACCESS,
                SourceFindings.NOT_CHECKED,
                SourceFindings.DUPLICATE_KEY,
                AccessAnalyzerAnalyzer.SIZE_CODE));
        PrincipalAnalyzer.RULES.forEach(r -> codes.add(r.info().issueCode()));
        try {
            Iterator<String> rules = BuiltinRules.start(1).analyzer().rules().fieldNames();
            rules.forEachRemaining(codes::add);
        } catch (AnalyzerException e) {
            throw new IllegalStateException("the built-in Rego pack's rules could not be read: " + e.getMessage(), e);
        }
        return codes;
    }

    static Set<String> accessAnalyzer() {
        Set<String> codes = new TreeSet<>();
        try (InputStream in = KnownIssueCodes.class.getResourceAsStream(AWS_CODES)) {
            if (in == null) {
                throw new IllegalStateException(AWS_CODES + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    codes.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }
}
