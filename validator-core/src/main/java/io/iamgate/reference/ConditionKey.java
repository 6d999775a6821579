package io.iamgate.reference;

import java.util.Locale;

/**
 * A condition key definition. The name is as the reference spells it; a templated family such as
 * {@code aws:ResourceTag/${TagKey}} or {@code s3:ExistingObjectTag/<key>} stands for every key
 * that fills in the placeholder.
 */
public record ConditionKey(String name, ConditionKeyType type) {

  public ConditionKey {
    if (name == null || name.isEmpty() || type == null) {
      throw new IllegalArgumentException("condition key needs a name and a type");
    }
  }

  /** ArrayOf* keys: a request can carry several values. */
  public boolean multivalued() {
    return type.isMultivalued();
  }

  /** Whether this definition is a family ({@code ${TagKey}} or {@code <key>} placeholders). */
  public boolean isTemplate() {
    return ConditionKeyTemplate.isTemplate(name);
  }

  /** Whether {@code key} (a key name from a policy) is this key or a member of this family. */
  public boolean matches(String key) {
    return isTemplate()
        ? ConditionKeyTemplate.of(name).matches(key.toLowerCase(Locale.ROOT))
        : name.equalsIgnoreCase(key);
  }
}
