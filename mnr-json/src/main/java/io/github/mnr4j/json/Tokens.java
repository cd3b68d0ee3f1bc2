package io.github.mnr4j.json;

import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Question;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A parser seen by the decoders that read values straight from tokens: the current token's location
 * as a JSON Pointer, line and column, errors located there, and the expected reads (a string, a
 * whole number) with errors that name what was found. When the parser reads a part of a larger
 * input (one line of JSON Lines, one response of a cohort), the part's place in the input is added:
 * a prefix to pointers and the line and column the part starts at.
 */
final class Tokens {
  final JsonParser parser;
  private final String pointerPrefix;
  private final int firstLine;
  private final int firstColumn;

  Tokens(JsonParser parser) {
    this(parser, "", 1, 1);
  }

  Tokens(JsonParser parser, String pointerPrefix, int firstLine, int firstColumn) {
    this.parser = parser;
    this.pointerPrefix = pointerPrefix;
    this.firstLine = firstLine;
    this.firstColumn = firstColumn;
  }

  /**
   * Whether messages leave out the values they find: inside answers and the respondent block, which
   * may hold personal data however malformed.
   */
  boolean withholdValues;

  /** The JSON Pointer of the current token's value. */
  String pointer() {
    return pointerPrefix + parser.streamReadContext().pathAsPointer().toString();
  }

  /** A problem located at the current token. */
  JsonProblem problem(String message) {
    return problem(message, pointer(), parser.currentTokenLocation());
  }

  /** A problem at a location recorded earlier. */
  JsonProblem problem(String message, String pointer, TokenStreamLocation at) {
    int line = Math.max(at.getLineNr(), 1);
    int column = Math.max(at.getColumnNr(), 1);
    return JsonProblem.of(
        message, pointer, firstLine + line - 1, line == 1 ? firstColumn + column - 1 : column);
  }

  /** An exception for one problem at the current token. */
  MnrJsonException error(String message) {
    return new MnrJsonException(List.of(problem(message)));
  }

  /** Turns an exception of the parser (broken syntax, a limit crossed) into a located problem. */
  MnrJsonException translate(JacksonException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException) {
        throw new UncheckedIOException((IOException) cause);
      }
    }
    // Where the parser stopped, when the exception does not say (a limit crossed).
    TokenStreamLocation at =
        e.getLocation() == null || e.getLocation().getLineNr() < 1
            ? parser.currentLocation()
            : e.getLocation();
    String pointer = pointer();
    String message = parserMessage(e);
    if (isPersonal(pointer)) {
      message = "malformed JSON where personal data are (not quoted)";
    } else if (message.startsWith("Duplicate Object property ")) {
      message =
          "duplicate field " + printable(message.substring("Duplicate Object property ".length()));
    } else {
      message = "malformed JSON: " + printable(message);
    }
    return new MnrJsonException(List.of(problem(message, pointer, at)));
  }

  /**
   * The first line of a parser's message without its note of where a value started, which names the
   * parser's source ("(for Object starting at [Source: REDACTED ...])") rather than the line and
   * column that the problem's location gives.
   */
  static String parserMessage(JacksonException e) {
    String message = e.getOriginalMessage().lines().findFirst().orElse("");
    int source = message.indexOf("[Source:");
    int note = source < 0 ? -1 : message.lastIndexOf(" (", source);
    return note < 0 ? message : message.substring(0, note);
  }

  /**
   * Tells whether a pointer is in a response's respondent block or its answer to a question that
   * asks for personal data (q2 of the built-in survey), whose values no message may quote.
   */
  static boolean isPersonal(String pointer) {
    return PERSONAL.matcher(pointer).find();
  }

  private static final Pattern PERSONAL =
      Pattern.compile(
          "(^|/)(respondent|answers/("
              + String.join(
                  "|",
                  Instruments.mnrSurvey2021().questions().stream()
                      .filter(Question::asksForPersonalData)
                      .map(Question::id)
                      .collect(Collectors.toList()))
              + "))(/|$)");

  /** A parser's message with its control characters escaped, at most a few lines' length. */
  private static String printable(String message) {
    return message.length() > 300
        ? Messages.printable(message.substring(0, 300)) + " ..."
        : Messages.printable(message);
  }

  /** The problem of a document that is not in UTF-8, the only encoding mnr4j reads. */
  static final String NOT_UTF8 =
      "the document is not in UTF-8, the only encoding mnr4j reads" + " (RFC 8259)";

  /**
   * Tells whether bytes cannot start UTF-8 JSON: a zero byte among the first four, or a UTF-16
   * byte-order mark. The parser would take such bytes for UTF-16 or UTF-32, which mnr4j does not
   * read.
   */
  static boolean notUtf8(byte[] bytes, int offset, int length) {
    int end = offset + Math.min(length, 4);
    for (int i = offset; i < end; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return length >= 2
        && ((bytes[offset] == (byte) 0xFE && bytes[offset + 1] == (byte) 0xFF)
            || (bytes[offset] == (byte) 0xFF && bytes[offset + 1] == (byte) 0xFE));
  }

  /**
   * Returns a stream of the same bytes, having checked that they can start UTF-8 JSON.
   *
   * @throws MnrJsonException if they cannot
   */
  static InputStream utf8(InputStream in) {
    PushbackInputStream checked = new PushbackInputStream(in, 4);
    try {
      byte[] head = checked.readNBytes(4);
      checked.unread(head);
      if (notUtf8(head, 0, head.length)) {
        throw new MnrJsonException(List.of(JsonProblem.of(NOT_UTF8, "", 1, 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return checked;
  }

  /** Moves to the next token, which must start an object; {@code what} names it in the error. */
  void startObject(String what) {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw error("expected " + what + " (an object) but found " + describe());
    }
  }

  /** Requires the current token to start an object. */
  void requireObject(String what) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw error("expected " + what + " (an object) but found " + describe());
    }
  }

  /** Reads the next token, which must be a string. */
  String string() {
    requireString();
    return parser.getString();
  }

  /** Moves to the next token, which must be a string; its characters are the parser's. */
  void requireString() {
    if (parser.nextToken() != JsonToken.VALUE_STRING) {
      throw error("expected a string but found " + describe());
    }
  }

  /** Skips the value after the current field name. */
  void skipValue() {
    parser.nextToken();
    parser.skipChildren();
  }

  /** Describes the current token for messages, such as {@code the string "x"}. */
  String describe() {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING ->
          withholdValues ? "a string" : "the string " + Messages.quote(parser.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          withholdValues ? "a number" : Messages.clip(parser.getString());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }
}
