package io.github.mnr4j.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.mnr4j.internal.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one JSON value from a parser into a {@link Node} tree that keeps locations. It finds
 * duplicate fields and counts the values itself, whatever the parser's settings (a user's own
 * mapper may not detect duplicates), and refuses a tree of more values than the limits allow, so
 * that the tree's memory is bounded.
 */
final class NodeReader {
  private final ReadLimits limits;
  private int values;

  private NodeReader(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads the value at the parser's current token (which must be set) and leaves the parser on the
   * value's last token.
   */
  static Node read(JsonParser parser, ReadLimits limits) {
    // At a container's start token the parser has entered the container, whose context has no
    // segment of its own yet, so the path is the container's pointer in every case.
    return new NodeReader(limits)
        .value(parser, parser.streamReadContext().pathAsPointer().toString());
  }

  private Node value(JsonParser parser, String pointer) {
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (++values > limits.maxValues()) {
      throw new MnrJsonException(
          List.of(
              JsonProblem.of(
                  "the document holds more than "
                      + limits.maxValues()
                      + " values, the most it may (ReadLimits.values)",
                  pointer,
                  Math.max(line, 1),
                  Math.max(column, 1))));
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
          parser.nextToken();
          String field = pointer + "/" + escape(name);
          if (fields.containsKey(name)) {
            TokenStreamLocation duplicate = parser.currentTokenLocation();
            throw new MnrJsonException(
                List.of(
                    JsonProblem.of(
                        "duplicate field '" + Messages.clip(name) + "'",
                        field,
                        Math.max(duplicate.getLineNr(), 1),
                        Math.max(duplicate.getColumnNr(), 1))));
          }
          fields.put(name, value(parser, field));
        }
        return Node.object(pointer, line, column, ImmutableMap.copyOf(fields));
      }
      case START_ARRAY -> {
        ImmutableList.Builder<Node> items = ImmutableList.builder();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(parser, pointer + "/" + index++));
        }
        return Node.array(pointer, line, column, items.build());
      }
      case VALUE_STRING -> {
        return Node.scalar(Node.Type.STRING, pointer, line, column, parser.getString());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return Node.scalar(Node.Type.NUMBER, pointer, line, column, parser.getString());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return Node.scalar(Node.Type.BOOLEAN, pointer, line, column, parser.getString());
      }
      case VALUE_NULL -> {
        return Node.scalar(Node.Type.NULL, pointer, line, column, "null");
      }
      default -> throw new IllegalStateException("unexpected token " + token + " at " + pointer);
    }
  }

  /** Escapes a field name as a JSON Pointer segment (RFC 6901). */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
