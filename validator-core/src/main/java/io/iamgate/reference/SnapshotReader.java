package io.iamgate.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads the binary snapshot that scripts/update-iam-reference.mjs writes (its {@code encode} comment
 * describes the layout). Loading reads the string lengths, the directory and the global tables;
 * a service's actions and resource types stay bytes until first asked for (each action on its own), and strings
 * and condition key sets are decoded on first reference. One instance backs one loaded reference;
 * its caches are arrays of immutable objects, so threads racing to fill a slot build equal values
 * and either may be kept.
 */
final class SnapshotReader {

    /** The snapshot layout this reader understands; bump with update-iam-reference.mjs FORMAT. */
    static final int FORMAT = 2;

    private static final byte[] MAGIC = "IAMREF".getBytes(StandardCharsets.US_ASCII);

    private final byte[] data;
    private final int[] stringStart;
    private final int[] stringLength;
    private final String[] strings;
    private final int[] keySetStart;
    private final ConditionKeySet[] keySets;

    private SnapshotReader(byte[] data, SnapshotCursor in) throws IOException {
        this.data = data;
        int count = in.count();
        stringStart = new int[count];
        stringLength = new int[count];
        int at = 0;
        for (int i = 0; i < count; i++) {
            stringStart[i] = at;
            stringLength[i] = in.count();
            at += stringLength[i];
        }
        int base = in.pos;
        for (int i = 0; i < count; i++) {
            stringStart[i] += base;
        }
        in.pos = base + at;
        in.check();
        strings = new String[count];

        // Set 0 is the empty set and is not written.
        int sets = in.count();
        keySetStart = new int[sets + 1];
        for (int i = 1; i <= sets; i++) {
            keySetStart[i] = in.pos;
            in.skipList();
        }
        keySets = new ConditionKeySet[sets + 1];
        keySets[0] = ConditionKeySet.EMPTY;
    }

    static IamReference read(InputStream gzipped) throws IOException {
        byte[] data;
        try (InputStream in = new GZIPInputStream(gzipped, 1 << 16)) {
            data = in.readAllBytes();
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (data.length <= i || data[i] != MAGIC[i]) {
                throw new IOException("not an IAM reference snapshot: run scripts/update-iam-reference");
            }
        }
        SnapshotCursor in = cursor(data, MAGIC.length);
        int format = in.count();
        if (format != FORMAT) {
            throw new IOException("IAM reference snapshot has format " + format + ", this loader reads " + FORMAT
                    + ": run scripts/update-iam-reference");
        }
        return new SnapshotReader(data, in).reference(in);
    }

    private IamReference reference(SnapshotCursor in) throws IOException {
        String date = string(in);
        String version = string(in);
        String generator = string(in);
        Map<String, String> sources = new LinkedHashMap<>();
        for (int n = in.count(); n > 0; n--) {
            sources.put(string(in), string(in));
        }
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (int n = in.count(); n > 0; n--) {
            aliases.put(string(in), strings(in));
        }
        List<GlobalConditionKey> globals = new ArrayList<>();
        for (int n = in.count(); n > 0; n--) {
            String name = string(in);
            ConditionKeyType type = ConditionKeyType.fromDataName(string(in));
            String category = string(in);
            boolean deprecated = in.bool();
            List<String> replacedBy = strings(in);
            Set<ConditionKeyType> alsoAccepts = EnumSet.noneOf(ConditionKeyType.class);
            strings(in).forEach(t -> alsoAccepts.add(ConditionKeyType.fromDataName(t)));
            globals.add(new GlobalConditionKey(
                    new ConditionKey(name, type), category, deprecated, replacedBy, alsoAccepts));
        }
        List<String> accepted = strings(in);
        List<Partition> partitions = new ArrayList<>();
        for (int n = in.count(); n > 0; n--) {
            partitions.add(new Partition(string(in), strings(in)));
        }

        int count = in.count();
        List<Service> services = new ArrayList<>(count);
        Map<String, List<Service>> byArnService = new HashMap<>();
        int[] bodyLength = new int[count];
        List<List<String>> arnServices = new ArrayList<>(count);
        String[] prefixes = new String[count];
        String[] names = new String[count];
        boolean[] rcp = new boolean[count];
        List<List<ConditionKey>> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            prefixes[i] = string(in);
            names[i] = string(in);
            rcp[i] = in.bool();
            List<ConditionKey> serviceKeys = new ArrayList<>();
            for (int n = in.count(); n > 0; n--) {
                serviceKeys.add(new ConditionKey(string(in), ConditionKeyType.fromDataName(string(in))));
            }
            keys.add(serviceKeys);
            arnServices.add(strings(in));
            bodyLength[i] = in.count();
        }
        int body = in.pos;
        for (int i = 0; i < count; i++) {
            int start = body;
            String prefix = prefixes[i];
            // A service's body starts with its action count: read now, so that counting decodes nothing.
            int actionCount = cursor(data, start).count();
            Service service = new Service(
                    prefix,
                    names[i],
                    rcp[i],
                    keys.get(i),
                    actionCount,
                    () -> directory(prefix, start),
                    at -> action(prefix, at),
                    at -> resourceTypes(prefix, at));
            services.add(service);
            for (String arnService : arnServices.get(i)) {
                byArnService.computeIfAbsent(arnService, k -> new ArrayList<>()).add(service);
            }
            body += bodyLength[i];
        }
        if (body != data.length) {
            throw new IOException("IAM reference snapshot is truncated or corrupt: run scripts/update-iam-reference");
        }
        if (services.isEmpty()) {
            throw new IOException("IAM reference snapshot is incomplete: run scripts/update-iam-reference");
        }
        return new IamReference(
                date,
                version,
                generator,
                sources,
                services,
                aliases,
                new GlobalConditionKeys(globals, accepted),
                new Partitions(partitions),
                byArnService);
    }

    /**
     * The names of one service's actions, where each action starts and where the resource types start, skipping
     * over the rest of each action's bytes (cheaper than decoding them); called once per service, on first use.
     */
    private Service.Directory directory(String prefix, int start) {
        try {
            SnapshotCursor in = cursor(data, start);
            String[] out = new String[in.count()];
            int[] starts = new int[out.length];
            for (int a = 0; a < out.length; a++) {
                starts[a] = in.pos;
                out[a] = string(in);
                in.count(); // access level
                in.count(); // condition key set
                in.skipList(); // dependent actions
                for (int r = in.count(); r > 0; r--) {
                    in.count(); // resource type name
                    in.count(); // required
                    in.count(); // condition key set
                    in.skipList(); // dependent actions
                }
            }
            return new Service.Directory(List.of(out), starts, in.pos);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "IAM reference snapshot: cannot decode the action names of service " + prefix + " ("
                            + e.getMessage() + "): run scripts/update-iam-reference",
                    e);
        }
    }

    /** Decodes the action of one service whose bytes start {@code at}; called once per action, on first use. */
    private Action action(String prefix, int at) {
        try {
            SnapshotCursor in = cursor(data, at);
            String name = string(in);
            AccessLevel level = AccessLevel.fromLabel(string(in));
            ConditionKeySet keys = keySet(in);
            List<String> dependent = strings(in);
            int rowCount = in.count();
            List<ActionResourceType> rows = new ArrayList<>(rowCount);
            for (int r = 0; r < rowCount; r++) {
                rows.add(new ActionResourceType(string(in), in.bool(), keySet(in), strings(in)));
            }
            return new Action(prefix, name, level, rows, keys, dependent);
        } catch (IOException | RuntimeException e) {
            throw undecodable(prefix, e);
        }
    }

    /** Decodes one service's resource types, which start {@code at}; called once per service, on first use. */
    private List<ResourceType> resourceTypes(String prefix, int at) {
        try {
            SnapshotCursor in = cursor(data, at);
            int typeCount = in.count();
            List<ResourceType> types = new ArrayList<>(typeCount);
            for (int t = 0; t < typeCount; t++) {
                String name = string(in);
                ConditionKeySet keys = keySet(in);
                int formatCount = in.count();
                List<ArnFormat> formats = new ArrayList<>(formatCount);
                for (int f = 0; f < formatCount; f++) {
                    formats.add(ArnFormat.parse(string(in)));
                }
                types.add(new ResourceType(prefix, name, formats, keys));
            }
            return types;
        } catch (IOException | RuntimeException e) {
            throw undecodable(prefix, e);
        }
    }

    /** The gzip CRC held at load time, so only a generator bug gets here. */
    private static IllegalStateException undecodable(String prefix, Exception e) {
        return new IllegalStateException(
                "IAM reference snapshot: cannot decode service " + prefix + " (" + e.getMessage()
                        + "): run scripts/update-iam-reference",
                e);
    }

    private String string(SnapshotCursor in) throws IOException {
        int i = in.count();
        if (i >= strings.length) {
            throw new IOException("string " + i + " out of range at byte " + in.pos);
        }
        String s = strings[i];
        if (s == null) {
            s = new String(data, stringStart[i], stringLength[i], StandardCharsets.UTF_8);
            strings[i] = s;
        }
        return s;
    }

    private List<String> strings(SnapshotCursor in) throws IOException {
        int n = in.count();
        if (n == 0) {
            return List.of();
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = string(in);
        }
        return List.of(out);
    }

    private ConditionKeySet keySet(SnapshotCursor in) throws IOException {
        int i = in.count();
        if (i >= keySets.length) {
            throw new IOException("condition key set " + i + " out of range at byte " + in.pos);
        }
        ConditionKeySet set = keySets[i];
        if (set == null) {
            set = ConditionKeySet.of(strings(cursor(data, keySetStart[i])));
            keySets[i] = set;
        }
        return set;
    }

    private static SnapshotCursor cursor(byte[] data, int pos) {
        return new SnapshotCursor(data, pos, "IAM reference snapshot", "scripts/update-iam-reference");
    }
}
