package io.iamgate;

import io.iamgate.extract.Extraction;
import io.iamgate.reference.ManagedPolicies;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts loading the AWS managed policy snapshot on a daemon thread as soon as an extracted template or plan looks
 * like it attaches one, so that the principal stage, which asks for it after every file is extracted, finds it
 * loaded. Only a head start: the principal stage loads it itself when it is needed and was not preloaded, and a
 * failure here is left to that load to report.
 */
final class ManagedPoliciesPreload {

    /** How an AWS managed policy's ARN reads, whatever the partition or the way the template builds it. */
    private static final String MANAGED_ARN = ":iam::aws:policy/";

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ManagedPoliciesPreload() {}

    /** Starts the load, once per process, when {@code extracted} names an AWS managed policy's ARN. */
    static void startFor(Extraction extracted) {
        if (STARTED.get() || !namesManagedPolicy(extracted)) {
            return;
        }
        if (STARTED.compareAndSet(false, true)) {
            Thread t = new Thread(
                    () -> {
                        try {
                            ManagedPolicies.bundled();
                        } catch (RuntimeException | LinkageError e) {
                            // Reported by the principal stage, which loads it again.
                        }
                    },
                    "iamgate-load-managed-policies");
            t.setDaemon(true);
            t.start();
        }
    }

    private static boolean namesManagedPolicy(Extraction extracted) {
        return extracted.stacks().stream().anyMatch(s -> s.parsed().text().contains(MANAGED_ARN))
                || extracted.plans().stream().anyMatch(p -> p.parsed().text().contains(MANAGED_ARN));
    }
}
