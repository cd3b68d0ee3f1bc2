package io.github.mnr4j.json;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.scoring.UncertainModel;
import io.github.mnr4j.survey.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes mnr4j's JSON documents: the one entry point for strings, bytes, and for readers,
 * writers and streams that the caller owns (they are flushed, never closed).
 *
 * <pre>{@code
 * MnrJson json = MnrJson.strict();
 * // an mnr4j.framework
 * String text = json.write(Frameworks.mnr(), Document.FRAMEWORK);
 * Framework framework = json.read(text, Document.FRAMEWORK);
 * }</pre>
 *
 * <p>The kinds of document are {@link Document}s, which mnr4j reads and writes ({@code
 * mnr4j.framework}, {@code mnr4j.instrument}, {@code mnr4j.response}, {@code mnr4j.validation},
 * {@code mnr4j.model}, {@code mnr4j.scorecard}, {@code mnr4j.cohort}), and {@link Output}s, the
 * results of cohort analyses and checks that it writes for other tools ({@code mnr4j.tally}, {@code
 * mnr4j.breakdown}, {@code mnr4j.options}, {@code mnr4j.comparison}, {@code mnr4j.ranking}, {@code
 * mnr4j.instrument-checks}). Output is indented with two spaces, one field per line, {@code \n}
 * line ends, fields in a fixed order: the same value always gives the same bytes.
 *
 * <p>Input is bounded so that hostile documents fail fast: nesting depth 64, strings of 1 MiB,
 * documents of 16 MiB. Every reading error is an {@link MnrJsonException} naming the problem and
 * the JSON Pointer, line and column where it is.
 *
 * <p>Immutable and thread-safe.
 */
public final class MnrJson {
  private static final MnrJson STRICT = new MnrJson(CodecOptions.STRICT);
  private static final MnrJson LENIENT = new MnrJson(CodecOptions.STRICT.withIgnoreUnknownFields());

  /** How documents are read and written; the module of the writing mappers is made from them. */
  private final CodecOptions options;

  /** The factory of single documents, each within the limits. */
  private final JsonFactory documents;

  /** The factory of streams of responses: a stream has no length limit, each response has. */
  private final JsonFactory streams;

  /**
   * The mappers that write, made on the first write: building them (and the module of codecs they
   * use) loads most of Jackson's databind, a sixth of a second that a command that only reads need
   * not spend.
   */
  private volatile @Nullable Writers writers;

  private MnrJson(CodecOptions options) {
    this.options = options;
    ReadLimits limits = options.limits;
    this.documents =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxNesting())
                    .maxStringLength(limits.maxStringLength())
                    .maxDocumentLength(limits.maxDocumentBytes())
                    .build())
            // No STRICT_DUPLICATE_DETECTION: mnr4j's readers find duplicate fields themselves
            // (a bit per known field, the answers' map), for a fraction of a set per object.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .characterEscapes(PrintableEscapes.INSTANCE)
            .build();
    this.streams =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxNesting())
                    .maxStringLength(limits.maxStringLength())
                    .maxDocumentLength(-1)
                    .build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .characterEscapes(PrintableEscapes.INSTANCE)
            .build();
  }

  /**
   * The mapper that writes documents as mnr4j does, indented, and one that writes them on a line.
   */
  private static final class Writers {
    final JsonMapper indented;
    final JsonMapper compact;

    Writers(JsonFactory factory, CodecOptions options) {
      MnrModule module = MnrModule.of(options);
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                      .withArrayEmptySeparator("")
                      .withObjectEmptySeparator(""))
              .withObjectIndenter(indenter)
              .withArrayIndenter(indenter);
      this.indented =
          JsonMapper.builder(factory)
              .addModule(module)
              .enable(SerializationFeature.INDENT_OUTPUT)
              .defaultPrettyPrinter(printer)
              .build();
      this.compact = JsonMapper.builder(factory).addModule(module).build();
    }
  }

  private Writers writers() {
    Writers made = writers;
    if (made == null) {
      synchronized (this) {
        made = writers;
        if (made == null) {
          made = new Writers(documents, options);
          writers = made;
        }
      }
    }
    return made;
  }

  /**
   * Returns the facade that rejects unknown fields: the default, since a misspelt field would
   * otherwise be lost without a word.
   *
   * @return the strict facade
   */
  public static MnrJson strict() {
    return STRICT;
  }

  /**
   * Returns the facade that ignores unknown fields, for documents written by a later release.
   *
   * @return the lenient facade
   */
  public static MnrJson lenient() {
    return LENIENT;
  }

  /**
   * Returns a facade like this one that writes, or does not write, personal data: a response's
   * respondent block (the contact person) in full, and answers to questions that ask for personal
   * data. By default they are not: the block is written as {@code "respondent": "withheld"}, so
   * that the data stay out of files and logs unless the caller asks.
   *
   * @param personalData true to write personal data
   * @return the facade
   */
  public MnrJson withPersonalData(boolean personalData) {
    return new MnrJson(options.withPersonalData(personalData));
  }

  /**
   * Returns a facade like this one with other limits on what a document may hold.
   *
   * @param limits the limits, such as {@code ReadLimits.defaults().withMaxAnswers(10_000)}
   * @return the facade
   */
  public MnrJson withLimits(ReadLimits limits) {
    return new MnrJson(options.withLimits(limits));
  }

  /**
   * Returns the limits on what a document may hold.
   *
   * @return the limits, {@link ReadLimits#defaults()} unless changed
   */
  public ReadLimits limits() {
    return options.limits;
  }

  /**
   * Reads a document from a string.
   *
   * @param json the document
   * @param document the kind of document, such as {@link Document#RESPONSE}
   * @param <T> the type of value it holds
   * @return the value
   * @throws MnrJsonException naming the problem, JSON Pointer, line and column
   */
  public <T> T read(String json, Document<T> document) {
    String text = json.startsWith(BOM) ? json.substring(1) : json;
    return read(document, () -> documents.createParser(ObjectReadContext.empty(), text));
  }

  /**
   * Reads a document from a reader, which stays open.
   *
   * @param json the document's characters
   * @param document the kind of document
   * @param <T> the type of value it holds
   * @return the value
   * @throws MnrJsonException naming the problem, JSON Pointer, line and column
   * @throws UncheckedIOException if the reader fails
   */
  public <T> T read(Reader json, Document<T> document) {
    PushbackReader text = new PushbackReader(json, 1);
    try {
      int first = text.read();
      if (first >= 0 && first != BOM.charAt(0)) {
        text.unread(first);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(document, () -> documents.createParser(ObjectReadContext.empty(), text));
  }

  /** A byte-order mark, which a document may start with, in any form. */
  private static final String BOM = "\uFEFF";

  /**
   * Reads a document from a stream of UTF-8 bytes, which stays open.
   *
   * @param json the document's bytes
   * @param document the kind of document
   * @param <T> the type of value it holds
   * @return the value
   * @throws MnrJsonException naming the problem, JSON Pointer, line and column
   * @throws UncheckedIOException if the stream fails
   */
  public <T> T read(InputStream json, Document<T> document) {
    InputStream checked = Tokens.utf8(json);
    return read(document, () -> documents.createParser(ObjectReadContext.empty(), checked));
  }

  private <T> T read(Document<T> document, Supplier<JsonParser> source) {
    JsonParser opened;
    try {
      opened = source.get();
    } catch (JacksonException e) {
      throw translate(e);
    }
    try (JsonParser parser = opened) {
      Tokens in = new Tokens(parser);
      try {
        return read(document, parser, in);
      } catch (JacksonException e) {
        throw in.translate(e);
      }
    }
  }

  private <T> T read(Document<T> document, JsonParser parser, Tokens in) {
    DocumentCodec<T> codec = MnrModule.codec(document);
    if (parser.nextToken() == null) {
      throw in.error("the document is empty");
    }
    T value;
    if (codec instanceof ModelCodec models) {
      UncertainModel model =
          models.readUncertain(
              NodeReader.read(parser, options.limits), options, document.fitting());
      value = document.type().cast(document.uncertain() ? model : model.nominal());
    } else {
      value = codec.read(in, options);
    }
    if (parser.nextToken() != null) {
      throw in.error("malformed JSON: trailing content after the document");
    }
    return value;
  }

  /**
   * Opens a reader of the responses of an {@code mnr4j.cohort} document of any size, read one at a
   * time from a stream of UTF-8 bytes; the stream stays open.
   *
   * @param in the document's bytes (through a {@code GZIPInputStream} if compressed)
   * @return the reader
   * @throws MnrJsonException if the bytes are not UTF-8 (told by the first four, as RFC 8259 says),
   *     located at line 1, column 1; any later problem comes from the reader
   */
  public ResponseReader cohortReader(InputStream in) {
    return ResponseReader.ofCohort(streams, in, options);
  }

  /**
   * Opens a reader of JSON Lines: one {@code mnr4j.response} document a line, read one at a time
   * from a stream of UTF-8 bytes; the stream stays open. Blank lines are passed over.
   *
   * @param in the lines' bytes (through a {@code GZIPInputStream} if compressed)
   * @return the reader
   * @throws MnrJsonException if the bytes are not UTF-8 (told by the first four, as RFC 8259 says),
   *     located at line 1, column 1; any later problem comes from the reader
   */
  public ResponseReader linesReader(InputStream in) {
    return ResponseReader.ofLines(streams, in, options);
  }

  /**
   * Reads a document's format from its beginning, which need not be the whole document: the value
   * of its top-level {@code format} field, if the bytes given reach it. For a tool that must tell a
   * cohort from a single response before it reads either.
   *
   * <pre>{@code
   * json.findFormat(json.write(cohort, Document.COHORT).getBytes());  // Optional[mnr4j.cohort]
   * }</pre>
   *
   * @param head the document's first bytes, UTF-8
   * @return the format, or empty if the bytes are not the start of an object whose {@code format}
   *     is a string among them
   */
  public Optional<String> findFormat(byte[] head) {
    return ResponseInput.peekFormat(head, streams);
  }

  /**
   * Reads the responses of many inputs on several threads and hands each one, turned into a value
   * by a function that runs on the reading threads (assessing it, say), to an action on the calling
   * thread, in the inputs' order: the action sees the same values in the same order whatever the
   * number of threads. Memory does not grow with the inputs: JSON Lines are read in parts of about
   * a mebibyte on the worker threads, a cohort document on the calling thread, and a few parts a
   * thread at most are in flight.
   *
   * <pre>{@code
   * Accumulator<Assessment, Tally> figure1 = Tally.accumulator(TallyView.figure1(), mnr);
   * List<InputProblem> problems = new ArrayList<>();
   * json.readAll(List.of(ResponseInput.of(Path.of("round.jsonl.gz"))), 4, assessor::assess,
   *     figure1::add, problems::add);
   * }</pre>
   *
   * <p>A response that cannot be read, whose jurisdiction came before (in any input), or that the
   * function refuses with an {@link MnrException} is not handed on: it is a problem, with its
   * input's name, its index in the input, its jurisdiction's id when known, and where in the input,
   * given to {@code problems} in its turn; reading goes on with the next. So is an input that
   * cannot be read (a missing file) or whose syntax breaks, after the responses read from it
   * before. Any other exception of the function or the action ends the reading.
   *
   * @param <T> what each response becomes
   * @param inputs the inputs, read in this order
   * @param threads how many threads read JSON Lines and map responses, 1 or more; 1 reads on the
   *     calling thread alone
   * @param map turns a response into the value handed on; it runs on several threads at once
   * @param action takes each value, on the calling thread
   * @param problems takes each problem, on the calling thread
   * @return how many responses were handed to the action
   * @throws MnrException if there are fewer than 1 thread
   */
  public <T> long readAll(
      List<ResponseInput> inputs,
      int threads,
      Function<? super Response, ? extends T> map,
      Consumer<? super T> action,
      Consumer<? super InputProblem> problems) {
    return readAll(inputs, threads, ParallelReader.PART, map, action, problems);
  }

  /** Reads as {@link #readAll} does, JSON Lines in parts of a given size. */
  <T> long readAll(
      List<ResponseInput> inputs,
      int threads,
      int partSize,
      Function<? super Response, ? extends T> map,
      Consumer<? super T> action,
      Consumer<? super InputProblem> problems) {
    if (threads < 1) {
      throw new MnrException("reading needs 1 thread or more, not " + threads);
    }
    return new ParallelReader<T>(this, streams, options, threads, partSize, map, action, problems)
        .run(inputs);
  }

  /**
   * Opens a writer of an {@code mnr4j.cohort} document, written one response at a time to a stream
   * of UTF-8 bytes, which stays open.
   *
   * @param out where to write
   * @param name the cohort's name, not blank
   * @param description what the cohort is; empty for none
   * @return the writer; close it to end the document
   */
  public CohortWriter cohortWriter(OutputStream out, String name, String description) {
    return new CohortWriter(
        writers().indented.writer().createGenerator(out), options, name, description);
  }

  /**
   * Writes a value as its document on one line, ended by {@code \n}, in UTF-8, to a stream, which
   * is flushed and stays open: a line of JSON Lines.
   *
   * @param value the value
   * @param format the kind of document
   * @param out where to write
   * @param <T> the type of value
   * @throws UncheckedIOException if the stream fails
   */
  public <T> void writeLine(T value, Format<T> format, OutputStream out) {
    try {
      out.write(writers().compact.writerFor(format.type()).writeValueAsBytes(value));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a value as its document.
   *
   * @param value the value
   * @param format the kind of document, such as {@link Document#RESPONSE} or {@link Output#TALLY}
   * @param <T> the type of value
   * @return the document, without a final line end
   * @throws MnrException if the value has no document, such as a scoring model that is a Java class
   */
  public <T> String write(T value, Format<T> format) {
    return writers().indented.writerFor(format.type()).writeValueAsString(value);
  }

  /**
   * Writes a value as its document to a writer, which is flushed and stays open.
   *
   * @param value the value
   * @param format the kind of document
   * @param out where to write
   * @param <T> the type of value
   * @throws UncheckedIOException if the writer fails
   */
  public <T> void write(T value, Format<T> format, Writer out) {
    String json = write(value, format);
    try {
      out.write(json);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a value as its document, in UTF-8, to a stream, which is flushed and stays open.
   *
   * @param value the value
   * @param format the kind of document
   * @param out where to write
   * @param <T> the type of value
   * @throws UncheckedIOException if the stream fails
   */
  public <T> void write(T value, Format<T> format, OutputStream out) {
    byte[] json = write(value, format).getBytes(StandardCharsets.UTF_8);
    try {
      out.write(json);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Turns Jackson's exceptions into ours: a content error from a codec, or a located one. */
  private static RuntimeException translate(JacksonException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MnrJsonException) {
        return (MnrJsonException) cause;
      }
      if (cause instanceof MnrException) {
        return (MnrException) cause;
      }
      if (cause instanceof IOException) {
        return new UncheckedIOException((IOException) cause);
      }
    }
    TokenStreamLocation location = e.getLocation();
    int line = location == null ? 1 : Math.max(location.getLineNr(), 1);
    int column = location == null ? 1 : Math.max(location.getColumnNr(), 1);
    String pointer = "";
    if (e.processor() instanceof JsonParser) {
      pointer = ((JsonParser) e.processor()).streamReadContext().pathAsPointer().toString();
    }
    String message = Tokens.parserMessage(e);
    if (message.startsWith("No content to map")) {
      message = "the document is empty";
    } else if (message.startsWith("Duplicate Object property ")) {
      message = "duplicate field " + message.substring("Duplicate Object property ".length());
    } else {
      message = "malformed JSON: " + message;
    }
    return new MnrJsonException(List.of(JsonProblem.of(message, pointer, line, column)));
  }
}
