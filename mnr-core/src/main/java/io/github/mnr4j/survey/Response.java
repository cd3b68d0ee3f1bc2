package io.github.mnr4j.survey;

import io.github.mnr4j.internal.checks.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A jurisdiction's answers to an instrument: which instrument ({@code wpga-mnr-survey@2021}), who
 * answers, whether the response is finished, when it was received (if known), and the answers keyed
 * by question id (an unanswered question has no entry). The contact person (q2) is personal data
 * and lives in the {@link #respondent()} block, not among the answers.
 *
 * <pre>{@code
 * Response response = Response.builder()
 *     .instrumentReference("wpga-mnr-survey@2021")
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
public final class Response {
  private final String instrument;
  private final Jurisdiction jurisdiction;
  private final ResponseStatus status;
  private final AnswerMap answers;
  private final @Nullable Respondent respondent;
  private final @Nullable LocalDate receivedOn;

  private Response(
      String instrument,
      Jurisdiction jurisdiction,
      ResponseStatus status,
      AnswerMap answers,
      @Nullable Respondent respondent,
      @Nullable LocalDate receivedOn) {
    Checks.of("response of", jurisdiction.id()).notBlank("instrument", instrument).throwIfAny();
    this.instrument = instrument;
    this.jurisdiction = jurisdiction;
    this.status = status;
    this.answers = answers;
    this.respondent = respondent;
    this.receivedOn = receivedOn;
  }

  /**
   * Returns the reference of the instrument answered, {@code id@edition}: {@link
   * Instrument#reference()} of the instrument.
   *
   * @return such as {@code wpga-mnr-survey@2021}
   */
  public String instrumentReference() {
    return instrument;
  }

  /**
   * Returns who the response speaks for.
   *
   * @return the jurisdiction
   */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /**
   * Returns whether the response is finished.
   *
   * @return the status
   */
  public ResponseStatus status() {
    return status;
  }

  /**
   * Returns the answers by question id, in the order given.
   *
   * @return the answers, an immutable map
   */
  public Map<String, Answer> answers() {
    return answers;
  }

  /**
   * Returns the contact person, in full or withheld, if the response names one.
   *
   * @return the respondent, or empty
   */
  public Optional<Respondent> respondent() {
    return Optional.ofNullable(respondent);
  }

  /**
   * Returns the day the response was received, if known: what a survey's methodology reports ("17
   * responses were received between May and June 2021"), and what the tally attribute {@code
   * received} groups by month.
   *
   * @return the date, or empty
   */
  public Optional<LocalDate> receivedOn() {
    return Optional.ofNullable(receivedOn);
  }

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Building();
  }

  /**
   * Looks up an answer.
   *
   * @param questionId the question's id
   * @return the answer, or empty if the question is unanswered
   */
  public Optional<Answer> findAnswer(String questionId) {
    return Optional.ofNullable(answers().get(questionId));
  }

  /**
   * Returns a copy without personal data, what to share when personal data must not travel: the
   * respondent's details are marked withheld, and answers to the questions that ask for personal
   * data are dropped, as the built-in instrument the response answers says (q2 of the 2021 survey).
   * For a response to an instrument of one's own, use {@link #withoutPersonalData(Instrument)}.
   *
   * @return the response without personal data; this one if it holds none
   */
  public Response withoutPersonalData() {
    Instrument survey = Instruments.mnrSurvey2021();
    return this.instrument.equals(survey.reference())
        ? withoutPersonalData(survey)
        : withoutPersonalData(List.of());
  }

  /**
   * Returns a copy without personal data, as an instrument marks it: the respondent's details are
   * marked withheld, and answers to the questions that ask for personal data are dropped.
   *
   * @param instrument the instrument whose questions say which answers are personal data
   * @return the response without personal data; this one if it holds none
   */
  public Response withoutPersonalData(Instrument instrument) {
    List<String> personal = new ArrayList<>();
    for (Question question : instrument.questions()) {
      if (question.asksForPersonalData()) {
        personal.add(question.id());
      }
    }
    return withoutPersonalData(personal);
  }

  private Response withoutPersonalData(List<String> personalQuestions) {
    boolean named = respondent != null && !(respondent instanceof Respondent.Withheld);
    boolean answered = personalQuestions.stream().anyMatch(answers::containsKey);
    if (!named && !answered) {
      return this;
    }
    Map<String, Answer> kept = new LinkedHashMap<>(answers);
    personalQuestions.forEach(kept::remove);
    return copy(jurisdiction, kept, named ? Optional.of(new Respondent.Withheld()) : respondent());
  }

  /**
   * Returns a copy that speaks for another jurisdiction, such as the same answers under a new id.
   *
   * @param jurisdiction the jurisdiction
   * @return the copy
   */
  public Response withJurisdiction(Jurisdiction jurisdiction) {
    return copy(jurisdiction, answers(), respondent());
  }

  /**
   * Returns a copy in an instrument's order: answers by question order (answers to questions the
   * instrument does not have last, in the order given), each answer's choices by option order.
   * Order carries no meaning in a response; this is how the library writes one whose instrument it
   * knows.
   *
   * @param instrument the instrument the response answers
   * @return the response in the instrument's order
   */
  public Response inOrderOf(Instrument instrument) {
    Map<String, Answer> ordered = new LinkedHashMap<>();
    for (Question question : instrument.questions()) {
      Answer answer = answers().get(question.id());
      if (answer != null) {
        ordered.put(
            question.id(),
            answer instanceof Answer.Choices choices ? choices.inOrderOf(question) : answer);
      }
    }
    answers().forEach(ordered::putIfAbsent);
    return copy(jurisdiction(), ordered, respondent());
  }

  private Response copy(
      Jurisdiction jurisdiction, Map<String, Answer> answers, Optional<Respondent> respondent) {
    return new Response(
        instrument,
        jurisdiction,
        status,
        AnswerMap.of(answers),
        respondent.orElse(null),
        receivedOn);
  }

  /** Equal when the instrument, jurisdiction, status, answers, respondent and date are. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Response that)) {
      return false;
    }

    return instrument.equals(that.instrument)
        && jurisdiction.equals(that.jurisdiction)
        && status == that.status
        && answers.equals(that.answers)
        && Objects.equals(respondent, that.respondent)
        && Objects.equals(receivedOn, that.receivedOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument, jurisdiction, status, answers, respondent, receivedOn);
  }

  /** Names the jurisdiction, instrument, status and number of answers; never their texts. */
  @Override
  public String toString() {
    return "Response["
        + jurisdiction()
        + ", "
        + instrument
        + ", "
        + status().id()
        + ", "
        + answers().size()
        + (answers().size() == 1 ? " answer" : " answers")
        + (respondent().isPresent() ? ", respondent withheld from output" : "")
        + "]";
  }

  /** Builds a {@link Response}. */
  public interface Builder {
    /**
     * Sets the instrument answered.
     *
     * @param instrumentReference its reference, such as {@code wpga-mnr-survey@2021}
     * @return this builder
     */
    Builder instrumentReference(String instrumentReference);

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
     * Sets the day the response was received.
     *
     * @param receivedOn the date
     * @return this builder
     */
    Builder receivedOn(LocalDate receivedOn);

    /**
     * Builds the response.
     *
     * @return the response
     * @throws io.github.mnr4j.InvalidDefinitionException if the instrument is blank
     * @throws IllegalArgumentException if a question was answered twice
     */
    Response build();
  }

  /** The builder; answers keep the order they are put in. */
  private static final class Building implements Builder {
    private @Nullable String instrument;
    private @Nullable Jurisdiction jurisdiction;
    private @Nullable ResponseStatus status;
    // Room for the built-in survey's 81 questions from the start: a reader builds a response
    // for every line of a cohort, and growing two lists seven times each made a sixth of its
    // garbage.
    private String[] questionIds = new String[96];
    private Answer[] answers = new Answer[96];
    private int size;
    private @Nullable Respondent respondent;
    private @Nullable LocalDate receivedOn;

    @Override
    public Builder instrumentReference(String instrumentReference) {
      this.instrument = Objects.requireNonNull(instrumentReference, "instrument reference");
      return this;
    }

    @Override
    public Builder jurisdiction(Jurisdiction jurisdiction) {
      this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
      return this;
    }

    @Override
    public Builder status(ResponseStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    @Override
    public Builder putAnswer(String questionId, Answer answer) {
      if (size == questionIds.length) {
        questionIds = Arrays.copyOf(questionIds, size * 2);
        answers = Arrays.copyOf(answers, size * 2);
      }
      questionIds[size] = Objects.requireNonNull(questionId, "questionId");
      answers[size] = Objects.requireNonNull(answer, "answer");
      size++;
      return this;
    }

    @Override
    public Builder putAllAnswers(Map<String, ? extends Answer> answers) {
      answers.forEach(this::putAnswer);
      return this;
    }

    @Override
    public Builder respondent(Respondent respondent) {
      this.respondent = Objects.requireNonNull(respondent, "respondent");
      return this;
    }

    @Override
    public Builder receivedOn(LocalDate receivedOn) {
      this.receivedOn = Objects.requireNonNull(receivedOn, "receivedOn");
      return this;
    }

    @Override
    public Response build() {
      List<String> missing = new ArrayList<>();
      if (instrument == null) {
        missing.add("instrument");
      }
      if (jurisdiction == null) {
        missing.add("jurisdiction");
      }
      if (status == null) {
        missing.add("status");
      }
      if (instrument == null || jurisdiction == null || status == null) {
        throw new IllegalStateException(
            "Cannot build Response, some of required attributes" + " are not set " + missing);
      }
      return new Response(
          instrument,
          jurisdiction,
          status,
          AnswerMap.of(Arrays.copyOf(questionIds, size), Arrays.copyOf(answers, size)),
          respondent,
          receivedOn);
    }
  }
}
