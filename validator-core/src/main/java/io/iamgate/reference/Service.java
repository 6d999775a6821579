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

/**
 * An AWS service as IAM knows it: its prefix, actions, resource types and condition keys. A final
 * class rather than a record because it carries lowercase indexes for case-insensitive lookups; it
 * is immutable all the same.
 */
public final class Service {

  private final String prefix;
  private final String name;
  private final boolean rcpSupported;
  /** Sorted by lowercase name, parallel to {@link #lowerActionNames}, for prefix range lookups. */
  private final List<Action> actions;
  private final String[] lowerActionNames;
  private final Map<String, Action> actionsByLowerName;
  private final List<ResourceType> resourceTypes;
  private final Map<String, ResourceType> resourceTypesByLowerName;
  private final List<ConditionKey> conditionKeys;
  private final ConditionKeyIndex conditionKeyIndex;
  /** Every key named anywhere in this service's tables: the "does the service support it" answer. */
  private final ConditionKeySet referencedKeys;

  Service(
      String prefix,
      String name,
      boolean rcpSupported,
      List<Action> actions,
      List<ResourceType> resourceTypes,
      List<ConditionKey> conditionKeys) {
    this.prefix = prefix;
    this.name = name;
    this.rcpSupported = rcpSupported;

    // Lowercase each name once, then sort the names and the actions together.
    Map<String, Action> byName = new HashMap<>(actions.size() * 2);
    for (Action action : actions) {
      byName.put(action.name().toLowerCase(Locale.ROOT), action);
    }
    this.lowerActionNames = byName.keySet().toArray(String[]::new);
    Arrays.sort(lowerActionNames);
    Action[] sorted = new Action[lowerActionNames.length];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = byName.get(lowerActionNames[i]);
    }
    this.actions = List.of(sorted);
    this.actionsByLowerName = Map.copyOf(byName);

    this.resourceTypes = List.copyOf(resourceTypes);
    Map<String, ResourceType> types = new HashMap<>();
    for (ResourceType type : resourceTypes) {
      types.put(type.name().toLowerCase(Locale.ROOT), type);
    }
    this.resourceTypesByLowerName = Map.copyOf(types);

    this.conditionKeys = List.copyOf(conditionKeys);
    ConditionKeyIndex.Builder index = new ConditionKeyIndex.Builder();
    conditionKeys.forEach(index::add);
    this.conditionKeyIndex = index.build();

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
    return actions;
  }

  public int actionCount() {
    return actions.size();
  }

  /** An action by its name without prefix, case-insensitive ({@code getobject} finds GetObject). */
  public Optional<Action> action(String actionName) {
    return Optional.ofNullable(actionsByLowerName.get(actionName.toLowerCase(Locale.ROOT)));
  }

  public List<ResourceType> resourceTypes() {
    return resourceTypes;
  }

  /** A resource type by name, case-insensitive. */
  public Optional<ResourceType> resourceType(String resourceTypeName) {
    return Optional.ofNullable(resourceTypesByLowerName.get(resourceTypeName.toLowerCase(Locale.ROOT)));
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
    return referencedKeys.contains(key);
  }

  /** Actions whose lowercase name matches a lowercase glob; a trailing-star-only glob is a range. */
  List<Action> actionsMatching(String lowerGlob) {
    if (Glob.isAnything(lowerGlob)) {
      return actions;
    }
    if (!Glob.hasWildcard(lowerGlob)) {
      Action exact = actionsByLowerName.get(lowerGlob);
      return exact == null ? List.of() : List.of(exact);
    }
    if (Glob.isPrefixPattern(lowerGlob)) {
      return actionsStartingWith(lowerGlob.substring(0, lowerGlob.length() - 1));
    }
    List<Action> out = new ArrayList<>();
    for (int i = 0; i < lowerActionNames.length; i++) {
      if (Glob.matches(lowerGlob, lowerActionNames[i])) {
        out.add(actions.get(i));
      }
    }
    return out;
  }

  private List<Action> actionsStartingWith(String lowerPrefix) {
    int from = Arrays.binarySearch(lowerActionNames, lowerPrefix);
    if (from < 0) {
      from = -from - 1;
    }
    int to = from;
    while (to < lowerActionNames.length && lowerActionNames[to].startsWith(lowerPrefix)) {
      to++;
    }
    return actions.subList(from, to);
  }

  @Override
  public String toString() {
    return "Service[" + prefix + "]";
  }
}
