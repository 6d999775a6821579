package io.iamgate;

import io.iamgate.access.EscalationCatalogue;
import io.iamgate.extract.Extraction;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.ManagedPolicies;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A head start for the principal stage, which runs after every file is extracted: as soon as a file read, or a
 * template an extractor read, names AWS managed policies, a daemon thread loads the managed policy snapshot, decodes and parses those
 * policies' documents, reads the IAM reference's action names of the services their actions name (a read-only
 * policy names hundreds) and loads the escalation catalogue. Each is cached where the principal stage looks for it,
 * so nothing is done twice; what is not preloaded in time, or fails here, the principal stage does, or reports,
 * itself. One per {@link Validator}; its thread ends when it has been idle for a second.
 */
final class ManagedPoliciesPreload {

    /**
     * The path and name of an AWS managed policy in its ARN, whatever the partition, also when a template builds it
     * ({@code !Sub arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess}).
     */
    private static final Pattern MANAGED_ARN = Pattern.compile(":iam::aws:policy/([\\w+=,.@/-]+)");

    /** An action or action pattern in a policy document's text: {@code "s3:Get*"}. */
    private static final Pattern ACTION = Pattern.compile("\"([A-Za-z0-9-]+):[A-Za-z0-9*?]*\"");

    private final ThreadPoolExecutor loader = idleEndingDaemon();
    /** The names asked for so far: a file naming a policy again starts nothing. Bounded by the name length. */
    private final Set<String> requested = ConcurrentHashMap.newKeySet();

    private static ThreadPoolExecutor idleEndingDaemon() {
        ThreadPoolExecutor executor =
                new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "iamgate-load-managed-policies");
                    t.setDaemon(true);
                    return t;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /**
     * Starts preloading the AWS managed policies {@code extracted} names that no earlier call asked for, in the
     * templates and plans an extractor read beyond the file whose text {@link #startFor(String)} scanned (a CDK
     * assembly's templates): a template or plan that is that file is not scanned again.
     */
    void startFor(Extraction extracted, String scannedText) {
        Set<String> names = new LinkedHashSet<>();
        Stream.concat(
                        extracted.stacks().stream().map(s -> s.parsed().text()),
                        extracted.plans().stream().map(p -> p.parsed().text()))
                .filter(text -> text != scannedText) // the same string: the file itself, parsed
                .forEach(text -> collect(text, names));
        start(names);
    }

    /** Starts preloading the AWS managed policies a file's {@code text} names that no earlier call asked for. */
    void startFor(String text) {
        Set<String> names = new LinkedHashSet<>();
        collect(text, names);
        start(names);
    }

    private void start(Set<String> names) {
        names.removeIf(name -> !requested.add(name));
        if (!names.isEmpty()) {
            loader.execute(() -> preload(names));
        }
    }

    /** The names of the AWS managed policies whose ARNs {@code text} holds, into {@code names}. */
    static void collect(String text, Set<String> names) {
        if (!text.contains(":iam::aws:policy/")) {
            return;
        }
        Matcher m = MANAGED_ARN.matcher(text);
        while (m.find()) {
            String pathAndName = m.group(1);
            String name = pathAndName.substring(pathAndName.lastIndexOf('/') + 1);
            if (name.length() <= ManagedPolicies.MAX_NAME) { // a longer one names no policy, and is not kept
                names.add(name);
            }
        }
    }

    private static void preload(Set<String> names) {
        try {
            ManagedPolicies managed = ManagedPolicies.bundled();
            IamReference reference = IamReference.bundled();
            for (String name : names) {
                // By name: AWS managed policy names are unique, and a warm-up need not check the path.
                managed.byName(name).ifPresent(policy -> {
                    readActionNames(reference, policy.document());
                    managed.parsedDocument(policy);
                });
            }
            EscalationCatalogue.METHODS.size(); // loaded once, by the principal checks of any run that has principals
        } catch (RuntimeException | LinkageError e) {
            // Reported by the principal stage, which loads them again.
        }
    }

    private static void readActionNames(IamReference reference, String document) {
        Set<String> prefixes = new LinkedHashSet<>();
        Matcher m = ACTION.matcher(document);
        while (m.find()) {
            prefixes.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        for (String prefix : prefixes) {
            reference.service(prefix).ifPresent(s -> s.actionIndex(""));
        }
    }
}
