package io.iamgate.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SnapshotLoadTest {

    @Test
    void bundledSnapshotLoadsWithTheWholeReference() {
        IamReference ref = IamReference.bundled();
        assertTrue(ref.serviceCount() >= 400, () -> "services: " + ref.serviceCount());
        assertTrue(ref.actionCount() >= 15_000, () -> "actions: " + ref.actionCount());
        assertEquals(
                ref.actionCount(),
                ref.services().stream().mapToInt(Service::actionCount).sum());
        assertEquals(ref.actionCount(), ref.allActions().size());
        assertTrue(Pattern.matches("\\d{4}-\\d{2}-\\d{2}", ref.date()), ref.date());
        assertTrue(
                ref.sources().get("iamData").endsWith("@" + ref.version()),
                ref.sources().toString());
    }

    @Test
    void bundledIsOneSharedInstance() {
        assertTrue(IamReference.bundled() == IamReference.bundled());
    }
}
