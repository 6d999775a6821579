package io.iamgate.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SnapshotLoadTest {

  @Test
  void bundledSnapshotLoadsWithTheWholeReference() {
    IamReference ref = IamReference.bundled();
    assertTrue(ref.serviceCount() >= 400, () -> "services: " + ref.serviceCount());
    assertTrue(ref.actionCount() >= 15_000, () -> "actions: " + ref.actionCount());
    assertEquals(ref.actionCount(), ref.services().stream().mapToInt(Service::actionCount).sum());
    assertEquals(ref.actionCount(), ref.allActions().size());
    assertTrue(Pattern.matches("\\d{4}-\\d{2}-\\d{2}", ref.date()), ref.date());
    assertTrue(ref.sources().get("iamData").endsWith("@" + ref.version()), ref.sources().toString());
  }

  @Test
  void bundledIsOneSharedInstance() {
    assertTrue(IamReference.bundled() == IamReference.bundled());
  }

  @Test
  void loadingIsFast() throws IOException {
    // Not a benchmark: a guard against a loader that regresses by an order of magnitude.
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      try (InputStream in = IamReference.class.getResourceAsStream(IamReference.RESOURCE)) {
        IamReference.load(in);
      }
      best = Math.min(best, System.nanoTime() - start);
    }
    long millis = best / 1_000_000;
    System.out.println("IAM reference snapshot load: " + millis + " ms (best of 3)");
    // Generous: a shared 2-core machine under load measures several times the quiet figure.
    assertTrue(millis < 10_000, () -> "loading took " + millis + " ms");
  }
}
