package io.github.mnr4j.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;

/**
 * A JSON value with its place in the document: its JSON Pointer, line and column. Codecs decode
 * these rather than Jackson's tree, so that every error can say where it is.
 */
final class Node {
  /** The JSON types. */
  enum Type {
    OBJECT("an object"),
    ARRAY("an array"),
    STRING("a string"),
    NUMBER("a number"),
    BOOLEAN("true or false"),
    NULL("null");

    final String description;

    Type(String description) {
      this.description = description;
    }
  }

  final Type type;
  final String pointer;
  final int line;
  final int column;

  /** The field values of an object, in document order; empty otherwise. */
  final ImmutableMap<String, Node> fields;

  /** The items of an array; empty otherwise. */
  final ImmutableList<Node> items;

  /** The text of a string, or the literal of a number or boolean; empty for the rest. */
  final String text;

  private Node(
      Type type,
      String pointer,
      int line,
      int column,
      ImmutableMap<String, Node> fields,
      ImmutableList<Node> items,
      String text) {
    this.type = type;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.fields = fields;
    this.items = items;
    this.text = text;
  }

  static Node scalar(Type type, String pointer, int line, int column, String text) {
    return new Node(type, pointer, line, column, ImmutableMap.of(), ImmutableList.of(), text);
  }

  static Node object(String pointer, int line, int column, ImmutableMap<String, Node> fields) {
    return new Node(Type.OBJECT, pointer, line, column, fields, ImmutableList.of(), "");
  }

  static Node array(String pointer, int line, int column, ImmutableList<Node> items) {
    return new Node(Type.ARRAY, pointer, line, column, ImmutableMap.of(), items, "");
  }

  /** Returns a problem located at this value. */
  JsonProblem problem(String message) {
    return JsonProblem.of(message, pointer, line, column);
  }

  /** Returns an exception for one problem located at this value. */
  MnrJsonException error(String message) {
    return new MnrJsonException(List.of(problem(message)));
  }

  /**
   * Finds the value at a path of field names and indexes below this one, or the deepest value on
   * the way that exists.
   */
  Node deepest(List<String> path) {
    Node node = this;
    for (String segment : path) {
      Optional<Node> next = node.child(segment);
      if (next.isEmpty()) {
        return node;
      }
      node = next.get();
    }
    return node;
  }

  private Optional<Node> child(String segment) {
    if (type == Type.OBJECT) {
      return Optional.ofNullable(fields.get(segment));
    }
    if (type == Type.ARRAY
        && !segment.isEmpty()
        && segment.chars().allMatch(Character::isDigit)
        && segment.length() < 10) {
      int index = Integer.parseInt(segment);
      return index < items.size() ? Optional.of(items.get(index)) : Optional.empty();
    }
    return Optional.empty();
  }

  /** Renders a short description of the value for messages, such as {@code the string "x"}. */
  String describe() {
    switch (type) {
      case STRING -> {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "the string \"" + shown + "\"";
      }
      case NUMBER, BOOLEAN -> {
        return text;
      }
      default -> {
        return type.description;
      }
    }
  }
}
