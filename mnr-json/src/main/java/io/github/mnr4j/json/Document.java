package io.github.mnr4j.json;

import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.crosswalk.Crosswalk;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.scoring.UncertainModel;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ValidationReport;
import io.github.mnr4j.translation.Translation;
import java.util.List;
import java.util.Optional;

/**
 * A kind of document that mnr4j reads and writes: pass it to {@link MnrJson}'s {@code read}
 * methods, and the compiler knows what comes back.
 *
 * <pre>{@code
 * String text = MnrJson.strict().write(ScoringModels.staged(), Document.MODEL);
 * ScoringModel model = MnrJson.strict().read(text, Document.model(Instruments.mnrSurvey2021()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the type of value the document holds
 */
public final class Document<T> implements Format<T> {
  /** {@code mnr4j.framework}: a {@link Framework}. */
  public static final Document<Framework> FRAMEWORK =
      new Document<>(FrameworkCodec.FORMAT, Framework.class, Optional.empty());

  /** {@code mnr4j.instrument}: an {@link Instrument}. */
  public static final Document<Instrument> INSTRUMENT =
      new Document<>(InstrumentCodec.FORMAT, Instrument.class, Optional.empty());

  /** {@code mnr4j.response}: a {@link Response}. */
  public static final Document<Response> RESPONSE =
      new Document<>(ResponseCodec.FORMAT, Response.class, Optional.empty());

  /** {@code mnr4j.validation}: a {@link ValidationReport}. */
  public static final Document<ValidationReport> VALIDATION =
      new Document<>(ValidationCodec.FORMAT, ValidationReport.class, Optional.empty());

  /**
   * {@code mnr4j.model}: a {@link ScoringModel} defined as data (staged, points or index), read
   * without checking it against an instrument; {@link #model(Instrument)} checks it.
   */
  public static final Document<ScoringModel> MODEL =
      new Document<>(ModelCodec.FORMAT, ScoringModel.class, Optional.empty());

  /**
   * {@code mnr4j.model} with the parameters its {@code uncertain} field declares: an {@link
   * UncertainModel}, every alternative and both ends of every range checked to give a model with
   * the levels of the model as written. A document without the field gives a model without
   * parameters. {@link #uncertainModel(Instrument)} checks every variant against an instrument.
   */
  public static final Document<UncertainModel> UNCERTAIN_MODEL =
      new Document<>(ModelCodec.FORMAT, UncertainModel.class, Optional.empty());

  /** {@code mnr4j.scorecard}: a {@link Scorecard}. */
  public static final Document<Scorecard> SCORECARD =
      new Document<>(ScorecardCodec.FORMAT, Scorecard.class, Optional.empty());

  /** {@code mnr4j.cohort}: a {@link Cohort}. */
  public static final Document<Cohort> COHORT =
      new Document<>(CohortCodec.FORMAT, Cohort.class, Optional.empty());

  /** {@code mnr4j.crosswalk}: a {@link Crosswalk} between two frameworks or instruments. */
  public static final Document<Crosswalk> CROSSWALK =
      new Document<>(CrosswalkCodec.FORMAT, Crosswalk.class, Optional.empty());

  /**
   * {@code mnr4j.translation}: a {@link Translation} of a framework's, an instrument's or a bundle
   * of messages' texts into one language.
   */
  public static final Document<Translation> TRANSLATION =
      new Document<>(TranslationCodec.FORMAT, Translation.class, Optional.empty());

  private final String id;
  private final Class<T> type;
  private final Optional<Instrument> fitting;

  private Document(String id, Class<T> type, Optional<Instrument> fitting) {
    this.id = id;
    this.type = type;
    this.fitting = fitting;
  }

  /**
   * Returns the {@code mnr4j.model} document checked against the instrument whose responses the
   * model will score: reading it reports every question, option, code, capability and domain the
   * model names that the instrument lacks, each with its JSON Pointer, line and column.
   *
   * @param instrument the instrument
   * @return the document kind
   */
  public static Document<ScoringModel> model(Instrument instrument) {
    return new Document<>(ModelCodec.FORMAT, ScoringModel.class, Optional.of(instrument));
  }

  /**
   * Returns the {@code mnr4j.model} document with its uncertain parameters, checked against the
   * instrument whose responses the model will score: the model as written, every alternative and
   * both ends of every range.
   *
   * @param instrument the instrument
   * @return the document kind
   */
  public static Document<UncertainModel> uncertainModel(Instrument instrument) {
    return new Document<>(ModelCodec.FORMAT, UncertainModel.class, Optional.of(instrument));
  }

  /**
   * Returns the kinds of document mnr4j reads.
   *
   * @return the documents, an immutable list
   */
  static List<Document<?>> all() {
    return List.of(
        FRAMEWORK,
        INSTRUMENT,
        RESPONSE,
        VALIDATION,
        MODEL,
        SCORECARD,
        COHORT,
        CROSSWALK,
        TRANSLATION);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Class<T> type() {
    return type;
  }

  /** Whether the document is read as a model with its uncertain parameters. */
  boolean uncertain() {
    return type == UncertainModel.class;
  }

  /** The instrument a model must fit, for {@link #model(Instrument)}. */
  Optional<Instrument> fitting() {
    return fitting;
  }

  @Override
  public String toString() {
    return id + fitting.map(i -> " fitting " + i.reference()).orElse("");
  }
}
