package io.github.mnr4j.json;

import io.github.mnr4j.Identified;
import io.github.mnr4j.Severity;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.cohort.RoundComparison;
import io.github.mnr4j.crosswalk.CrosswalkEnd;
import io.github.mnr4j.crosswalk.CrosswalkFinding;
import io.github.mnr4j.crosswalk.MigrationNote;
import io.github.mnr4j.crosswalk.Relationship;
import io.github.mnr4j.framework.FrameworkChange;
import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import io.github.mnr4j.reference.ReviewSurvey;
import io.github.mnr4j.scoring.Aggregation;
import io.github.mnr4j.scoring.MissingValues;
import io.github.mnr4j.scoring.ScoreTable;
import io.github.mnr4j.survey.InstrumentFinding;
import io.github.mnr4j.survey.QuestionKind;
import io.github.mnr4j.survey.QuestionRole;
import io.github.mnr4j.survey.ResponseStatus;
import io.github.mnr4j.survey.ValidationFinding;
import io.github.mnr4j.survey.Verdict;
import io.github.mnr4j.translation.TranslationFinding;
import io.github.mnr4j.translation.TranslationSource;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.WritableTypeId;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that reads and writes mnr4j's types as their {@code mnr4j.*} documents, for
 * users who keep a {@code JsonMapper} of their own:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(MnrModule.strict()).build();
 * String json = mapper.writeValueAsString(Frameworks.mnr());
 * Framework framework = mapper.readValue(json, Framework.class);
 * }</pre>
 *
 * <p>The documents are the same as {@link MnrJson}'s; content errors are {@link MnrJsonException}s
 * whose pointers are absolute in the enclosing document. Malformed JSON is the mapper's business
 * and surfaces as Jackson's own exception ({@link MnrJson} turns it into an {@code
 * MnrJsonException}).
 *
 * <p>Immutable and thread-safe.
 */
public final class MnrModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Every document codec, one per format. */
  private static final List<DocumentCodec<?>> CODECS =
      List.of(
          new FrameworkCodec(),
          new InstrumentCodec(),
          new ResponseCodec(),
          new ValidationCodec(),
          new ModelCodec(),
          new ScorecardCodec(),
          new CohortCodec(),
          new AnalysisCodecs.TallyCodec(),
          new AnalysisCodecs.BreakdownCodec(),
          new AnalysisCodecs.OptionsCodec(),
          new AnalysisCodecs.OptionBreakdownCodec(),
          new AnalysisCodecs.ComparisonCodec(),
          new AnalysisCodecs.RankingCodec(),
          new AnalysisCodecs.StabilityCodec(),
          new AnalysisCodecs.SensitivityCodec(),
          new AnalysisCodecs.ModelComparisonCodec(),
          new AnalysisCodecs.InstrumentChecksCodec(),
          new CrosswalkCodec(),
          new CrosswalkOutputs.ChecksCodec(),
          new CrosswalkOutputs.MigrationCodec(),
          new TranslationCodec(),
          new TranslationCodec.ChecksCodec());

  private final CodecOptions options;

  private MnrModule(CodecOptions options) {
    super(
        "mnr4j"
            + (options.ignoreUnknownFields ? "-lenient" : "")
            + (options.personalData ? "-personal-data" : ""));
    this.options = options;
    for (DocumentCodec<?> codec : CODECS) {
      register(codec);
    }
    for (PartCodecs.Part<?> part : PartCodecs.parts(options.ignoreUnknownFields)) {
      register(part);
    }
    register(CapabilityStatus.class);
    register(FrameworkChange.Kind.class);
    register(RoundComparison.Change.class);
    register(ResponseStatus.class);
    register(Verdict.class);
    register(Severity.class);
    register(QuestionRole.class);
    register(QuestionKind.class);
    register(InstrumentFinding.Code.class);
    register(ValidationFinding.Code.class);
    register(ReviewSurvey.class);
    register(IncomeGroup.class);
    register(Region.class);
    register(Aggregation.class);
    register(ScoreTable.class);
    register(MissingValues.class);
    register(Relationship.class);
    register(CrosswalkEnd.Kind.class);
    register(CrosswalkFinding.Code.class);
    register(TranslationSource.Kind.class);
    register(TranslationFinding.Code.class);
    register(MigrationNote.Outcome.class);
  }

  @Override
  public void setupModule(SetupContext context) {
    // Added first, so consulted last: any other mnr4j type fails loudly rather than being
    // written as an empty bean or read by guesswork.
    context.addSerializers(new Uncovered.Serializers());
    context.addDeserializers(new Uncovered.Deserializers());
    super.setupModule(context);
  }

  /**
   * Returns the module that rejects unknown fields, the default of mnr4j's documents.
   *
   * @return the strict module
   */
  public static MnrModule strict() {
    return new MnrModule(CodecOptions.STRICT);
  }

  /** Returns the module that reads and writes with these options. */
  static MnrModule of(CodecOptions options) {
    return new MnrModule(options);
  }

  /**
   * Returns the module that ignores unknown fields, for documents written by a later release.
   *
   * @return the lenient module
   */
  public static MnrModule lenient() {
    return new MnrModule(CodecOptions.STRICT.withIgnoreUnknownFields());
  }

  /**
   * Returns a module like this one that writes, or does not write, personal data: a response's
   * respondent block in full; by default it is written as {@code "respondent": "withheld"}.
   *
   * @param personalData true to write personal data
   * @return the module
   */
  public MnrModule withPersonalData(boolean personalData) {
    return new MnrModule(options.withPersonalData(personalData));
  }

  /**
   * Returns a module like this one with other limits on what a document may hold: the limits on
   * answers, choices, responses and values hold in any mapper; the size of documents, strings and
   * nesting are the mapper's own parser's to limit.
   *
   * @param limits the limits
   * @return the module
   */
  public MnrModule withLimits(ReadLimits limits) {
    return new MnrModule(options.withLimits(limits));
  }

  /** Returns the codec of a format. */
  @SuppressWarnings("unchecked") // each codec is registered under its own format's id
  static <T> DocumentCodec<T> codec(Format<T> format) {
    for (DocumentCodec<?> codec : CODECS) {
      if (codec.format.equals(format.id())) {
        return (DocumentCodec<T>) codec;
      }
    }
    throw new IllegalStateException("no codec for " + format.id());
  }

  /** Returns how this module reads and writes. */
  CodecOptions options() {
    return options;
  }

  private <T> void register(PartCodecs.Part<T> part) {
    addSerializer(
        part.type,
        new ValueSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator out, SerializationContext context) {
            part.writer.accept(value, out);
          }

          @Override
          public void serializeWithType(
              T value, JsonGenerator out, SerializationContext context, TypeSerializer types) {
            writeTyped(this, part.type, value, out, context, types);
          }
        });
    addDeserializer(
        part.type,
        new ValueDeserializer<T>() {
          @Override
          public T deserialize(JsonParser in, DeserializationContext context) {
            Node node = NodeReader.read(in, options.limits);
            return part.reader.apply(ObjectFields.of(node, part.what, options.ignoreUnknownFields));
          }

          @Override
          public T getNullValue(DeserializationContext context) {
            throw refusedNull(context, part.what);
          }
        });
  }

  private <E extends Enum<E> & Identified> void register(Class<E> type) {
    addSerializer(
        type,
        new ValueSerializer<E>() {
          @Override
          public void serialize(E value, JsonGenerator out, SerializationContext context) {
            out.writeString(value.id());
          }

          @Override
          public void serializeWithType(
              E value, JsonGenerator out, SerializationContext context, TypeSerializer types) {
            writeTyped(this, type, value, out, context, types);
          }
        });
    addDeserializer(
        type,
        new ValueDeserializer<E>() {
          @Override
          public E deserialize(JsonParser in, DeserializationContext context) {
            return PartCodecs.identified(NodeReader.read(in, options.limits), type);
          }

          @Override
          public E getNullValue(DeserializationContext context) {
            throw refusedNull(context, "a " + type.getSimpleName() + " id");
          }
        });
  }

  private <T> void register(DocumentCodec<T> codec) {
    addSerializer(
        codec.type,
        new ValueSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator out, SerializationContext context) {
            codec.write(value, out, options);
          }

          @Override
          public void serializeWithType(
              T value, JsonGenerator out, SerializationContext context, TypeSerializer types) {
            writeTyped(this, codec.type, value, out, context, types);
          }
        });
    addDeserializer(
        codec.type,
        new ValueDeserializer<T>() {
          @Override
          public T deserialize(JsonParser in, DeserializationContext context) {
            return codec.read(new Tokens(in), options);
          }

          @Override
          public T getNullValue(DeserializationContext context) {
            throw refusedNull(context, "an " + codec.format + " document");
          }
        });
  }

  /**
   * Writes a value with its type id, for a mapper with default typing or a polymorphic property:
   * mnr4j writes its values whole (an object with its own fields, or a string), so the id goes
   * around the value, in a wrapper array, never inside it (a mapper's readers take the wrapper
   * array whatever inclusion they were set to). The id is the type the module covers, such as
   * {@code io.github.mnr4j.framework.Framework}, not the class that implements it, so that the same
   * module reads it back.
   */
  private static <T> void writeTyped(
      ValueSerializer<T> serializer,
      Class<?> type,
      T value,
      JsonGenerator out,
      SerializationContext context,
      TypeSerializer types) {
    WritableTypeId id =
        types.writeTypePrefix(
            out, context, types.typeId(value, type, JsonToken.VALUE_EMBEDDED_OBJECT));
    serializer.serialize(value, out, context);
    types.writeTypeSuffix(out, context, id);
  }

  /**
   * Refuses a JSON null where a value of mnr4j's belongs, as every other wrong value is refused:
   * Jackson would otherwise hand the caller a null.
   */
  private static MnrJsonException refusedNull(DeserializationContext context, String what) {
    return new Tokens(context.getParser()).error("expected " + what + " but found null");
  }
}
