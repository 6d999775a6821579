package io.iamgate.config;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzzing of the .iamgate.yml loader (Jazzer). Whatever the text, reading it ends in a
 * RunConfig or a ConfigException naming the file (and, when it names a line, one within the text); never
 * another exception. Regression mode replays the seeds in
 * src/test/resources/io/iamgate/config/ConfigFileFuzzTestInputs/; to fuzz:
 * {@code JAZZER_FUZZ=1 mvn -pl validator-core test -Dtest=ConfigFileFuzzTest}.
 */
class ConfigFileFuzzTest {

    private static final Pattern LINE = Pattern.compile("^\\.iamgate\\.yml:(\\d+):");

    @FuzzTest(maxDuration = "5m")
    void readsAnyTextIntoAConfigOrALocatedError(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            assertNotNull(
                    ConfigFile.parse(text, ".iamgate.yml", Path.of("/repo"), RunConfig.builder(Path.of("/repo"))));
        } catch (ConfigException e) {
            String m = e.getMessage();
            assertTrue(m.startsWith(".iamgate.yml:"), m);
            Matcher line = LINE.matcher(m);
            if (line.find()) {
                long lines = text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
                int n = Integer.parseInt(line.group(1));
                assertTrue(n >= 1 && n <= lines + 1, "line " + n + " of a " + lines + "-line text: " + m);
            }
        }
    }
}
