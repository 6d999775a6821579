package io.iamgate.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.iamgate.model.PolicyUnit;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The property every extractor fuzz test checks: whatever the file holds, extraction ends, in bounded time,
 * in one of the documented outcomes (not this extractor's kind, a list of policy units, or an
 * ExtractionException with a message for the user), never in another exception that would reach the user
 * as a stack trace.
 */
public final class ExtractorFuzzing {

    /** Far above what a small input needs, even on a loaded CI machine; a hang or blow-up goes far beyond it. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    private ExtractorFuzzing() {}

    public static void assertEndsInUnitsOrAnInputError(Extractor extractor, SourceFile file) {
        Optional<List<PolicyUnit>> units = assertTimeoutPreemptively(BOUND, () -> {
            try {
                return extractor.extract(file, ExtractOptions.DETECT);
            } catch (ExtractionException e) {
                assertNotNull(e.getMessage());
                assertFalse(e.getMessage().isBlank(), "an input error says what is wrong");
                return Optional.<List<PolicyUnit>>empty();
            }
        });
        assertNotNull(units);
        units.ifPresent(list -> list.forEach(u -> {
            assertNotNull(u.document(), "a unit has a document");
            assertNotNull(u.file(), "a unit names its file");
            assertNotNull(u.origin(), "a unit names its origin");
        }));
    }
}
