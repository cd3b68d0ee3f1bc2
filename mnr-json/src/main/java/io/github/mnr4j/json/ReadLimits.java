package io.github.mnr4j.json;

import io.github.mnr4j.MnrException;
import java.io.Serializable;
import java.util.Objects;

/**
 * How much a document may hold, so that reading bounds time and memory whatever it is given: an
 * upload of a ministry's form is read with the same care as a file of one's own. Every limit is on
 * by default; a document over one is refused with a message that names the limit and where it was
 * crossed. A stream of responses (a cohort or JSON Lines read one at a time) applies the limits of
 * a document to each response and has no limit on their number.
 *
 * <pre>{@code
 * MnrJson json = MnrJson.strict().withLimits(ReadLimits.defaults().withMaxAnswers(10_000));
 * }</pre>
 *
 * <p>Immutable, thread-safe and serializable (as the {@link MnrModule} that holds it is).
 */
public final class ReadLimits implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final ReadLimits DEFAULTS =
      new ReadLimits(16L << 20, 64, 1 << 20, 2_000, 500, 1_000_000, 250_000);

  private final long documentBytes;
  private final int nesting;
  private final int stringLength;
  private final int answers;
  private final int choices;
  private final int responses;
  private final int values;

  private ReadLimits(
      long documentBytes,
      int nesting,
      int stringLength,
      int answers,
      int choices,
      int responses,
      int values) {
    this.documentBytes = documentBytes;
    this.nesting = nesting;
    this.stringLength = stringLength;
    this.answers = answers;
    this.choices = choices;
    this.responses = responses;
    this.values = values;
  }

  /**
   * Returns the default limits: documents (and each response of a stream) of at most 16 MiB, nested
   * at most 64 deep, strings of at most 1 Mi characters; at most 2,000 answers a response and 500
   * choices an answer; at most 1,000,000 responses in a cohort read whole; at most 250,000 JSON
   * values in a framework, instrument or model.
   *
   * @return the defaults
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the most bytes (or characters) a document may have; a stream's responses each.
   *
   * @return the limit
   */
  public long maxDocumentBytes() {
    return documentBytes;
  }

  /**
   * Returns how deep arrays and objects may nest.
   *
   * @return the limit
   */
  public int maxNesting() {
    return nesting;
  }

  /**
   * Returns the longest string, in characters.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return stringLength;
  }

  /**
   * Returns the most answers a response may give.
   *
   * @return the limit
   */
  public int maxAnswers() {
    return answers;
  }

  /**
   * Returns the most options an answer may list in {@code choices}.
   *
   * @return the limit
   */
  public int maxChoices() {
    return choices;
  }

  /**
   * Returns the most responses a cohort document read whole may hold; read one at a time, a cohort
   * may hold any number.
   *
   * @return the limit
   */
  public int maxResponses() {
    return responses;
  }

  /**
   * Returns the most JSON values (objects, arrays, strings, numbers, booleans and nulls) a
   * framework, instrument or model document may hold.
   *
   * @return the limit
   */
  public int maxValues() {
    return values;
  }

  /**
   * Returns these limits with another document size.
   *
   * @param documentBytes bytes, 1 or more
   * @return the limits
   * @throws MnrException if it is below 1
   */
  public ReadLimits withMaxDocumentBytes(long documentBytes) {
    return new ReadLimits(
        positive("documentBytes", documentBytes),
        nesting,
        stringLength,
        answers,
        choices,
        responses,
        values);
  }

  /**
   * Returns these limits with another nesting depth.
   *
   * @param nesting the depth, 1 or more
   * @return the limits
   * @throws MnrException if it is below 1
   */
  public ReadLimits withMaxNesting(int nesting) {
    return new ReadLimits(
        documentBytes,
        (int) positive("nesting", nesting),
        stringLength,
        answers,
        choices,
        responses,
        values);
  }

  /**
   * Returns these limits with another string length.
   *
   * @param stringLength characters, 1 or more
   * @return the limits
   * @throws MnrException if it is below 1
   */
  public ReadLimits withMaxStringLength(int stringLength) {
    return new ReadLimits(
        documentBytes,
        nesting,
        (int) positive("stringLength", stringLength),
        answers,
        choices,
        responses,
        values);
  }

  /**
   * Returns these limits with another number of answers a response.
   *
   * @param answers 1 or more
   * @return the limits
   * @throws MnrException if it is below 1
   */
  public ReadLimits withMaxAnswers(int answers) {
    return new ReadLimits(
        documentBytes,
        nesting,
        stringLength,
        (int) positive("answers", answers),
        choices,
        responses,
        values);
  }

  /**
   * Returns these limits with another number of choices an answer.
   *
   * @param choices 1 or more
   * @return the limits
   * @throws MnrException if it is below 1
   */
  public ReadLimits withMaxChoices(int choices) {
    return new ReadLimits(
        documentBytes,
        nesting,
        stringLength,
        answers,
        (int) positive("choices", choices),
        responses,
        values);
  }

  /**
   * Returns these limits with another number of responses a cohort read whole.
   *
   * @param responses 1 or more
   * @return the limits
   * @throws MnrException if it is below 1
   */
  public ReadLimits withMaxResponses(int responses) {
    return new ReadLimits(
        documentBytes,
        nesting,
        stringLength,
        answers,
        choices,
        (int) positive("responses", responses),
        values);
  }

  /**
   * Returns these limits with another number of values a framework, instrument or model.
   *
   * @param values 1 or more
   * @return the limits
   * @throws MnrException if it is below 1
   */
  public ReadLimits withMaxValues(int values) {
    return new ReadLimits(
        documentBytes,
        nesting,
        stringLength,
        answers,
        choices,
        responses,
        (int) positive("values", values));
  }

  private static long positive(String name, long value) {
    if (value < 1) {
      throw new MnrException("the limit " + name + " is 1 or more, not " + value);
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReadLimits that)) {
      return false;
    }

    return documentBytes == that.documentBytes
        && nesting == that.nesting
        && stringLength == that.stringLength
        && answers == that.answers
        && choices == that.choices
        && responses == that.responses
        && values == that.values;
  }

  @Override
  public int hashCode() {
    return Objects.hash(documentBytes, nesting, stringLength, answers, choices, responses, values);
  }

  @Override
  public String toString() {
    return "ReadLimits[documentBytes "
        + documentBytes
        + ", nesting "
        + nesting
        + ", stringLength "
        + stringLength
        + ", answers "
        + answers
        + ", choices "
        + choices
        + ", responses "
        + responses
        + ", values "
        + values
        + "]";
  }
}
