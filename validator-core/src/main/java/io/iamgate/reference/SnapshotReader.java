package io.iamgate.reference;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads the snapshot with Jackson's streaming parser: no tree, no reflection, so loading stays in
 * the tens of milliseconds. Repeated strings (condition key names, resource type names) and
 * identical key lists are shared, which keeps the loaded reference small. Unknown fields are
 * skipped so that an older loader can read a newer snapshot of the same format.
 */
final class SnapshotReader {

  /** The snapshot layout this reader understands; bump with update-iam-reference.mjs FORMAT. */
  static final int FORMAT = 1;

  // Field names here are mostly action and resource type names, each seen once: Jackson's name
  // canonicalizing and String.intern would only churn its caches. Strings are shared below instead.
  private static final JsonFactory JSON = JsonFactory.builder()
      .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .build();

  private final JsonParser p;
  private final Map<String, String> strings = new HashMap<>();
  private final Map<List<String>, ConditionKeySet> keySets = new HashMap<>();

  private SnapshotReader(JsonParser p) {
    this.p = p;
  }

  static IamReference read(InputStream gzipped) throws IOException {
    try (JsonParser parser = JSON.createParser(new GZIPInputStream(gzipped, 1 << 16))) {
      return new SnapshotReader(parser).snapshot();
    }
  }

  private IamReference snapshot() throws IOException {
    expect(p.nextToken(), JsonToken.START_OBJECT);
    String date = null;
    String version = null;
    String generator = null;
    int format = -1;
    Map<String, String> sources = Map.of();
    Map<String, List<String>> aliases = Map.of();
    List<Service> services = new ArrayList<>();
    List<GlobalConditionKey> globals = new ArrayList<>();
    List<Partition> partitions = new ArrayList<>();
    String field;
    while ((field = p.nextFieldName()) != null) {
      switch (field) {
        case "date" -> date = text();
        case "version" -> version = text();
        case "generator" -> generator = text();
        case "format" -> {
          expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
          format = p.getIntValue();
          if (format != FORMAT) {
            throw new IOException("IAM reference snapshot has format " + format + ", this loader reads "
                + FORMAT + ": run scripts/update-iam-reference");
          }
        }
        case "sources" -> sources = stringMap();
        case "conditionKeyAliases" -> aliases = aliases();
        case "services" -> services(services);
        case "globalConditionKeys" -> globalKeys(globals);
        case "partitions" -> partitions(partitions);
        default -> skipValue();
      }
    }
    if (date == null || version == null || format != FORMAT || services.isEmpty()) {
      throw new IOException("IAM reference snapshot is incomplete: run scripts/update-iam-reference");
    }
    return new IamReference(date, version, generator == null ? "" : generator, sources, services, aliases,
        new GlobalConditionKeys(globals), new Partitions(partitions));
  }

  private void services(List<Service> out) throws IOException {
    expect(p.nextToken(), JsonToken.START_OBJECT);
    String prefix;
    while ((prefix = p.nextFieldName()) != null) {
      out.add(service(intern(prefix)));
    }
  }

  private Service service(String prefix) throws IOException {
    expect(p.nextToken(), JsonToken.START_OBJECT);
    String name = prefix;
    boolean rcp = false;
    List<Action> actions = new ArrayList<>();
    List<ResourceType> resourceTypes = new ArrayList<>();
    List<ConditionKey> keys = new ArrayList<>();
    String field;
    while ((field = p.nextFieldName()) != null) {
      switch (field) {
        case "name" -> name = text();
        case "rcp" -> rcp = bool();
        case "actions" -> {
          expect(p.nextToken(), JsonToken.START_OBJECT);
          String action;
          while ((action = p.nextFieldName()) != null) {
            actions.add(action(prefix, action));
          }
        }
        case "resourceTypes" -> {
          expect(p.nextToken(), JsonToken.START_OBJECT);
          String type;
          while ((type = p.nextFieldName()) != null) {
            resourceTypes.add(resourceType(prefix, intern(type)));
          }
        }
        case "conditionKeys" -> {
          expect(p.nextToken(), JsonToken.START_OBJECT);
          String key;
          while ((key = p.nextFieldName()) != null) {
            keys.add(new ConditionKey(intern(key), ConditionKeyType.fromDataName(text())));
          }
        }
        default -> skipValue();
      }
    }
    return new Service(prefix, name, rcp, actions, resourceTypes, keys);
  }

  private Action action(String service, String name) throws IOException {
    expect(p.nextToken(), JsonToken.START_OBJECT);
    AccessLevel level = null;
    ConditionKeySet keys = ConditionKeySet.EMPTY;
    List<String> dependent = List.of();
    List<ActionResourceType> rows = List.of();
    String field;
    while ((field = p.nextFieldName()) != null) {
      switch (field) {
        case "accessLevel" -> level = AccessLevel.fromLabel(text());
        case "conditionKeys" -> keys = keySet();
        case "dependentActions" -> dependent = strings();
        case "resourceTypes" -> rows = actionResourceTypes();
        default -> skipValue();
      }
    }
    if (level == null) {
      throw new IOException("action " + service + ":" + name + " has no access level");
    }
    return new Action(service, name, level, rows, keys, dependent);
  }

  private List<ActionResourceType> actionResourceTypes() throws IOException {
    expect(p.nextToken(), JsonToken.START_ARRAY);
    List<ActionResourceType> rows = new ArrayList<>(2);
    while (p.nextToken() == JsonToken.START_OBJECT) {
      String name = null;
      boolean required = false;
      ConditionKeySet keys = ConditionKeySet.EMPTY;
      List<String> dependent = List.of();
      String field;
      while ((field = p.nextFieldName()) != null) {
        switch (field) {
          case "name" -> name = text();
          case "required" -> required = bool();
          case "conditionKeys" -> keys = keySet();
          case "dependentActions" -> dependent = strings();
          default -> skipValue();
        }
      }
      rows.add(new ActionResourceType(name, required, keys, dependent));
    }
    return rows;
  }

  private ResourceType resourceType(String service, String name) throws IOException {
    expect(p.nextToken(), JsonToken.START_OBJECT);
    List<ArnFormat> formats = List.of();
    ConditionKeySet keys = ConditionKeySet.EMPTY;
    String field;
    while ((field = p.nextFieldName()) != null) {
      switch (field) {
        case "arn" -> {
          List<String> texts = strings();
          formats = new ArrayList<>(texts.size());
          for (String format : texts) {
            formats.add(ArnFormat.parse(format));
          }
        }
        case "conditionKeys" -> keys = keySet();
        default -> skipValue();
      }
    }
    return new ResourceType(service, name, formats, keys);
  }

  private void globalKeys(List<GlobalConditionKey> out) throws IOException {
    expect(p.nextToken(), JsonToken.START_OBJECT);
    String name;
    while ((name = p.nextFieldName()) != null) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      String category = "";
      String type = null;
      boolean deprecated = false;
      List<String> replacedBy = List.of();
      Set<ConditionKeyType> alsoAccepts = EnumSet.noneOf(ConditionKeyType.class);
      String field;
      while ((field = p.nextFieldName()) != null) {
        switch (field) {
          case "category" -> category = text();
          case "type" -> type = text();
          case "deprecated" -> deprecated = bool();
          case "replacedBy" -> replacedBy = strings();
          case "alsoAccepts" -> strings().forEach(t -> alsoAccepts.add(ConditionKeyType.fromDataName(t)));
          default -> skipValue();
        }
      }
      if (type == null) {
        throw new IOException("global condition key " + name + " has no type");
      }
      out.add(new GlobalConditionKey(new ConditionKey(intern(name), ConditionKeyType.fromDataName(type)),
          category, deprecated, replacedBy, alsoAccepts));
    }
  }

  private void partitions(List<Partition> out) throws IOException {
    expect(p.nextToken(), JsonToken.START_OBJECT);
    String id;
    while ((id = p.nextFieldName()) != null) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      List<String> regions = List.of();
      String field;
      while ((field = p.nextFieldName()) != null) {
        if (field.equals("regions")) {
          regions = strings();
        } else {
          skipValue();
        }
      }
      out.add(new Partition(id, regions));
    }
  }

  private Map<String, List<String>> aliases() throws IOException {
    expect(p.nextToken(), JsonToken.START_OBJECT);
    Map<String, List<String>> out = new LinkedHashMap<>();
    String prefix;
    while ((prefix = p.nextFieldName()) != null) {
      out.put(prefix, strings());
    }
    return out;
  }

  private Map<String, String> stringMap() throws IOException {
    expect(p.nextToken(), JsonToken.START_OBJECT);
    Map<String, String> out = new LinkedHashMap<>();
    String key;
    while ((key = p.nextFieldName()) != null) {
      out.put(key, text());
    }
    return out;
  }

  private ConditionKeySet keySet() throws IOException {
    List<String> names = strings();
    return names.isEmpty() ? ConditionKeySet.EMPTY : keySets.computeIfAbsent(names, ConditionKeySet::of);
  }

  private List<String> strings() throws IOException {
    expect(p.nextToken(), JsonToken.START_ARRAY);
    List<String> out = new ArrayList<>();
    String value;
    while ((value = p.nextTextValue()) != null) {
      out.add(intern(value));
    }
    expect(p.currentToken(), JsonToken.END_ARRAY);
    return List.copyOf(out);
  }

  private String text() throws IOException {
    String value = p.nextTextValue();
    if (value == null) {
      throw new IOException("expected a string at " + p.currentLocation());
    }
    return intern(value);
  }

  private boolean bool() throws IOException {
    JsonToken token = p.nextToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw new IOException("expected a boolean at " + p.currentLocation());
    }
    return token == JsonToken.VALUE_TRUE;
  }

  private void skipValue() throws IOException {
    p.nextToken();
    p.skipChildren();
  }

  private String intern(String s) {
    String known = strings.putIfAbsent(s, s);
    return known == null ? s : known;
  }

  private void expect(JsonToken actual, JsonToken wanted) throws IOException {
    if (actual != wanted) {
      throw new IOException("IAM reference snapshot: expected " + wanted + " but found " + actual
          + " at " + p.currentLocation());
    }
  }
}
