package io.github.mnr4j.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.mnr4j.Identified;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads the fields of one JSON object, each with an error located at the offending value, and at
 * the end rejects the fields nobody asked for (unless unknown fields are ignored).
 */
final class ObjectFields {
  private final Node object;
  private final boolean ignoreUnknown;
  private final Set<String> read = new HashSet<>();

  private ObjectFields(Node object, boolean ignoreUnknown) {
    this.object = object;
    this.ignoreUnknown = ignoreUnknown;
  }

  /** Starts reading a value that must be an object; {@code what} names it in the error. */
  static ObjectFields of(Node node, String what, boolean ignoreUnknown) {
    if (node.type != Node.Type.OBJECT) {
      throw node.error("expected " + what + " (an object) but found " + node.describe());
    }
    return new ObjectFields(node, ignoreUnknown);
  }

  Node node() {
    return object;
  }

  Optional<Node> optional(String name) {
    read.add(name);
    return Optional.ofNullable(object.fields.get(name));
  }

  Node required(String name) {
    return optional(name).orElseThrow(() -> object.error("missing required field '" + name + "'"));
  }

  String string(String name) {
    return string(required(name));
  }

  Optional<String> optionalString(String name) {
    return optional(name).map(ObjectFields::string);
  }

  int integer(String name) {
    Node node = required(name);
    if (node.type != Node.Type.NUMBER || !node.text.matches("-?[0-9]{1,9}")) {
      throw node.error(
          (node.type == Node.Type.NUMBER && node.text.matches("-?[0-9]+")
                  ? "expected a whole number from -999999999 to 999999999 for '"
                  : "expected a whole number for '")
              + name
              + "' but found "
              + node.describe());
    }
    return Integer.parseInt(node.text);
  }

  /** Reads a whole number of Java's {@code long} range, such as a random seed. */
  long longInteger(String name) {
    Node node = required(name);
    if (node.type == Node.Type.NUMBER && node.text.matches("-?[0-9]{1,19}")) {
      try {
        return Long.parseLong(node.text);
      } catch (NumberFormatException e) {
        // Nineteen digits beyond the range: refused below.
      }
    }
    throw node.error(
        "expected a whole number from "
            + Long.MIN_VALUE
            + " to "
            + Long.MAX_VALUE
            + " for '"
            + name
            + "' but found "
            + node.describe());
  }

  boolean optionalBoolean(String name, boolean absent) {
    Optional<Node> node = optional(name);
    if (node.isEmpty()) {
      return absent;
    }
    if (node.get().type != Node.Type.BOOLEAN) {
      throw node.get()
          .error("expected true or false for '" + name + "' but found " + node.get().describe());
    }
    return node.get().text.equals("true");
  }

  /** Reads a string that must be one of the known values, such as a model's kind. */
  String oneOf(String name, List<String> known) {
    Node node = required(name);
    String value = string(node);
    if (!known.contains(value)) {
      throw node.error("unknown " + name + " '" + value + "'; known: " + String.join(", ", known));
    }
    return value;
  }

  /** Reads the id of an enum constant, such as a question's kind. */
  <E extends Enum<E> & Identified> E id(String name, Class<E> type) {
    return Identified.find(type, oneOf(name, Identified.ids(type))).orElseThrow();
  }

  double number(String name) {
    Node node = required(name);
    if (node.type != Node.Type.NUMBER) {
      throw node.error("expected a number for '" + name + "' but found " + node.describe());
    }
    return Double.parseDouble(node.text);
  }

  /** Reads a field that must be present and holds a string or null. */
  Optional<String> nullableString(String name) {
    Node node = required(name);
    return node.type == Node.Type.NULL ? Optional.empty() : Optional.of(string(node));
  }

  /** Reads a field that must be present and holds a number or null. */
  OptionalDouble nullableNumber(String name) {
    Node node = required(name);
    if (node.type == Node.Type.NULL) {
      return OptionalDouble.empty();
    }
    if (node.type != Node.Type.NUMBER) {
      throw node.error("expected a number or null for '" + name + "' but found " + node.describe());
    }
    return OptionalDouble.of(Double.parseDouble(node.text));
  }

  ImmutableList<Node> array(String name) {
    return array(required(name), name);
  }

  ImmutableList<Node> optionalArray(String name) {
    return optional(name).map(node -> array(node, name)).orElse(ImmutableList.of());
  }

  ImmutableList<String> optionalStrings(String name) {
    return optionalArray(name).stream()
        .map(ObjectFields::string)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The strings of an optional object field, by name and in the order written ({@code what} names
   * the object in the error): a value that is not a string is refused where it is.
   */
  ImmutableMap<String, String> optionalStringsByName(String name, String what) {
    Optional<Node> object = optional(name);
    if (object.isEmpty()) {
      return ImmutableMap.of();
    }
    of(object.get(), what, false);
    ImmutableMap.Builder<String, String> strings = ImmutableMap.builder();
    object.get().fields.forEach((key, value) -> strings.put(key, string(value)));
    return strings.buildOrThrow();
  }

  ImmutableList<String> strings(String name) {
    return array(name).stream().map(ObjectFields::string).collect(ImmutableList.toImmutableList());
  }

  /**
   * The numbers of an array's elements, each a {@code what} (such as "weight"): an element that is
   * not a number is refused where it is.
   */
  static ImmutableList<Double> numbers(List<Node> elements, String what) {
    ImmutableList.Builder<Double> numbers = ImmutableList.builder();
    for (Node element : elements) {
      if (element.type != Node.Type.NUMBER) {
        throw element.error("expected a " + what + " (a number) but found " + element.describe());
      }
      numbers.add(Double.parseDouble(element.text));
    }
    return numbers.build();
  }

  /** Rejects the first field that was not read, unless unknown fields are ignored. */
  void finish() {
    if (ignoreUnknown) {
      return;
    }
    for (var field : object.fields.entrySet()) {
      if (!read.contains(field.getKey())) {
        throw field
            .getValue()
            .error(
                "unknown field '"
                    + field.getKey()
                    + "'; known here: "
                    + String.join(", ", read.stream().sorted().toList()));
      }
    }
  }

  static String string(Node node) {
    if (node.type != Node.Type.STRING) {
      throw node.error("expected a string but found " + node.describe());
    }
    return node.text;
  }

  private static ImmutableList<Node> array(Node node, String name) {
    if (node.type != Node.Type.ARRAY) {
      throw node.error("expected an array for '" + name + "' but found " + node.describe());
    }
    return node.items;
  }
}
