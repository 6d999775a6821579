package io.iamgate.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * An AWS service as IAM knows it: its prefix, actions, resource types and condition keys. A final
 * class rather than a record because it carries lowercase indexes for case-insensitive lookups; it
 * is immutable all the same. Prefix, name, RCP support and condition keys are known at once; the
 * action names, each action and the resource types are decoded from the snapshot on first use, once,
 * so that a run pays only for the services and actions its policies name.
 */
public final class Service {

    /**
     * A service's directory in the snapshot: its action names in the snapshot's order, where each action's bytes
     * start, and where its resource types start. Read by a scan that builds no action.
     */
    record Directory(List<String> names, int[] actionStarts, int resourceTypesStart) {}

    /** Decodes what the snapshot holds at a byte position. */
    interface Decoder<T> {
        T at(int position);
    }

    /**
     * The action names alone, sorted by lowercase name: what a position in {@link #actions()} means, with where
     * each action's bytes start. Read apart from the actions, so that matching {@code Get*}, asking whether a set
     * holds an action or looking one action up does not decode the others.
     */
    private static final class Names {
        /** As the reference writes them, parallel to {@link #lower}. */
        final String[] names;

        final String[] lower;
        /** Parallel to the names: which letters a-z each name contains (a glob's letters must all be there). */
        final int[] letters;
        /** Parallel to the names: where the action's bytes start in the snapshot. */
        final int[] starts;

        final int resourceTypesStart;
        /**
         * Decoded actions, parallel to the names; the first decoding of a slot is kept, so that every lookup of an
         * action answers the same instance.
         */
        final AtomicReferenceArray<Action> decoded;

        Names(String prefix, int actionCount, Directory directory) {
            List<String> unsorted = directory.names();
            // Lowercase each name once, then sort the names and the originals together.
            Map<String, Integer> byLower = new HashMap<>(unsorted.size() * 2);
            for (int i = 0; i < unsorted.size(); i++) {
                byLower.put(unsorted.get(i).toLowerCase(Locale.ROOT), i);
            }
            if (byLower.size() != actionCount) {
                // The directory's count answers actionCount() before decoding: the two must agree.
                throw new IllegalStateException(
                        "IAM reference snapshot: service " + prefix + " lists " + actionCount + " actions but decodes "
                                + byLower.size() + " distinct names: run scripts/update-iam-reference");
            }
            this.lower = byLower.keySet().toArray(String[]::new);
            Arrays.sort(lower);
            this.names = new String[lower.length];
            this.letters = new int[lower.length];
            this.starts = new int[lower.length];
            for (int i = 0; i < lower.length; i++) {
                int at = byLower.get(lower[i]);
                names[i] = unsorted.get(at);
                letters[i] = lettersOf(lower[i]);
                starts[i] = directory.actionStarts()[at];
            }
            this.resourceTypesStart = directory.resourceTypesStart();
            this.decoded = new AtomicReferenceArray<>(lower.length);
        }

        int indexOf(String lowerName) {
            int i = Arrays.binarySearch(lower, lowerName);
            return i >= 0 ? i : -1;
        }
    }

    /** The resource types with their lookup index. */
    private static final class Types {
        final List<ResourceType> resourceTypes;
        final Map<String, ResourceType> resourceTypesByLowerName;

        Types(List<ResourceType> resourceTypes) {
            this.resourceTypes = List.copyOf(resourceTypes);
            Map<String, ResourceType> types = new HashMap<>();
            for (ResourceType type : this.resourceTypes) {
                types.put(type.name().toLowerCase(Locale.ROOT), type);
            }
            this.resourceTypesByLowerName = Map.copyOf(types);
        }
    }

    /** Every action, and every key named anywhere in the service's tables. */
    private static final class Body {
        /** In the order of {@link Names}. */
        final List<Action> actions;
        /** Every key named anywhere in this service's tables: the "does the service support it" answer. */
        final ConditionKeySet referencedKeys;

        Body(List<Action> actions, Types types) {
            this.actions = List.copyOf(actions);
            Set<String> referenced = new LinkedHashSet<>();
            for (Action action : this.actions) {
                referenced.addAll(action.conditionKeys().names());
                for (ActionResourceType row : action.resourceTypes()) {
                    referenced.addAll(row.conditionKeys().names());
                }
            }
            for (ResourceType type : types.resourceTypes) {
                referenced.addAll(type.conditionKeys().names());
            }
            this.referencedKeys = ConditionKeySet.of(new ArrayList<>(referenced));
        }
    }

    private final String prefix;
    private final String name;
    private final boolean rcpSupported;
    private final List<ConditionKey> conditionKeys;
    /** Built on first use: most runs look up the keys of a few services only. */
    private volatile ConditionKeyIndex conditionKeyIndex;

    private final int actionCount;
    private final Supplier<Directory> directory;
    private final Decoder<Action> actionDecoder;
    private final Decoder<List<ResourceType>> typesDecoder;
    private volatile Names names;
    private volatile Types types;
    private volatile Body body;

    Service(
            String prefix,
            String name,
            boolean rcpSupported,
            List<ConditionKey> conditionKeys,
            int actionCount,
            Supplier<Directory> directory,
            Decoder<Action> actionDecoder,
            Decoder<List<ResourceType>> typesDecoder) {
        this.prefix = prefix;
        this.name = name;
        this.rcpSupported = rcpSupported;
        this.conditionKeys = List.copyOf(conditionKeys);
        this.actionCount = actionCount;
        this.directory = directory;
        this.actionDecoder = actionDecoder;
        this.typesDecoder = typesDecoder;
    }

    private Names names() {
        Names n = names;
        if (n == null) {
            synchronized (this) {
                n = names;
                if (n == null) {
                    n = new Names(prefix, actionCount, directory.get());
                    names = n;
                }
            }
        }
        return n;
    }

    /** The action at {@code index} of {@link #actions()}, decoded on its first use alone. */
    private Action actionAt(int index) {
        Names n = names();
        Action a = n.decoded.get(index);
        if (a == null) {
            Action made = actionDecoder.at(n.starts[index]);
            if (!made.name().equals(n.names[index])) {
                throw new IllegalStateException("IAM reference snapshot: service " + prefix + " decodes " + made.name()
                        + " where it names " + n.names[index] + ": run scripts/update-iam-reference");
            }
            a = n.decoded.compareAndSet(index, null, made) ? made : n.decoded.get(index);
        }
        return a;
    }

    private Types types() {
        Types t = types;
        if (t == null) {
            Names n = names();
            synchronized (this) {
                t = types;
                if (t == null) {
                    t = new Types(typesDecoder.at(n.resourceTypesStart));
                    types = t;
                }
            }
        }
        return t;
    }

    private Body body() {
        Body b = body;
        if (b == null) {
            Types t = types();
            synchronized (this) {
                b = body;
                if (b == null) {
                    Action[] all = new Action[actionCount];
                    for (int i = 0; i < all.length; i++) {
                        all[i] = actionAt(i);
                    }
                    b = new Body(Arrays.asList(all), t);
                    body = b;
                }
            }
        }
        return b;
    }

    /** How many actions are decoded so far: what a lookup cost (for tests). */
    int decodedActions() {
        Names n = names;
        if (n == null) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i < n.decoded.length(); i++) {
            count += n.decoded.get(i) == null ? 0 : 1;
        }
        return count;
    }

    /** The service prefix as used in actions, e.g. {@code s3}. */
    public String prefix() {
        return prefix;
    }

    /** The service's name, e.g. "Amazon S3". */
    public String name() {
        return name;
    }

    /** Whether resource control policies (RCPs) apply to this service. */
    public boolean rcpSupported() {
        return rcpSupported;
    }

    /** All actions, sorted by name (case-insensitive). */
    public List<Action> actions() {
        return body().actions;
    }

    /**
     * How many actions the service has, known without decoding them (from the snapshot's directory), so that
     * a set of every action, such as {@code "Action": "*"} makes, costs no decoding.
     */
    public int actionCount() {
        return actionCount;
    }

    /** An action by its name without prefix, case-insensitive ({@code getobject} finds GetObject). */
    public Optional<Action> action(String actionName) {
        int i = actionIndex(actionName);
        return i < 0 ? Optional.empty() : Optional.of(actionAt(i));
    }

    public List<ResourceType> resourceTypes() {
        return types().resourceTypes;
    }

    /** A resource type by name, case-insensitive. */
    public Optional<ResourceType> resourceType(String resourceTypeName) {
        return Optional.ofNullable(types().resourceTypesByLowerName.get(resourceTypeName.toLowerCase(Locale.ROOT)));
    }

    /** The condition keys this service's table defines, with their types. */
    public List<ConditionKey> conditionKeys() {
        return conditionKeys;
    }

    /** A key definition of this service's table; {@code s3:ExistingObjectTag/team} finds its family. */
    public Optional<ConditionKey> conditionKey(String key) {
        ConditionKeyIndex index = conditionKeyIndex;
        if (index == null) {
            ConditionKeyIndex.Builder builder = new ConditionKeyIndex.Builder();
            conditionKeys.forEach(builder::add);
            index = builder.build(); // racing threads build equal indexes; either may be kept
            conditionKeyIndex = index;
        }
        return index.find(key.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether any action, action-resource row or resource type of this service lists {@code key} or
     * its family; for the tag-key checks, e.g. {@code supportsConditionKey("aws:ResourceTag/team")}.
     */
    public boolean supportsConditionKey(String key) {
        return body().referencedKeys.contains(key);
    }

    /**
     * The position in {@link #actions()} of the action of this name (case-insensitive), or -1; decodes the
     * names only.
     */
    public int actionIndex(String actionName) {
        return names().indexOf(actionName.toLowerCase(Locale.ROOT));
    }

    /** The name, as the reference writes it, of the action at {@code index} of {@link #actions()}; decodes the names only. */
    public String actionName(int index) {
        return names().names[index];
    }

    /** Actions whose lowercase name matches a lowercase glob. */
    List<Action> actionsMatching(String lowerGlob) {
        if (Glob.isAnything(lowerGlob)) {
            return body().actions;
        }
        BitSet matching = actionIndexesMatching(lowerGlob);
        List<Action> out = new ArrayList<>(matching.cardinality());
        for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
            out.add(actionAt(i));
        }
        return out;
    }

    /**
     * The positions in {@link #actions()} of the actions whose lowercase name matches a lowercase glob; decodes
     * the names only ({@code *} not even those). A trailing-star-only glob is a range.
     */
    public BitSet actionIndexesMatching(String lowerGlob) {
        if (Glob.isAnything(lowerGlob)) {
            BitSet all = new BitSet(actionCount);
            all.set(0, actionCount);
            return all;
        }
        Names n = names();
        BitSet out = new BitSet(n.lower.length);
        if (!Glob.hasWildcard(lowerGlob)) {
            int i = n.indexOf(lowerGlob);
            if (i >= 0) {
                out.set(i);
            }
            return out;
        }
        if (Glob.isPrefixPattern(lowerGlob)) {
            String lowerPrefix = lowerGlob.substring(0, lowerGlob.length() - 1);
            int from = Arrays.binarySearch(n.lower, lowerPrefix);
            if (from < 0) {
                from = -from - 1;
            }
            int to = from;
            while (to < n.lower.length && n.lower[to].startsWith(lowerPrefix)) {
                to++;
            }
            out.set(from, to);
            return out;
        }
        // A cheap filter first: a policy may hold thousands of "*:..." globs, each tried on every action.
        int required = lettersOf(lowerGlob);
        for (int i = 0; i < n.lower.length; i++) {
            if ((n.letters[i] & required) == required && Glob.matches(lowerGlob, n.lower[i])) {
                out.set(i);
            }
        }
        return out;
    }

    /** Bit k set when the text contains the letter 'a' + k. */
    private static int lettersOf(String lower) {
        int bits = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                bits |= 1 << (c - 'a');
            }
        }
        return bits;
    }

    @Override
    public String toString() {
        return "Service[" + prefix + "]";
    }
}
