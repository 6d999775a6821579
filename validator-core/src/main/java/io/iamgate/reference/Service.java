package io.iamgate.reference;

import java.util.ArrayList;
import java.util.Arrays;
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

  /** Actions and resource types with their lookup indexes. */
  private static final class Body {
    /** Sorted by lowercase name, parallel to {@link #lowerActionNames}, for prefix range lookups. */
    final List<Action> actions;
    final String[] lowerActionNames;
    /** Parallel to the names: which letters a-z each name contains (a glob's letters must all be there). */
    final int[] letters;
    final Map<String, Action> actionsByLowerName;
    final List<ResourceType> resourceTypes;
    final Map<String, ResourceType> resourceTypesByLowerName;
    /** Every key named anywhere in this service's tables: the "does the service support it" answer. */
    final ConditionKeySet referencedKeys;

    Body(Contents contents) {
      // Lowercase each name once, then sort the names and the actions together.
      Map<String, Action> byName = new HashMap<>(contents.actions().size() * 2);
      for (Action action : contents.actions()) {
        byName.put(action.name().toLowerCase(Locale.ROOT), action);
      }
      this.lowerActionNames = byName.keySet().toArray(String[]::new);
      Arrays.sort(lowerActionNames);
      Action[] sorted = new Action[lowerActionNames.length];
      for (int i = 0; i < sorted.length; i++) {
        sorted[i] = byName.get(lowerActionNames[i]);
      }
      this.actions = List.of(sorted);
      this.letters = new int[lowerActionNames.length];
      for (int i = 0; i < letters.length; i++) {
        letters[i] = lettersOf(lowerActionNames[i]);
      }
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
  private final Supplier<Contents> contents;
  private volatile Body body;

  Service(
      String prefix,
      String name,
      boolean rcpSupported,
      List<ConditionKey> conditionKeys,
      Supplier<Contents> contents) {
    this.prefix = prefix;
    this.name = name;
    this.rcpSupported = rcpSupported;
    this.conditionKeys = List.copyOf(conditionKeys);
    ConditionKeyIndex.Builder index = new ConditionKeyIndex.Builder();
    conditionKeys.forEach(index::add);
    this.conditionKeyIndex = index.build();
    this.contents = contents;
  }

  private Body body() {
    Body b = body;
    if (b == null) {
      synchronized (this) {
        b = body;
        if (b == null) {
          b = new Body(contents.get());
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

  public int actionCount() {
    return body().actions.size();
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

  /** Actions whose lowercase name matches a lowercase glob; a trailing-star-only glob is a range. */
  List<Action> actionsMatching(String lowerGlob) {
    Body b = body();
    if (Glob.isAnything(lowerGlob)) {
      return b.actions;
    }
    if (!Glob.hasWildcard(lowerGlob)) {
      Action exact = b.actionsByLowerName.get(lowerGlob);
      return exact == null ? List.of() : List.of(exact);
    }
    if (Glob.isPrefixPattern(lowerGlob)) {
      return actionsStartingWith(b, lowerGlob.substring(0, lowerGlob.length() - 1));
    }
    List<Action> out = new ArrayList<>();
    // A cheap filter first: a policy may hold thousands of "*:..." globs, each tried on every action.
    int required = lettersOf(lowerGlob);
    for (int i = 0; i < b.lowerActionNames.length; i++) {
      if ((b.letters[i] & required) == required && Glob.matches(lowerGlob, b.lowerActionNames[i])) {
        out.add(b.actions.get(i));
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

  private static List<Action> actionsStartingWith(Body b, String lowerPrefix) {
    int from = Arrays.binarySearch(b.lowerActionNames, lowerPrefix);
    if (from < 0) {
      from = -from - 1;
    }
    int to = from;
    while (to < b.lowerActionNames.length && b.lowerActionNames[to].startsWith(lowerPrefix)) {
      to++;
    }
    return b.actions.subList(from, to);
  }

  @Override
  public String toString() {
    return "Service[" + prefix + "]";
  }
}
