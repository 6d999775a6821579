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
import java.util.function.Supplier;

/**
 * An AWS service as IAM knows it: its prefix, actions, resource types and condition keys. A final
 * class rather than a record because it carries lowercase indexes for case-insensitive lookups; it
 * is immutable all the same. Prefix, name, RCP support and condition keys are known at once; the
 * actions and resource types are decoded from the snapshot on first use, once, so that a run pays
 * only for the services its policies name.
 */
public final class Service {

    /** What is decoded on first use: the actions (any order) and resource types (reference order). */
    record Contents(List<Action> actions, List<ResourceType> resourceTypes) {}

    /**
     * The action names alone, sorted by lowercase name: what a position in {@link #actions()} means. Decoded
     * apart from the actions (a scan of the snapshot's bytes), so that matching {@code Get*} or asking whether
     * a set holds an action does not build the actions, their resource rows and condition keys.
     */
    private static final class Names {
        /** As the reference writes them, parallel to {@link #lower}. */
        final String[] names;

        final String[] lower;
        /** Parallel to the names: which letters a-z each name contains (a glob's letters must all be there). */
        final int[] letters;

        Names(String prefix, int actionCount, List<String> unsorted) {
            // Lowercase each name once, then sort the names and the originals together.
            Map<String, String> byLower = new HashMap<>(unsorted.size() * 2);
            for (String name : unsorted) {
                byLower.put(name.toLowerCase(Locale.ROOT), name);
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
            for (int i = 0; i < lower.length; i++) {
                names[i] = byLower.get(lower[i]);
                letters[i] = lettersOf(lower[i]);
            }
        }

        int indexOf(String lowerName) {
            int i = Arrays.binarySearch(lower, lowerName);
            return i >= 0 ? i : -1;
        }
    }

    /** Actions and resource types with their lookup indexes. */
    private static final class Body {
        /** In the order of {@link Names}. */
        final List<Action> actions;

        final Map<String, Action> actionsByLowerName;
        final List<ResourceType> resourceTypes;
        final Map<String, ResourceType> resourceTypesByLowerName;
        /** Every key named anywhere in this service's tables: the "does the service support it" answer. */
        final ConditionKeySet referencedKeys;

        Body(String prefix, Names names, Contents contents) {
            Map<String, Action> byName = new HashMap<>(contents.actions().size() * 2);
            for (Action action : contents.actions()) {
                byName.put(action.name().toLowerCase(Locale.ROOT), action);
            }
            Action[] sorted = new Action[names.lower.length];
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = byName.get(names.lower[i]);
                if (sorted[i] == null || byName.size() != sorted.length) {
                    throw new IllegalStateException("IAM reference snapshot: service " + prefix
                            + " decodes other actions than it names: run scripts/update-iam-reference");
                }
            }
            this.actions = List.of(sorted);
            this.actionsByLowerName = Map.copyOf(byName);

            this.resourceTypes = List.copyOf(contents.resourceTypes());
            Map<String, ResourceType> types = new HashMap<>();
            for (ResourceType type : resourceTypes) {
                types.put(type.name().toLowerCase(Locale.ROOT), type);
            }
            this.resourceTypesByLowerName = Map.copyOf(types);

            Set<String> referenced = new LinkedHashSet<>();
            for (Action action : this.actions) {
                referenced.addAll(action.conditionKeys().names());
                for (ActionResourceType row : action.resourceTypes()) {
                    referenced.addAll(row.conditionKeys().names());
                }
            }
            for (ResourceType type : this.resourceTypes) {
                referenced.addAll(type.conditionKeys().names());
            }
            this.referencedKeys = ConditionKeySet.of(new ArrayList<>(referenced));
        }
    }

    private final String prefix;
    private final String name;
    private final boolean rcpSupported;
    private final List<ConditionKey> conditionKeys;
    private final ConditionKeyIndex conditionKeyIndex;
    private final int actionCount;
    private final Supplier<List<String>> actionNames;
    private final Supplier<Contents> contents;
    private volatile Names names;
    private volatile Body body;

    Service(
            String prefix,
            String name,
            boolean rcpSupported,
            List<ConditionKey> conditionKeys,
            int actionCount,
            Supplier<List<String>> actionNames,
            Supplier<Contents> contents) {
        this.prefix = prefix;
        this.name = name;
        this.rcpSupported = rcpSupported;
        this.conditionKeys = List.copyOf(conditionKeys);
        ConditionKeyIndex.Builder index = new ConditionKeyIndex.Builder();
        conditionKeys.forEach(index::add);
        this.conditionKeyIndex = index.build();
        this.actionCount = actionCount;
        this.actionNames = actionNames;
        this.contents = contents;
    }

    private Names names() {
        Names n = names;
        if (n == null) {
            synchronized (this) {
                n = names;
                if (n == null) {
                    n = new Names(prefix, actionCount, actionNames.get());
                    names = n;
                }
            }
        }
        return n;
    }

    private Body body() {
        Body b = body;
        if (b == null) {
            Names n = names();
            synchronized (this) {
                b = body;
                if (b == null) {
                    b = new Body(prefix, n, contents.get());
                    body = b;
                }
            }
        }
        return b;
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
        return Optional.ofNullable(body().actionsByLowerName.get(actionName.toLowerCase(Locale.ROOT)));
    }

    public List<ResourceType> resourceTypes() {
        return body().resourceTypes;
    }

    /** A resource type by name, case-insensitive. */
    public Optional<ResourceType> resourceType(String resourceTypeName) {
        return Optional.ofNullable(body().resourceTypesByLowerName.get(resourceTypeName.toLowerCase(Locale.ROOT)));
    }

    /** The condition keys this service's table defines, with their types. */
    public List<ConditionKey> conditionKeys() {
        return conditionKeys;
    }

    /** A key definition of this service's table; {@code s3:ExistingObjectTag/team} finds its family. */
    public Optional<ConditionKey> conditionKey(String key) {
        return conditionKeyIndex.find(key.toLowerCase(Locale.ROOT));
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
        List<Action> actions = body().actions;
        if (Glob.isAnything(lowerGlob)) {
            return actions;
        }
        BitSet matching = actionIndexesMatching(lowerGlob);
        List<Action> out = new ArrayList<>(matching.cardinality());
        for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
            out.add(actions.get(i));
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
