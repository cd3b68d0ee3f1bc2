package io.github.mnr4j.json;

import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads responses one at a time from an input of any size, never holding more than one: the
 * responses of an {@code mnr4j.cohort} document ({@link MnrJson#cohortReader(InputStream)}) or JSON
 * Lines, one {@code mnr4j.response} document a line ({@link MnrJson#linesReader (InputStream)}).
 * Each response is held to the limits of a single document.
 *
 * <pre>{@code
 * try (ResponseReader responses = MnrJson.strict().linesReader(in)) {
 *   while (responses.hasNext()) {
 *     try {
 *       Response response = responses.next();
 *     } catch (ResponseReadException e) {
 *       // e.index(), e.jurisdictionId(), e.pointer(), e.line(), e.column()
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>A response that cannot be read is a {@link ResponseReadException} naming its index, its
 * jurisdiction's id when known, and where the problem is; the responses before it were read, and
 * reading goes on with the next one. A response whose jurisdiction came before in the same input is
 * such an error too. Only broken JSON syntax in a cohort document, which leaves no way to find the
 * next response, ends the reading: {@link #hasNext()} is false after it. Problems of the cohort
 * document outside its responses (a missing name) are {@link MnrJsonException}s.
 *
 * <p>The reader never closes the stream it reads; {@link #close()} releases what it holds. A
 * gzip-compressed input is read through a {@link java.util.zip.GZIPInputStream}. Not thread-safe.
 */
public final class ResponseReader implements Iterator<Response>, AutoCloseable {
  private final Source source;
  private final ResponseDecoder decoder;

  /** The jurisdictions read, or null where the caller finds repeated ones itself. */
  private final @Nullable IdSet ids;

  private int index;
  private @Nullable Boolean next;

  private ResponseReader(Source source, CodecOptions options, boolean findRepeated) {
    this.source = source;
    this.decoder = new ResponseDecoder(options);
    this.ids = findRepeated ? new IdSet() : null;
  }

  static ResponseReader ofCohort(JsonFactory factory, InputStream in, CodecOptions options) {
    return ofCohort(factory, in, options, true);
  }

  static ResponseReader ofCohort(
      JsonFactory factory, InputStream in, CodecOptions options, boolean findRepeated) {
    return new ResponseReader(
        new CohortSource(
            factory.createParser(ObjectReadContext.empty(), Tokens.utf8(in)), options, true),
        options,
        findRepeated);
  }

  /**
   * Reads the responses of a cohort document that is part of a parser's input, the parser on the
   * document's first token; the parser is left on its last.
   */
  static ResponseReader ofCohort(JsonParser parser, CodecOptions options) {
    return new ResponseReader(new CohortSource(parser, options, false), options, true);
  }

  static ResponseReader ofLines(JsonFactory factory, InputStream in, CodecOptions options) {
    return new ResponseReader(
        new LineSource(
            factory, new LineSplitter(in, options.limits.maxDocumentBytes()), options.limits),
        options,
        true);
  }

  /**
   * Reads the JSON Lines of a part of a larger input, in place, leaving repeated jurisdictions to
   * the caller; lines are numbered from the part's first.
   */
  static ResponseReader ofLinesPart(
      JsonFactory factory, byte[] bytes, int length, boolean atStart, CodecOptions options) {
    return new ResponseReader(
        new LineSource(
            factory,
            new LineSplitter(bytes, length, atStart, options.limits.maxDocumentBytes()),
            options.limits),
        options,
        false);
  }

  /**
   * Where the jurisdiction id of the response just read is, with an empty message: for a message
   * about it that only the caller can write.
   */
  JsonProblem jurisdictionIdAt() {
    return decoder.jurisdictionIdProblem("");
  }

  /** How many lines were read so far, blank ones too; 0 for a cohort document. */
  int lines() {
    return source instanceof LineSource lineSource ? lineSource.lines.number() : 0;
  }

  /** How many lines a parser of their own read: for tests that runs read the rest. */
  int linesReadAlone() {
    return source instanceof LineSource lineSource ? lineSource.readAlone : 0;
  }

  /**
   * Tells whether another response follows.
   *
   * @return true if {@link #next()} has a response (or a response's problem) to give
   * @throws MnrJsonException for a problem of the cohort document outside its responses
   */
  @Override
  public boolean hasNext() {
    if (next == null) {
      next = source.advance();
    }
    return next;
  }

  /**
   * Reads the next response.
   *
   * @return the response
   * @throws ResponseReadException if the response cannot be read, or its jurisdiction came before;
   *     reading can go on with the next
   * @throws NoSuchElementException if there is none
   */
  @Override
  public Response next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more responses");
    }
    next = null;
    int at = index++;
    decoder.forgetJurisdiction();
    Response response;
    try {
      response = source.read(decoder);
    } catch (MnrJsonException e) {
      source.recover();
      throw new ResponseReadException(at, decoder.lastJurisdictionId(), e.problems());
    } catch (JacksonException e) {
      MnrJsonException located = source.current().translate(e);
      source.broken();
      throw new ResponseReadException(at, decoder.lastJurisdictionId(), located.problems());
    }
    IdSet seen = ids;
    int before = seen == null ? -1 : seen.add(response.jurisdiction().id(), at);
    if (seen != null && before >= 0) {
      throw new ResponseReadException(
          at,
          response.jurisdiction().id(),
          List.of(
              decoder.jurisdictionIdProblem(
                  "a cohort holds one response per jurisdiction; "
                      + Jurisdiction.cameBefore(response.jurisdiction().id(), seen.earlierId())
                      + ", in response "
                      + before)));
    }
    return response;
  }

  /**
   * Returns how many responses were read so far, good or bad.
   *
   * @return the count
   */
  public int responseCount() {
    return index;
  }

  /**
   * Returns the cohort's name, once the reader has read it.
   *
   * @return the name, or empty for JSON Lines and before the name is read
   */
  public Optional<String> cohortName() {
    return source.name();
  }

  /**
   * Returns the cohort's description, once the reader has read it.
   *
   * @return the description, or empty
   */
  public Optional<String> cohortDescription() {
    return source.description();
  }

  /** Releases the parser; the stream stays open. */
  @Override
  public void close() {
    source.close();
  }

  /** Where responses come from. */
  private interface Source {
    /** Moves to the next response; false at the end of the input. */
    boolean advance();

    /**
     * Reads the response moved to, and checks what follows it.
     *
     * @throws MnrJsonException for a problem of the response
     * @throws JacksonException for broken syntax, which {@link #current()} locates
     */
    Response read(ResponseDecoder decoder);

    /** The tokens being read, for locating a syntax error. */
    Tokens current();

    /** After a response's problem: skips the rest of it. */
    void recover();

    /** After broken syntax: nothing more can be read. */
    void broken();

    Optional<String> name();

    Optional<String> description();

    void close();
  }

  /** The responses of an {@code mnr4j.cohort} document, read by one parser. */
  private static final class CohortSource implements Source {
    private static final int START = 0;
    private static final int HEADER = 1;
    private static final int RESPONSES = 2;
    private static final int DONE = 3;
    private static final List<String> FIELDS =
        List.of("format", "version", "name", "description", "responses");

    private final JsonParser parser;
    private final Tokens in;
    private final boolean lenient;

    /** Whether the document is the whole input, so that nothing may follow it. */
    private final boolean whole;

    private int state = START;
    private int seen;
    private int arrayDepth;
    private @Nullable String name;
    private @Nullable String description;

    CohortSource(JsonParser parser, CodecOptions options, boolean whole) {
      this.parser = parser;
      this.in = new Tokens(parser);
      this.lenient = options.ignoreUnknownFields;
      this.whole = whole;
    }

    @Override
    public boolean advance() {
      try {
        return move();
      } catch (JacksonException e) {
        state = DONE;
        throw in.translate(e);
      } catch (MnrJsonException e) {
        state = DONE;
        throw e;
      }
    }

    private boolean move() {
      if (state == START) {
        if (parser.currentToken() == null && parser.nextToken() == null) {
          throw in.error("the document is empty");
        }
        in.requireObject("an " + CohortCodec.FORMAT + " document");
        state = HEADER;
      }
      while (state != DONE) {
        if (state == RESPONSES) {
          JsonToken token = parser.nextToken();
          if (token == JsonToken.START_OBJECT) {
            return true;
          }
          if (token == JsonToken.END_ARRAY) {
            state = HEADER;
            continue;
          }
          throw in.error(
              "expected an "
                  + ResponseCodec.FORMAT
                  + " document (an object) but"
                  + " found "
                  + in.describe());
        }
        String field = parser.nextName();
        if (field == null) {
          finish();
          return false;
        }
        int index = FIELDS.indexOf(field);
        if (index < 0) {
          if (!lenient) {
            parser.nextToken();
            throw in.error(
                "unknown field '"
                    + Messages.clip(field)
                    + "'; known here: "
                    + String.join(", ", FIELDS));
          }
          in.skipValue();
          continue;
        }
        if ((seen & (1 << index)) != 0) {
          throw in.error("duplicate field '" + field + "'");
        }
        seen |= 1 << index;
        switch (index) {
          case 0 -> {
            String format = in.string();
            if (!format.equals(CohortCodec.FORMAT)) {
              throw in.error(
                  "expected format '"
                      + CohortCodec.FORMAT
                      + "' but found '"
                      + Messages.clip(format)
                      + "'");
            }
          }
          case 1 -> {
            if (parser.nextToken() != JsonToken.VALUE_NUMBER_INT
                || !parser.getString().equals(String.valueOf(DocumentCodec.VERSION))) {
              throw in.error(
                  "unsupported version "
                      + in.describe()
                      + " of "
                      + CohortCodec.FORMAT
                      + "; this release reads version "
                      + DocumentCodec.VERSION);
            }
          }
          case 2 -> {
            name = in.string();
            if (name.isBlank()) {
              throw in.error("name must not be blank");
            }
          }
          case 3 -> description = in.string();
          default -> {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
              throw in.error("expected an array for 'responses' but found " + in.describe());
            }
            arrayDepth = parser.streamReadContext().getNestingDepth();
            state = RESPONSES;
          }
        }
      }
      return false;
    }

    /** At the cohort's end: every required field present, nothing after the document. */
    private void finish() {
      state = DONE;
      for (int field : new int[] {0, 1, 2, 4}) {
        if ((seen & (1 << field)) == 0) {
          throw in.error("missing required field '" + FIELDS.get(field) + "'");
        }
      }
      if (whole && parser.nextToken() != null) {
        throw in.error("malformed JSON: trailing content after the document");
      }
    }

    @Override
    public Response read(ResponseDecoder decoder) {
      // The decoder leaves the parser on the response's end, where the next one begins.
      return decoder.read(in);
    }

    @Override
    public Tokens current() {
      return in;
    }

    @Override
    public void recover() {
      try {
        while (parser.streamReadContext().getNestingDepth() > arrayDepth) {
          if (parser.nextToken() == null) {
            state = DONE;
            return;
          }
        }
      } catch (JacksonException e) {
        state = DONE;
      }
    }

    @Override
    public void broken() {
      state = DONE;
    }

    @Override
    public Optional<String> name() {
      return Optional.ofNullable(name);
    }

    @Override
    public Optional<String> description() {
      return Optional.ofNullable(description);
    }

    @Override
    public void close() {
      parser.close();
    }
  }

  /**
   * JSON Lines: each line a response. Lines held in place (a part of a larger input) are read by
   * one parser while they go well, a run, since making a parser costs more than a short line's
   * tokens; a line the run cannot read just as a parser of its own would (a problem, a line that
   * does not end where its response does) ends the run and is read again by a parser of its own,
   * which every line of a stream gets. So each problem is found and located as on the line alone.
   */
  private static final class LineSource implements Source {
    private final JsonFactory factory;
    private final LineSplitter lines;
    private final ReadLimits limits;

    /** The parser of the current line alone, and its tokens. */
    private @Nullable JsonParser parser;

    private @Nullable Tokens tokens;
    private @Nullable MnrJsonException lineProblem;

    /** The parser of the run, from its first line to the end of the part; null out of a run. */
    private @Nullable JsonParser run;

    private @Nullable Tokens runTokens;

    /** Where the run starts: its first line's number and offset. */
    private int runLine;

    private int runOffset;

    /** How many lines were read by a parser of their own. */
    private int readAlone;

    LineSource(JsonFactory factory, LineSplitter lines, ReadLimits limits) {
      this.factory = factory;
      this.lines = lines;
      this.limits = limits;
    }

    @Override
    public boolean advance() {
      closeParser();
      try {
        if (!lines.next()) {
          closeRun();
          return false;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      lineProblem = null;
      if (lines.tooLong()) {
        lineProblem =
            lineProblem(
                "the line is longer than "
                    + limits.maxDocumentBytes()
                    + " bytes, the most a response may have (ReadLimits.documentBytes)");
      } else if (Tokens.notUtf8(lines.bytes(), lines.offset(), lines.length())) {
        lineProblem =
            lineProblem("the line is not in UTF-8, the only encoding mnr4j reads (RFC 8259)");
      }
      if (lineProblem != null) {
        closeRun();
      } else if (lines.inPlace() && run == null) {
        run =
            factory.createParser(
                ObjectReadContext.empty(),
                lines.bytes(),
                lines.offset(),
                lines.end() - lines.offset());
        runTokens = new Tokens(run, "", lines.number(), 1);
        runLine = lines.number();
        runOffset = lines.offset();
      }
      return true;
    }

    private MnrJsonException lineProblem(String message) {
      return new MnrJsonException(List.of(JsonProblem.of(message, "", lines.number(), 1)));
    }

    @Override
    public Response read(ResponseDecoder decoder) {
      if (lineProblem != null) {
        throw lineProblem;
      }
      if (run != null) {
        Response response = readInRun(decoder);
        if (response != null) {
          return response;
        }
        closeRun();
        decoder.forgetJurisdiction();
      }
      return readAlone(decoder);
    }

    /**
     * Reads the line's response with the run's parser, or returns null, leaving the line to a
     * parser of its own: when reading fails, and when the response does not start on this line or
     * does not end it, since only then does the run see what a parser of the line would. (The run's
     * parser counts a lone CR as a line end, where JSON Lines do not: the next line's start is then
     * not where the run expects it, and the line is read alone.)
     */
    private @Nullable Response readInRun(ResponseDecoder decoder) {
      JsonParser in = Objects.requireNonNull(run);
      try {
        if (in.nextToken() != JsonToken.START_OBJECT || !onThisLine(in.currentTokenLocation())) {
          return null;
        }
        Response response = decoder.read(Objects.requireNonNull(runTokens));
        return endsTheLine(runOffset + (int) in.currentLocation().getByteOffset())
            ? response
            : null;
      } catch (MnrJsonException | JacksonException e) {
        return null;
      }
    }

    private boolean onThisLine(TokenStreamLocation at) {
      return runLine + at.getLineNr() - 1 == lines.number();
    }

    /**
     * Whether a response that ends at an offset ends on the current line, followed by nothing but
     * spaces and tabs and perhaps the CR of a CRLF.
     */
    private boolean endsTheLine(int offset) {
      byte[] bytes = lines.bytes();
      int end = lines.offset() + lines.length();
      if (end > offset && bytes[end - 1] == '\r') {
        end--;
      }
      for (int i = offset; i < end; i++) {
        if (bytes[i] != ' ' && bytes[i] != '\t') {
          return false;
        }
      }
      return offset <= end;
    }

    /** Reads the line's response with a parser of the line alone. */
    private Response readAlone(ResponseDecoder decoder) {
      readAlone++;
      parser =
          factory.createParser(
              ObjectReadContext.empty(), lines.bytes(), lines.offset(), lines.length());
      tokens = new Tokens(parser, "", lines.number(), 1);
      Tokens line = tokens;
      JsonToken first = line.parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw line.error(
            "expected an "
                + ResponseCodec.FORMAT
                + " document (an object)"
                + " but found "
                + line.describe());
      }
      Response response = decoder.read(line);
      if (line.parser.nextToken() != null) {
        throw line.error(
            "malformed JSON: more than one document on the line (JSON Lines"
                + " holds one a line)");
      }
      return response;
    }

    @Override
    public Tokens current() {
      return Objects.requireNonNull(tokens);
    }

    @Override
    public void recover() {
      closeParser();
    }

    @Override
    public void broken() {
      closeParser();
    }

    @Override
    public Optional<String> name() {
      return Optional.empty();
    }

    @Override
    public Optional<String> description() {
      return Optional.empty();
    }

    @Override
    public void close() {
      closeParser();
      closeRun();
    }

    private void closeParser() {
      if (parser != null) {
        parser.close();
        parser = null;
      }
    }

    private void closeRun() {
      if (run != null) {
        run.close();
        run = null;
        runTokens = null;
      }
    }
  }
}
