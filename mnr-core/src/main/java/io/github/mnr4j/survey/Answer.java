package io.github.mnr4j.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer: a {@link Choice choice} (yes-no and single-choice questions), a list of {@link
 * Choices choices} (multi-choice), or a {@link Text text}; each may carry the free text of an
 * "Other" option and an analyst's code.
 *
 * <pre>{@code
 * Answer.ofChoice("yes");
 * Answer.ofChoices("csam-possession", "technology-facilitated-abuse");
 * Answer.ofChoices("good-practice-reference", "other").withOtherText("Training model");
 * Answer.ofText("The terminology guidelines were adopted in 2020 ...").withCode("yes");
 * }</pre>
 *
 * <p>An answer keeps what it was given: repeated choices, unknown option ids and other text on a
 * text answer are kept, for validation to report rather than to be lost. Free texts never appear in
 * {@code toString()}: they may hold personal data.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Answer permits Answer.Choice, Answer.Choices, Answer.Text {

  /**
   * Creates a choice answer.
   *
   * @param optionId the chosen option, such as {@code yes}
   * @return the answer
   */
  static Answer ofChoice(String optionId) {
    return new Choice(optionId, AnswerNotes.NONE);
  }

  /**
   * Creates a multi-choice answer.
   *
   * @param optionIds the chosen options; none when none applies
   * @return the answer
   */
  static Answer ofChoices(String... optionIds) {
    return ofChoices(Arrays.asList(optionIds));
  }

  /**
   * Creates a multi-choice answer.
   *
   * @param optionIds the chosen options, in the order given; none when none applies
   * @return the answer
   */
  static Answer ofChoices(List<String> optionIds) {
    return new Choices(optionIds, AnswerNotes.NONE);
  }

  /**
   * Creates a text answer.
   *
   * @param text the text
   * @return the answer
   */
  static Answer ofText(String text) {
    return new Text(text, AnswerNotes.NONE);
  }

  /**
   * Returns the free text given with an option that carries text ("Other (please describe)").
   *
   * @return the text, or empty
   */
  Optional<String> otherText();

  /**
   * Returns an analyst's code, such as {@code yes} for a q78 text that describes adopted
   * terminology. Status and scoring read the code, not the text.
   *
   * @return the code, or empty
   */
  Optional<String> code();

  /**
   * Returns a copy with an analyst's code.
   *
   * @param code the code, such as {@code yes}; not blank
   * @return the coded answer
   * @throws io.github.mnr4j.InvalidDefinitionException if the code is blank
   */
  Answer withCode(String code);

  /**
   * Returns a copy with the free text of an option that carries text.
   *
   * @param otherText the text
   * @return the answer with the text
   */
  Answer withOtherText(String otherText);

  /**
   * Returns the options chosen, in the order given, repeats kept.
   *
   * @return the option of a choice, the options of a multi-choice, none for a text
   */
  List<String> chosen();

  /**
   * Tells whether the answer chose an option.
   *
   * @param optionId an option id
   * @return true if it is the choice or among the choices
   */
  default boolean chose(String optionId) {
    return chosen().contains(optionId);
  }

  /**
   * Tells whether the answer is a text that is empty or only white space: no answer in substance.
   *
   * @return true for a blank text
   */
  default boolean isBlank() {
    return false;
  }

  /**
   * Returns how many distinct options the answer chose.
   *
   * @return 1 for a choice, the number of distinct choices, 0 for a text
   */
  default int chosenCount() {
    return (int) chosen().stream().distinct().count();
  }

  /**
   * Returns a copy whose choices follow the question's option order, options the question does not
   * have last in the order given; repeats are kept. Choice order carries no meaning, so this is how
   * the library writes choices.
   *
   * @param question the question answered
   * @return the answer in the question's order (this answer if it is already)
   */
  default Answer inOrderOf(Question question) {
    return this;
  }

  /**
   * Summarises the answer for explanations without its free text: the option chosen, the options
   * chosen joined by commas, or {@code answered} for a text; then the code, if any.
   *
   * @return such as {@code yes}, {@code a, b}, {@code answered (code yes)}
   */
  String summary();

  /**
   * Passes the answer to the visitor's method for its kind.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * Does something different for each kind of answer, such as writing it as JSON. Adding a kind
   * adds a method here, so that every visitor must handle it.
   *
   * @param <R> what the visitor returns
   */
  interface Visitor<R> {
    /**
     * Visits a choice.
     *
     * @param answer the answer
     * @return the result
     */
    R choice(Choice answer);

    /**
     * Visits choices.
     *
     * @param answer the answer
     * @return the result
     */
    R choices(Choices answer);

    /**
     * Visits a text.
     *
     * @param answer the answer
     * @return the result
     */
    R text(Text answer);
  }

  /**
   * One option chosen, for yes-no and single-choice questions: {@code {"choice": "yes"}}. Made by
   * {@link Answer#ofChoice(String)}; a class rather than a record so that its optional parts are
   * set by {@link #withOtherText(String)} and {@link #withCode(String)}, never passed as {@code
   * Optional} parameters.
   */
  final class Choice implements Answer {
    private final String optionId;
    private final AnswerNotes notes;

    private Choice(String optionId, AnswerNotes notes) {
      this.optionId = Objects.requireNonNull(optionId, "option id");
      this.notes = notes;
    }

    /**
     * Returns the option chosen.
     *
     * @return such as {@code yes}
     */
    public String optionId() {
      return optionId;
    }

    @Override
    public Optional<String> otherText() {
      return Optional.ofNullable(notes.otherText);
    }

    @Override
    public Optional<String> code() {
      return Optional.ofNullable(notes.code);
    }

    @Override
    public Answer withCode(String code) {
      return new Choice(optionId, notes.withCode(code));
    }

    @Override
    public Answer withOtherText(String otherText) {
      return new Choice(optionId, notes.withOtherText(otherText));
    }

    @Override
    public List<String> chosen() {
      return List.of(optionId);
    }

    @Override
    public int chosenCount() {
      return 1;
    }

    @Override
    public String summary() {
      return optionId + notes.codeSummary();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.choice(this);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Choice
          && ((Choice) other).optionId.equals(optionId)
          && ((Choice) other).notes.equals(notes);
    }

    @Override
    public int hashCode() {
      return 31 * optionId.hashCode() + notes.hashCode();
    }

    @Override
    public String toString() {
      return "Answer[choice " + optionId + notes + "]";
    }
  }

  /**
   * Options chosen, for multi-choice questions: {@code {"choices": ["a", "b"]}}. Made by {@link
   * Answer#ofChoices(List)}.
   */
  final class Choices implements Answer {
    private final List<String> optionIds;
    private final AnswerNotes notes;

    private Choices(List<String> optionIds, AnswerNotes notes) {
      this.optionIds = List.copyOf(optionIds);
      this.notes = notes;
    }

    /**
     * Returns the options chosen, in the order given, repeats kept.
     *
     * @return an immutable list; empty when none applies
     */
    public List<String> optionIds() {
      return optionIds;
    }

    @Override
    public Optional<String> otherText() {
      return Optional.ofNullable(notes.otherText);
    }

    @Override
    public Optional<String> code() {
      return Optional.ofNullable(notes.code);
    }

    @Override
    public Answer withCode(String code) {
      return new Choices(optionIds, notes.withCode(code));
    }

    @Override
    public Answer withOtherText(String otherText) {
      return new Choices(optionIds, notes.withOtherText(otherText));
    }

    @Override
    public List<String> chosen() {
      return optionIds;
    }

    @Override
    public Answer inOrderOf(Question question) {
      List<String> sorted = new ArrayList<>(optionIds);
      sorted.sort(
          Comparator.comparingInt(
              c -> {
                int index = question.optionIndex(c);
                return index < 0 ? question.options().size() : index;
              }));
      return sorted.equals(optionIds) ? this : new Choices(sorted, notes);
    }

    @Override
    public String summary() {
      return String.join(", ", optionIds) + notes.codeSummary();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.choices(this);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Choices
          && ((Choices) other).optionIds.equals(optionIds)
          && ((Choices) other).notes.equals(notes);
    }

    @Override
    public int hashCode() {
      return 31 * optionIds.hashCode() + notes.hashCode();
    }

    @Override
    public String toString() {
      return "Answer[choices " + String.join(", ", optionIds) + notes + "]";
    }
  }

  /**
   * Free text, for text questions: {@code {"text": "..."}}. Made by {@link Answer#ofText(String)}.
   */
  final class Text implements Answer {
    private final String text;
    private final AnswerNotes notes;

    private Text(String text, AnswerNotes notes) {
      this.text = Objects.requireNonNull(text, "text");
      this.notes = notes;
    }

    /**
     * Returns the text.
     *
     * @return the text as given, possibly blank
     */
    public String text() {
      return text;
    }

    /**
     * Returns other text, which a text answer should not carry: kept for validation to report.
     *
     * @return the text, or empty
     */
    @Override
    public Optional<String> otherText() {
      return Optional.ofNullable(notes.otherText);
    }

    @Override
    public Optional<String> code() {
      return Optional.ofNullable(notes.code);
    }

    @Override
    public Answer withCode(String code) {
      return new Text(text, notes.withCode(code));
    }

    @Override
    public Answer withOtherText(String otherText) {
      return new Text(text, notes.withOtherText(otherText));
    }

    @Override
    public List<String> chosen() {
      return List.of();
    }

    @Override
    public boolean isBlank() {
      return text.isBlank();
    }

    @Override
    public String summary() {
      return "answered" + notes.codeSummary();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.text(this);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Text
          && ((Text) other).text.equals(text)
          && ((Text) other).notes.equals(notes);
    }

    @Override
    public int hashCode() {
      return 31 * text.hashCode() + notes.hashCode();
    }

    /** Shows the text's length, never the text: it may hold personal data. */
    @Override
    public String toString() {
      return "Answer[text (" + text.length() + " characters)" + notes + "]";
    }
  }
}
