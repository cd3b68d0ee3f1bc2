package io.github.mnr4j.json;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Where responses come from, for {@link MnrJson#readAll}: an {@code mnr4j.cohort} document, JSON
 * Lines (one {@code mnr4j.response} document a line) or a single {@code mnr4j.response} document,
 * read from a file or any stream, gzip-compressed or not.
 *
 * <pre>{@code
 * // JSON Lines, compressed
 * ResponseInput.of(Path.of("round-2024.jsonl.gz"));
 * // a cohort or a response
 * ResponseInput.of(Path.of("round-2024.json"));
 * // every such file of a directory
 * ResponseInput.allIn(Path.of("responses"));
 * // any stream
 * ResponseInput.lines("upload", () -> in);
 * }</pre>
 *
 * <p>A file is opened only when it is read, so that a missing file is a problem of the reading,
 * reported with the others. Immutable and thread-safe.
 */
public final class ResponseInput {
  /** The name endings of the files {@link #allIn(Path)} reads. */
  private static final List<String> ENDINGS = List.of(".json", ".jsonl", ".json.gz", ".jsonl.gz");

  /** How much of a {@code .json} file is read to find its format. */
  private static final int HEAD = 1 << 16;

  /** What an input holds. */
  enum Kind {
    COHORT,
    LINES,
    RESPONSE,
    /** A {@code .json} file: a cohort, or a response, as its {@code format} says. */
    DOCUMENT
  }

  /** Opens an input's bytes. */
  @FunctionalInterface
  public interface Opener {
    /**
     * Opens the input; the reader closes the stream.
     *
     * @return the bytes, compressed or not
     * @throws IOException if it cannot be opened
     */
    InputStream open() throws IOException;
  }

  private final String name;
  private final Kind kind;
  private final Opener opener;

  private ResponseInput(String name, Kind kind, Opener opener) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = kind;
    this.opener = Objects.requireNonNull(opener, "opener");
  }

  /**
   * A file, read as its name says: {@code .jsonl} (or {@code .jsonl.gz}) as JSON Lines, any other
   * as a document, a cohort or a single response as its {@code format} field says. Compression is
   * recognised by its first bytes, whatever the name.
   *
   * @param file the file
   * @return the input, named by the file's path
   */
  public static ResponseInput of(Path file) {
    String fileName = String.valueOf(file.getFileName());
    Kind kind =
        fileName.endsWith(".jsonl") || fileName.endsWith(".jsonl.gz") ? Kind.LINES : Kind.DOCUMENT;
    return new ResponseInput(file.toString(), kind, () -> Files.newInputStream(file));
  }

  /**
   * Every file of a directory whose name ends in {@code .json}, {@code .jsonl}, {@code .json.gz} or
   * {@code .jsonl.gz}, in the order of their names; subdirectories are not read.
   *
   * @param directory the directory
   * @return the inputs, possibly none
   * @throws IOException if the directory cannot be listed
   */
  public static List<ResponseInput> allIn(Path directory) throws IOException {
    List<ResponseInput> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      files
          .filter(Files::isRegularFile)
          .filter(f -> ENDINGS.stream().anyMatch(String.valueOf(f.getFileName())::endsWith))
          .sorted()
          .forEach(f -> inputs.add(of(f)));
    }
    return inputs;
  }

  /**
   * An {@code mnr4j.cohort} document.
   *
   * @param name the input's name, for messages
   * @param opener opens its bytes
   * @return the input
   */
  public static ResponseInput cohort(String name, Opener opener) {
    return new ResponseInput(name, Kind.COHORT, opener);
  }

  /**
   * JSON Lines: one {@code mnr4j.response} document a line.
   *
   * @param name the input's name, for messages
   * @param opener opens its bytes
   * @return the input
   */
  public static ResponseInput lines(String name, Opener opener) {
    return new ResponseInput(name, Kind.LINES, opener);
  }

  /**
   * A single {@code mnr4j.response} document.
   *
   * @param name the input's name, for messages
   * @param opener opens its bytes
   * @return the input
   */
  public static ResponseInput response(String name, Opener opener) {
    return new ResponseInput(name, Kind.RESPONSE, opener);
  }

  /**
   * Returns the input's name, which messages about it start with.
   *
   * @return such as a file's path
   */
  public String name() {
    return name;
  }

  Kind kind() {
    return kind;
  }

  /**
   * Opens the bytes, decompressed if they are gzip-compressed ({@link GzipInput}: strictly, with a
   * limit on how much they may inflate).
   */
  InputStream open() throws IOException {
    BufferedInputStream in = new BufferedInputStream(opener.open(), 1 << 16);
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    return first == 0x1f && second == 0x8b
        ? new BufferedInputStream(new GzipInput(in), 1 << 16)
        : in;
  }

  /** The top-level fields only a response has: one of them first makes a document a response. */
  private static final Set<String> RESPONSE_FIELDS =
      Set.of("instrument", "jurisdiction", "status", "answers", "respondent", "receivedOn");

  /**
   * Tells what a document holds, from its first bytes; the stream is left where it was. Its {@code
   * format} field says, if the first bytes hold it; else a field that only responses have before it
   * makes it a response (a response written with sorted keys starts with {@code answers}, which may
   * be longer than the bytes looked at). Anything else is read as a cohort, whose reader says what
   * is wrong.
   */
  static Kind documentKind(InputStream in, JsonFactory factory) throws IOException {
    in.mark(HEAD);
    byte[] head = in.readNBytes(HEAD);
    in.reset();
    return peek(head, factory, RESPONSE_FIELDS)
            .filter(
                field ->
                    field.equals(FORMAT_IS + ResponseCodec.FORMAT)
                        || RESPONSE_FIELDS.contains(field))
            .isPresent()
        ? Kind.RESPONSE
        : Kind.COHORT;
  }

  /** How {@link #peek} gives a format: {@code format:VALUE}. */
  private static final String FORMAT_IS = "format:";

  /**
   * The first top-level field of a document that tells its kind: {@code format:VALUE} for its
   * format, or the name of one of the telling fields.
   */
  private static Optional<String> peek(byte[] head, JsonFactory factory, Set<String> telling) {
    if (Tokens.notUtf8(head, 0, head.length)) {
      return Optional.empty();
    }
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), head)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      for (String field = parser.nextName(); field != null; field = parser.nextName()) {
        if (telling.contains(field)) {
          return Optional.of(field);
        }
        JsonToken value = parser.nextToken();
        if (field.equals("format")) {
          return value == JsonToken.VALUE_STRING
              ? Optional.of(FORMAT_IS + parser.getString())
              : Optional.empty();
        }
        parser.skipChildren();
      }
      return Optional.empty();
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  /** The value of a document's top-level {@code format} field, if its first bytes hold it. */
  static Optional<String> peekFormat(byte[] head, JsonFactory factory) {
    return peek(head, factory, Set.of())
        .filter(field -> field.startsWith(FORMAT_IS))
        .map(field -> field.substring(FORMAT_IS.length()));
  }

  @Override
  public String toString() {
    return "ResponseInput[" + name + ", " + kind.name().toLowerCase(java.util.Locale.ROOT) + "]";
  }
}
