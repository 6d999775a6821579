package io.iamgate.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Services decode their actions and resource types on first use; the answers must not depend on that. */
class LazyDecodingTest {

    private static IamReference fresh() throws IOException {
        try (InputStream in = IamReference.class.getResourceAsStream(IamReference.RESOURCE)) {
            return IamReference.load(in);
        }
    }

    @Test
    void arnServiceLookupsEqualAScanOfEveryResourceType() throws IOException {
        IamReference ref = fresh();
        // The scan over all decoded services that the directory's per-service ARN service lists stand in for.
        Map<String, List<ResourceType>> scan = new LinkedHashMap<>();
        for (Service service : ref.services()) {
            for (ResourceType type : service.resourceTypes()) {
                for (ArnFormat format : type.arnFormats()) {
                    if (format.serviceIsPlaceholder()) {
                        continue;
                    }
                    List<ResourceType> bucket = scan.computeIfAbsent(format.serviceKey(), k -> new ArrayList<>());
                    if (bucket.isEmpty() || bucket.get(bucket.size() - 1) != type) {
                        bucket.add(type);
                    }
                }
            }
        }
        assertTrue(scan.size() > 300, () -> "ARN service fields: " + scan.size());
        IamReference other = fresh(); // nothing decoded yet: each lookup decodes only what it needs
        scan.forEach((arnService, types) -> {
            assertEquals(names(types), names(other.resourceTypesForArnService(arnService)), arnService);
            assertEquals(names(types), names(other.resourceTypesForArnService(arnService.toUpperCase(Locale.ROOT))));
        });
        assertEquals(List.of(), other.resourceTypesForArnService("no-such-service"));
    }

    private static List<String> names(List<ResourceType> types) {
        return types.stream().map(t -> t.service() + "/" + t.name()).toList();
    }

    @Test
    void concurrentFirstUseDecodesAServiceOnce() throws Exception {
        IamReference ref = fresh();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Action>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> ref.service("ec2").orElseThrow().actions());
            }
            List<Action> first = null;
            for (Future<List<Action>> f : pool.invokeAll(calls)) {
                if (first == null) {
                    first = f.get();
                }
                assertSame(first, f.get());
            }
            assertTrue(first.size() > 500, () -> "ec2 actions: ");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void namesReadBeforeTheActionsAreDecodedAgreeWithTheDecodedActions() throws IOException {
        IamReference ref = fresh();
        Map<String, List<String>> names = new LinkedHashMap<>();
        int total = 0;
        for (Service service : ref.services()) {
            List<String> own = new ArrayList<>();
            for (int i = 0; i < service.actionCount(); i++) {
                own.add(service.actionName(i));
            }
            names.put(service.prefix(), own);
            total += own.size();
        }
        assertEquals(ref.allActions().size(), total, "counts from the directory sum to the decoded actions");
        for (Service service : ref.services()) {
            List<String> decoded = service.actions().stream().map(Action::name).toList();
            assertEquals(decoded, names.get(service.prefix()), service.prefix());
            for (int i = 0; i < decoded.size(); i++) {
                assertEquals(i, service.actionIndex(decoded.get(i).toUpperCase(Locale.ROOT)), decoded.get(i));
            }
        }
        assertEquals(-1, ref.service("s3").orElseThrow().actionIndex("NoSuchAction"));
    }

    @Test
    void aGlobsIndexesAreThePositionsOfTheActionsItMatches() throws IOException {
        IamReference ref = fresh();
        for (String glob : List.of("*", "get*", "*object*", "describe?nstances", "getobject", "nosuch*", "list*s")) {
            for (String prefix : List.of("s3", "ec2", "iam")) {
                Service service = ref.service(prefix).orElseThrow();
                BitSet indexes = service.actionIndexesMatching(glob); // before any decoding
                List<Action> matched = service.actionsMatching(glob);
                List<Action> atIndexes =
                        indexes.stream().mapToObj(i -> service.actions().get(i)).toList();
                assertEquals(matched, atIndexes, prefix + " " + glob);
            }
        }
    }

    @Test
    void lookingUpAnActionDecodesThatActionOnly() throws IOException {
        IamReference ref = fresh();
        Service s3 = ref.service("s3").orElseThrow();
        Action getObject = ref.action("s3:getobject").orElseThrow();
        assertEquals("GetObject", getObject.name());
        assertEquals(1, s3.decodedActions());
        assertSame(getObject, s3.action("GETOBJECT").orElseThrow());
        assertEquals(1, s3.decodedActions());
        assertTrue(ref.action("s3:NoSuchAction").isEmpty());
        assertEquals(1, s3.decodedActions());
        assertTrue(s3.resourceType("bucket").isPresent()); // resource types alone decode no action
        assertEquals(1, s3.decodedActions());
        // The whole list, when asked for, holds the very instance the lookup made.
        assertSame(getObject, s3.actions().get(s3.actionIndex("GetObject")));
        assertEquals(s3.actionCount(), s3.decodedActions());
    }

    @Test
    void everyActionDecodedAloneEqualsTheActionDecodedWithItsService() throws IOException {
        IamReference alone = fresh();
        IamReference whole = fresh();
        int checked = 0;
        for (Service service : whole.services()) {
            Service other = alone.service(service.prefix()).orElseThrow();
            List<Action> all = service.actions();
            // Backwards, so that no action is decoded as a side effect of its neighbour's.
            for (int i = all.size() - 1; i >= 0; i--) {
                assertEquals(all.get(i), other.action(all.get(i).name()).orElseThrow());
                checked++;
            }
            // An ARN format has no equality of its own: compared as written.
            assertEquals(
                    String.valueOf(service.resourceTypes()), String.valueOf(other.resourceTypes()), service.prefix());
            assertEquals(all, other.actions(), service.prefix());
        }
        assertEquals(whole.allActions().size(), checked);
    }

    @Test
    void concurrentLookupsOfOneActionAnswerOneInstance() throws Exception {
        IamReference ref = fresh();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Action>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> ref.action("ec2:RunInstances").orElseThrow());
            }
            Action first = null;
            for (Future<Action> f : pool.invokeAll(calls)) {
                first = first == null ? f.get() : first;
                assertSame(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSnapshotOfAnotherKindIsRejectedWithTheFix() throws IOException {
        IOException e = assertThrows(IOException.class, () -> IamReference.load(gzip("{\"format\":1}".getBytes())));
        assertTrue(e.getMessage().contains("run scripts/update-iam-reference"), e.getMessage());
    }

    @Test
    void aTruncatedSnapshotIsRejected() throws IOException {
        byte[] whole;
        try (InputStream in = new GZIPInputStream(IamReference.class.getResourceAsStream(IamReference.RESOURCE))) {
            whole = in.readAllBytes();
        }
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 100);
        IOException e = assertThrows(IOException.class, () -> IamReference.load(gzip(cut)));
        assertTrue(e.getMessage().contains("run scripts/update-iam-reference"), e.getMessage());
    }

    private static InputStream gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return new ByteArrayInputStream(out.toByteArray());
    }
}
