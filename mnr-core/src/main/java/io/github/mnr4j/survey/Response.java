package io.github.mnr4j.survey;

import com.google.common.collect.ImmutableMap;
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
 *     .putAnswers("q7", Answer.ofChoice("yes"))
 *     .putAnswers("q8", Answer.ofText("An inter-ministerial task force, formed in 2019"))
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
   * @return the answers
   */
  public abstract ImmutableMap<String, Answer> answers();

  /**
   * Returns the contact person, if the response holds one.
   *
   * @return the respondent, or empty
   */
  public abstract Optional<Respondent> respondent();

  /**
   * Tells whether a respondent was given but withheld when the response was written (the JSON
   * module writes {@code "respondent": "withheld"} unless asked for personal data), so that the
   * personal-data question counts as answered.
   *
   * @return true if the respondent was withheld
   */
  @Value.Default
  public boolean respondentWithheld() {
    return false;
  }

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
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
   * Tells whether the response names its contact person, in full or withheld.
   *
   * @return true if there is a respondent
   */
  public boolean hasRespondent() {
    return respondent().isPresent() || respondentWithheld();
  }

  /**
   * Returns a copy without the respondent's details, marked as withheld if there were any: what
   * to share when personal data must not travel.
   *
   * @return the response without personal data
   */
  public Response withoutPersonalData() {
    if (respondent().isEmpty()) {
      return this;
    }
    return ImmutableResponse.builder().from(this).respondent(Optional.empty())
        .respondentWithheld(true).build();
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
    return ImmutableResponse.builder().from(this).answers(ordered).build();
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("response of '" + jurisdiction().id() + "'")
        .notBlank("instrument", instrument());
    if (respondent().isPresent() && respondentWithheld()) {
      checks.add("respondent", "a response holds its respondent or marks it withheld, not both");
    }
    checks.throwIfAny();
  }

  /** Names the jurisdiction, instrument, status and number of answers; never their texts. */
  @Override
  public String toString() {
    return "Response[" + jurisdiction() + ", " + instrument() + ", " + status().id() + ", "
        + answers().size() + (answers().size() == 1 ? " answer" : " answers")
        + (hasRespondent() ? ", respondent withheld from output" : "") + "]";
  }

  /** Builds a {@link Response}. */
  public static final class Builder extends ImmutableResponse.Builder {
    Builder() {}
  }
}
