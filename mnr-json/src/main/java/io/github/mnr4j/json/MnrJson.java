package io.github.mnr4j.json;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.DefinitionProblem;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.survey.Instrument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes mnr4j's JSON documents: the one entry point for strings, and for readers,
 * writers and streams that the caller owns (they are flushed, never closed).
 *
 * <pre>{@code
 * MnrJson json = MnrJson.strict();
 * String text = json.write(Frameworks.mnr());           // an mnr4j.framework document
 * Framework framework = json.read(text, Framework.class);
 * }</pre>
 *
 * <p>Supported types: {@link io.github.mnr4j.framework.Framework} ({@code mnr4j.framework}),
 * {@link io.github.mnr4j.survey.Instrument} ({@code mnr4j.instrument}),
 * {@link io.github.mnr4j.survey.Response} ({@code mnr4j.response}),
 * {@link io.github.mnr4j.survey.ValidationReport} ({@code mnr4j.validation}),
 * {@link io.github.mnr4j.scoring.ScoringModel} ({@code mnr4j.model}: staged, points and index
 * models; see {@link #readModel(String, Instrument)}) and
 * {@link io.github.mnr4j.scoring.Scorecard} ({@code mnr4j.scorecard}),
 * {@link io.github.mnr4j.cohort.Cohort} ({@code mnr4j.cohort}), and, written for other tools but
 * not read back, the results of cohort analyses: {@code mnr4j.tally}, {@code mnr4j.breakdown},
 * {@code mnr4j.options}, {@code mnr4j.comparison} and {@code mnr4j.ranking}.
 * Output is indented with two spaces, one field per line, {@code \n} line ends, fields in a fixed
 * order: the same value always gives the same bytes.
 *
 * <p>Input is bounded so that hostile documents fail fast: nesting depth 64, strings of 1 MiB,
 * documents of 16 MiB. Every reading error is an {@link MnrJsonException} naming the problem and
 * the JSON Pointer, line and column where it is.
 *
 * <p>Immutable and thread-safe.
 */
public final class MnrJson {
  /** The deepest nesting a document may have. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest string a document may hold, in characters. */
  public static final int MAX_STRING_LENGTH = 1 << 20;
  /** The longest document, in characters or bytes. */
  public static final long MAX_DOCUMENT_LENGTH = 16L << 20;

  private static final MnrJson STRICT = new MnrJson(MnrModule.strict());
  private static final MnrJson LENIENT = new MnrJson(MnrModule.lenient());

  private final MnrModule module;
  private final JsonMapper mapper;

  private MnrJson(MnrModule module) {
    this.module = module;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withArrayEmptySeparator("")
        .withObjectEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    this.mapper = JsonMapper.builder(factory)
        .addModule(module)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(printer)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
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
   * Returns a facade like this one that writes a response's respondent block (the contact
   * person: personal data) in full. By default it is written as {@code "respondent":
   * "withheld"}, so that the data stay out of files and logs unless the caller asks.
   *
   * @return the facade that writes personal data
   */
  public MnrJson withPersonalData() {
    return new MnrJson(module.withPersonalData());
  }

  /**
   * Reads a document from a string.
   *
   * @param json the document
   * @param type the core type it describes, such as {@code Framework.class}
   * @param <T> the core type
   * @return the value
   * @throws MnrJsonException naming the problem, JSON Pointer, line and column
   * @throws MnrException if the type has no document format
   */
  public <T> T read(String json, Class<T> type) {
    return read(type, () -> mapper.readValue(json, type));
  }

  /**
   * Reads a document from a reader, which stays open.
   *
   * @param json the document's characters
   * @param type the core type it describes
   * @param <T> the core type
   * @return the value
   * @throws MnrJsonException naming the problem, JSON Pointer, line and column
   * @throws UncheckedIOException if the reader fails
   */
  public <T> T read(Reader json, Class<T> type) {
    return read(type, () -> mapper.readValue(json, type));
  }

  /**
   * Reads a document from a stream of UTF-8 bytes, which stays open.
   *
   * @param json the document's bytes
   * @param type the core type it describes
   * @param <T> the core type
   * @return the value
   * @throws MnrJsonException naming the problem, JSON Pointer, line and column
   * @throws UncheckedIOException if the stream fails
   */
  public <T> T read(InputStream json, Class<T> type) {
    return read(type, () -> mapper.readValue(json, type));
  }

  private static <T> T read(Class<T> type, Supplier<T> reading) {
    supported(type);
    try {
      return reading.get();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /**
   * Reads an {@code mnr4j.model} document and checks the model against the instrument whose
   * responses it will score: every question, option, code, capability and domain it names must
   * exist. Each problem is reported with its JSON Pointer, line and column.
   *
   * @param json the model document
   * @param instrument the instrument
   * @return the model
   * @throws MnrJsonException naming every problem and where it is
   */
  public ScoringModel readModel(String json, Instrument instrument) {
    ScoringModel model = read(json, ScoringModel.class);
    ImmutableList<DefinitionProblem> problems = ScoringModels.problems(model, instrument);
    if (problems.isEmpty()) {
      return model;
    }
    // The document parsed once already; parse it again for the locations of the problems.
    Node root;
    try (JsonParser parser = mapper.createParser(json)) {
      parser.nextToken();
      root = NodeReader.read(parser);
    }
    throw new MnrJsonException(problems.stream()
        .map(problem -> root.deepest(problem.path()).problem(problem.message()))
        .collect(Collectors.toList()));
  }

  /**
   * Writes a value as its document.
   *
   * @param value a value of a supported type
   * @return the document, without a final line end
   * @throws MnrException if the value's type has no document format
   */
  public String write(Object value) {
    supported(value.getClass());
    return mapper.writeValueAsString(value);
  }

  /**
   * Writes a value as its document to a writer, which is flushed and stays open.
   *
   * @param value a value of a supported type
   * @param out where to write
   * @throws UncheckedIOException if the writer fails
   */
  public void write(Object value, Writer out) {
    String json = write(value);
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
   * @param value a value of a supported type
   * @param out where to write
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Object value, OutputStream out) {
    byte[] json = write(value).getBytes(StandardCharsets.UTF_8);
    try {
      out.write(json);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of a document format.
   *
   * @param format a format such as {@code mnr4j.framework}
   * @return the schema's text
   * @throws MnrException naming the format if there is no such format
   */
  public static String schema(String format) {
    if (MnrModule.CODECS.stream().noneMatch(codec -> codec.format.equals(format))) {
      throw new MnrException("unknown document format '" + format + "'; known: "
          + String.join(", ", formats()));
    }
    try (InputStream in = MnrJson.class.getResourceAsStream("schemas/" + format
        + ".schema.json")) {
      if (in == null) {
        throw new IllegalStateException("the schema of " + format + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the supported document formats.
   *
   * @return format names, such as {@code mnr4j.framework}
   */
  public static List<String> formats() {
    return MnrModule.CODECS.stream().map(codec -> codec.format).collect(Collectors.toList());
  }

  private static void supported(Class<?> type) {
    if (MnrModule.CODECS.stream().noneMatch(codec -> codec.type.isAssignableFrom(type))) {
      throw new MnrException("no mnr4j document format for " + type.getName() + "; supported: "
          + MnrModule.CODECS.stream().map(codec -> codec.type.getSimpleName())
              .collect(Collectors.joining(", ")));
    }
  }

  /** Turns Jackson's exceptions into ours: a content error from a codec, or a located one. */
  private static RuntimeException translate(JacksonException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MnrJsonException) {
        return (MnrJsonException) cause;
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
    String message = e.getOriginalMessage().lines().findFirst().orElse("");
    int sourceNote = message.indexOf(" (start marker at [Source:");
    if (sourceNote >= 0) {
      message = message.substring(0, sourceNote);
    }
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
