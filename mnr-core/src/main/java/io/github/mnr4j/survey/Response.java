package io.github.mnr4j.survey;

import io.github.mnr4j.internal.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A jurisdiction's answers to an instrument: which instrument ({@code wpga-mnr-survey@2021}),
 * who answers, whether the response is finished, and the answers keyed by question id (an
 * unanswered question has no entry). The contact person (q2) is personal data and lives in the
 * {@link #respondent()} block, not among the answers.
 *
 * <pre>{@code
 * Response response = Response.builder()
 *     .instrument("wpga-mnr-survey@2021")
 *     .jurisdiction(Jurisdiction.of("C07", "Country 07"))
 *     .status(ResponseStatus.COMPLETED)
 *     .putAnswer("q7", Answer.ofChoice("yes"))
 *     .putAnswer("q8", Answer.ofText("An inter-ministerial task force, formed in 2019"))
 *     .build();
 * }</pre>
 *
 * <p>A response holds what it was given, however wrong: {@link Validator} says what is wrong.
 * {@code toString} shows no answer texts and no respondent details.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Response {
  Response() {}

  /**
   * Returns the reference of the instrument answered, {@code id@edition}.
   *
   * @return such as {@code wpga-mnr-survey@2021}
   */
  public abstract String instrument();

  /**
   * Returns who the response speaks for.
   *
   * @return the jurisdiction
   */
  public abstract Jurisdiction jurisdiction();

  /**
   * Returns whether the response is finished.
   *
   * @return the status
   */
  public abstract ResponseStatus status();

  /**
   * Returns the answers by question id, in the order given.
   *
   * @return the answers, an immutable map
   */
  public abstract Map<String, Answer> answers();

  /**
   * Returns the contact person, in full or withheld, if the response names one.
   *
   * @return the respondent, or empty
   */
  public abstract Optional<Respondent> respondent();

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableResponse.builder();
  }

  /**
   * Looks up an answer.
   *
   * @param questionId the question's id
   * @return the answer, or empty if the question is unanswered
   */
  public Optional<Answer> answer(String questionId) {
    return Optional.ofNullable(answers().get(questionId));
  }

  /**
   * Returns a copy without the respondent's details, marked as withheld if there were any: what
   * to share when personal data must not travel.
   *
   * @return the response without personal data
   */
  public Response withoutPersonalData() {
    if (respondent().isEmpty() || respondent().get() instanceof Respondent.Withheld) {
      return this;
    }
    return copy(jurisdiction(), answers(), Optional.of(Respondent.withheld()));
  }

  /**
   * Returns a copy that speaks for another jurisdiction, such as the same answers under a new
   * id.
   *
   * @param jurisdiction the jurisdiction
   * @return the copy
   */
  public Response withJurisdiction(Jurisdiction jurisdiction) {
    return copy(jurisdiction, answers(), respondent());
  }

  /**
   * Returns a copy in an instrument's order: answers by question order (answers to questions
   * the instrument does not have last, in the order given), each answer's choices by option
   * order. Order carries no meaning in a response; this is how the library writes one whose
   * instrument it knows.
   *
   * @param instrument the instrument the response answers
   * @return the response in the instrument's order
   */
  public Response inInstrumentOrder(Instrument instrument) {
    Map<String, Answer> ordered = new LinkedHashMap<>();
    for (Question question : instrument.questions()) {
      Answer answer = answers().get(question.id());
      if (answer != null) {
        ordered.put(question.id(), answer.inOrderOf(question));
      }
    }
    answers().forEach(ordered::putIfAbsent);
    return copy(jurisdiction(), ordered, respondent());
  }

  private Response copy(Jurisdiction jurisdiction, Map<String, Answer> answers,
      Optional<Respondent> respondent) {
    Builder copy = builder().instrument(instrument()).jurisdiction(jurisdiction)
        .status(status()).putAllAnswers(answers);
    respondent.ifPresent(copy::respondent);
    return copy.build();
  }

  @Value.Check
  void check() {
    Checks.of("response of", jurisdiction().id())
        .notBlank("instrument", instrument())
        .throwIfAny();
  }

  /** Names the jurisdiction, instrument, status and number of answers; never their texts. */
  @Override
  public String toString() {
    return "Response[" + jurisdiction() + ", " + instrument() + ", " + status().id() + ", "
        + answers().size() + (answers().size() == 1 ? " answer" : " answers")
        + (respondent().isPresent() ? ", respondent withheld from output" : "") + "]";
  }

  /** Builds a {@link Response}. */
  public interface Builder {
    /**
     * Sets the instrument answered.
     *
     * @param instrument its reference, such as {@code wpga-mnr-survey@2021}
     * @return this builder
     */
    Builder instrument(String instrument);

    /**
     * Sets who the response speaks for.
     *
     * @param jurisdiction the jurisdiction
     * @return this builder
     */
    Builder jurisdiction(Jurisdiction jurisdiction);

    /**
     * Sets whether the response is finished.
     *
     * @param status the status
     * @return this builder
     */
    Builder status(ResponseStatus status);

    /**
     * Adds an answer.
     *
     * @param questionId the question's id
     * @param answer the answer
     * @return this builder
     * @throws IllegalArgumentException if the question already has an answer
     */
    Builder putAnswer(String questionId, Answer answer);

    /**
     * Adds answers.
     *
     * @param answers answers by question id
     * @return this builder
     * @throws IllegalArgumentException if a question already has an answer
     */
    Builder putAllAnswers(Map<String, ? extends Answer> answers);

    /**
     * Sets the contact person.
     *
     * @param respondent the respondent, in full or withheld
     * @return this builder
     */
    Builder respondent(Respondent respondent);

    /**
     * Builds the response.
     *
     * @return the response
     * @throws io.github.mnr4j.InvalidDefinitionException if the instrument is blank
     */
    Response build();
  }
}
