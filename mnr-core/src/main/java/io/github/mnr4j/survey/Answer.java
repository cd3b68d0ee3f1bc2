package io.github.mnr4j.survey;

import io.github.mnr4j.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
    return new Choice(optionId, Optional.empty(), Optional.empty());
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
    return new Choices(optionIds, Optional.empty(), Optional.empty());
  }

  /**
   * Creates a text answer.
   *
   * @param text the text
   * @return the answer
   */
  static Answer ofText(String text) {
    return new Text(text, Optional.empty(), Optional.empty());
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
   * One option chosen, for yes-no and single-choice questions: {@code {"choice": "yes"}}.
   *
   * @param optionId the option chosen
   * @param otherText the free text of an option that carries text, or empty
   * @param code an analyst's code, or empty
   */
  record Choice(String optionId, Optional<String> otherText, Optional<String> code)
      implements Answer {
    /**
     * Creates the answer; {@link Answer#ofChoice(String)} is shorter.
     *
     * @param optionId the option chosen
     * @param otherText the free text of an option that carries text, or empty
     * @param code an analyst's code, not blank, or empty
     */
    public Choice {
      checkCode(code);
    }

    @Override
    public Answer withCode(String code) {
      return new Choice(optionId, otherText, Optional.of(code));
    }

    @Override
    public Answer withOtherText(String otherText) {
      return new Choice(optionId, Optional.of(otherText), code);
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
      return optionId + codeSummary(code);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.choice(this);
    }

    @Override
    public String toString() {
      return "Answer[choice " + optionId + annotations(otherText, code) + "]";
    }
  }

  /**
   * Options chosen, for multi-choice questions: {@code {"choices": ["a", "b"]}}.
   *
   * @param optionIds the options chosen, in the order given; empty when none applies
   * @param otherText the free text of an option that carries text, or empty
   * @param code an analyst's code, or empty
   */
  record Choices(List<String> optionIds, Optional<String> otherText, Optional<String> code)
      implements Answer {
    /**
     * Creates the answer; {@link Answer#ofChoices(List)} is shorter.
     *
     * @param optionIds the options chosen, in the order given
     * @param otherText the free text of an option that carries text, or empty
     * @param code an analyst's code, not blank, or empty
     */
    public Choices {
      optionIds = List.copyOf(optionIds);
      checkCode(code);
    }

    @Override
    public Answer withCode(String code) {
      return new Choices(optionIds, otherText, Optional.of(code));
    }

    @Override
    public Answer withOtherText(String otherText) {
      return new Choices(optionIds, Optional.of(otherText), code);
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
      return sorted.equals(optionIds) ? this : new Choices(sorted, otherText, code);
    }

    @Override
    public String summary() {
      return String.join(", ", optionIds) + codeSummary(code);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.choices(this);
    }

    @Override
    public String toString() {
      return "Answer[choices " + String.join(", ", optionIds) + annotations(otherText, code) + "]";
    }
  }

  /**
   * Free text, for text questions: {@code {"text": "..."}}.
   *
   * @param text the text
   * @param otherText other text (which a text answer should not carry), or empty
   * @param code an analyst's code, or empty
   */
  record Text(String text, Optional<String> otherText, Optional<String> code) implements Answer {
    /**
     * Creates the answer; {@link Answer#ofText(String)} is shorter.
     *
     * @param text the text
     * @param otherText other text, or empty
     * @param code an analyst's code, not blank, or empty
     */
    public Text {
      checkCode(code);
    }

    @Override
    public Answer withCode(String code) {
      return new Text(text, otherText, Optional.of(code));
    }

    @Override
    public Answer withOtherText(String otherText) {
      return new Text(text, Optional.of(otherText), code);
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
      return "answered" + codeSummary(code);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.text(this);
    }

    /** Shows the text's length, never the text: it may hold personal data. */
    @Override
    public String toString() {
      return "Answer[text (" + text.length() + " characters)" + annotations(otherText, code) + "]";
    }
  }

  private static void checkCode(Optional<String> code) {
    Checks checks = Checks.of("answer");
    code.ifPresent(c -> checks.notBlank("code", c));
    checks.throwIfAny();
  }

  private static String codeSummary(Optional<String> code) {
    return code.map(c -> " (code " + c + ")").orElse("");
  }

  private static String annotations(Optional<String> otherText, Optional<String> code) {
    return otherText.map(t -> "; other text (" + t.length() + " characters)").orElse("")
        + code.map(c -> "; code " + c).orElse("");
  }
}
