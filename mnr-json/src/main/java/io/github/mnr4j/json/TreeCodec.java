package io.github.mnr4j.json;

import io.github.mnr4j.internal.Messages;

/**
 * The document of a type read whole through a located tree ({@link Node}): definitions and results
 * of which a program reads one at a time, so that the tree's cost does not count and each problem
 * can be located anywhere in the document after the fact.
 *
 * @param <T> the core type
 */
abstract class TreeCodec<T> extends DocumentCodec<T> {
  TreeCodec(String format, Class<T> type) {
    super(format, type);
  }

  /** Reads the value's fields; the caller checks {@code format}, {@code version} and leftovers. */
  abstract T readFields(ObjectFields document, CodecOptions options);

  @Override
  final T read(Tokens in, CodecOptions options) {
    return read(NodeReader.read(in.parser, options.limits), options);
  }

  final T read(Node root, CodecOptions options) {
    ObjectFields document =
        ObjectFields.of(root, "an " + format + " document", options.ignoreUnknownFields);
    Node formatNode = document.required("format");
    String found = ObjectFields.string(formatNode);
    if (!found.equals(format)) {
      throw formatNode.error(
          "expected format '" + format + "' but found '" + Messages.clip(found) + "'");
    }
    Node versionNode = document.required("version");
    if (versionNode.type != Node.Type.NUMBER || !versionNode.text.equals(String.valueOf(VERSION))) {
      throw versionNode.error(
          "unsupported version "
              + versionNode.describe()
              + " of "
              + format
              + "; this release reads version "
              + VERSION);
    }
    T value = readFields(document, options);
    document.finish();
    return value;
  }
}
