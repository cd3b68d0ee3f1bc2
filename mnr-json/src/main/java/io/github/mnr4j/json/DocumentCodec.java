package io.github.mnr4j.json;

import io.github.mnr4j.DefinitionProblem;
import io.github.mnr4j.InvalidDefinitionException;
import io.github.mnr4j.MnrException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON document of one core type: its {@code format} name, how to write a value's fields and
 * how to read it back from tokens. Documents read in bulk (responses, cohorts) are decoded straight
 * from tokens; the others are {@link TreeCodec}s, read through a located tree.
 *
 * @param <T> the core type
 */
abstract class DocumentCodec<T> {
  /** The only document version this release reads and writes. */
  static final int VERSION = 1;

  final String format;
  final Class<T> type;

  DocumentCodec(String format, Class<T> type) {
    this.format = format;
    this.type = type;
  }

  /** Writes the value's fields, after {@code format} and {@code version}. */
  abstract void writeFields(T value, JsonGenerator out, CodecOptions options);

  final void write(T value, JsonGenerator out, CodecOptions options) {
    out.writeStartObject();
    out.writeStringProperty("format", format);
    out.writeNumberProperty("version", VERSION);
    writeFields(value, out, options);
    out.writeEndObject();
  }

  /**
   * Reads a document whose first token is the parser's current token, and leaves the parser on its
   * last token.
   */
  abstract T read(Tokens in, CodecOptions options);

  /**
   * Builds a core value from the JSON value {@code at}, turning the core's invariant problems into
   * problems located in the document: core paths are accessor names, and so field names.
   */
  static <V> V define(Node at, Supplier<V> constructor) {
    try {
      return constructor.get();
    } catch (InvalidDefinitionException e) {
      throw new MnrJsonException(
          e.problems().stream().map(problem -> locate(at, problem)).collect(Collectors.toList()));
    }
  }

  /**
   * Builds a value as {@link #define} does, and also locates at the node a plain {@link
   * MnrException} of the constructor's own checks.
   */
  static <V> V located(Node at, Supplier<V> constructor) {
    try {
      return define(at, constructor);
    } catch (MnrJsonException e) {
      throw e;
    } catch (MnrException e) {
      throw at.error(String.valueOf(e.getMessage()));
    }
  }

  private static JsonProblem locate(Node at, DefinitionProblem problem) {
    return at.deepest(segments(problem.pointer())).problem(problem.message());
  }

  /** The segments of a JSON Pointer (RFC 6901): {@code /a~1b/0} is {@code ["a/b", "0"]}. */
  static List<String> segments(String pointer) {
    List<String> segments = new ArrayList<>();
    if (!pointer.isEmpty()) {
      for (String segment : pointer.substring(1).split("/", -1)) {
        segments.add(segment.replace("~1", "/").replace("~0", "~"));
      }
    }
    return segments;
  }

  /** Writes a string field, or null when it is absent. */
  static void writeNullable(String name, Optional<String> value, JsonGenerator out) {
    if (value.isPresent()) {
      out.writeStringProperty(name, value.get());
    } else {
      out.writeNullProperty(name);
    }
  }

  /** Writes a number field, or null when it is absent. */
  static void writeNullable(String name, OptionalDouble value, JsonGenerator out) {
    if (value.isPresent()) {
      out.writeNumberProperty(name, value.getAsDouble());
    } else {
      out.writeNullProperty(name);
    }
  }

  static void writeStrings(String name, List<String> values, JsonGenerator out) {
    out.writeArrayPropertyStart(name);
    for (String value : values) {
      out.writeString(value);
    }
    out.writeEndArray();
  }

  /** Writes an object of strings by name, in the map's order. */
  static void writeStringsByName(String name, Map<String, String> values, JsonGenerator out) {
    out.writeObjectPropertyStart(name);
    for (Map.Entry<String, String> value : values.entrySet()) {
      out.writeStringProperty(value.getKey(), value.getValue());
    }
    out.writeEndObject();
  }
}
