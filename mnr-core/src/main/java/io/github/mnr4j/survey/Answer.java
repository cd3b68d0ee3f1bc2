package io.github.mnr4j.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * text answer are kept, for validation to report rather than to be lost. The order of multiple
 * choices carries no meaning: choices of the same options in another order are equal. Free texts
 * never appear in {@code toString()}: they may hold personal data.
 *
 * <p>The class is sealed: code that reads an answer handles its three kinds with {@code
 * instanceof}.
 *
 * <p>Immutable and thread-safe.
 */
public abstract sealed class Answer permits Answer.Choice, Answer.Choices, Answer.Text {
  private final AnswerNotes notes;

  private Answer(AnswerNotes notes) {
    this.notes = notes;
  }

  /**
   * Creates a choice answer.
   *
   * @param optionId the chosen option, such as {@code yes}
   * @return the answer
   */
  public static Answer ofChoice(String optionId) {
    return new Choice(optionId, AnswerNotes.NONE);
  }

  /**
   * Creates a multi-choice answer.
   *
   * @param optionIds the chosen options, in the order given; none is no answer ({@link
   *     #isBlank()}): to say that none applies, choose the question's exclusive option
   * @return the answer
   */
  public static Answer ofChoices(String... optionIds) {
    return ofChoices(Arrays.asList(optionIds));
  }

  /**
   * Creates a multi-choice answer.
   *
   * @param optionIds the chosen options, in the order given; none is no answer ({@link #isBlank()})
   * @return the answer
   */
  public static Answer ofChoices(List<String> optionIds) {
    return new Choices(optionIds, AnswerNotes.NONE);
  }

  /**
   * Creates a text answer.
   *
   * @param text the text
   * @return the answer
   */
  public static Answer ofText(String text) {
    return new Text(text, AnswerNotes.NONE);
  }

  /**
   * Returns the free text given with an option that carries text ("Other (please describe)").
   *
   * @return the text, or empty
   */
  public final Optional<String> otherText() {
    return Optional.ofNullable(notes.otherText);
  }

  /**
   * Returns an analyst's code, such as {@code yes} for a q78 text that describes adopted
   * terminology. Status and scoring read the code, not the text.
   *
   * @return the code, or empty
   */
  public final Optional<String> code() {
    return Optional.ofNullable(notes.code);
  }

  /**
   * Returns a copy with an analyst's code.
   *
   * @param code the code, such as {@code yes}; not blank
   * @return the coded answer
   * @throws io.github.mnr4j.InvalidDefinitionException if the code is blank
   */
  public final Answer withCode(String code) {
    return with(notes.withCode(code));
  }

  /**
   * Returns a copy with the free text of an option that carries text.
   *
   * @param otherText the text
   * @return the answer with the text
   */
  public final Answer withOtherText(String otherText) {
    return with(notes.withOtherText(otherText));
  }

  /** A copy of this answer with other notes. */
  abstract Answer with(AnswerNotes notes);

  /**
   * Returns the options chosen, in the order given, repeats kept.
   *
   * @return the option of a choice, the options of a multi-choice, none for a text
   */
  public abstract List<String> chosen();

  /**
   * Tells whether the answer is no answer in substance: a text that is empty or only white space,
   * or choices of no option. A required question answered so is unanswered.
   *
   * @return true for a blank text or empty choices
   */
  public final boolean isBlank() {
    return this instanceof Text text
        ? text.text().isBlank()
        : this instanceof Choices choices && choices.chosen().isEmpty();
  }

  /** How many distinct options the answer chose: 1 for a choice, 0 for a text. */
  final int chosenCount() {
    return this instanceof Choice ? 1 : (int) chosen().stream().distinct().count();
  }

  /**
   * Summarises the answer for explanations without its free text: the option chosen, the options
   * chosen joined by commas, or {@code answered} for a text; then the code, if any.
   *
   * @return such as {@code yes}, {@code a, b}, {@code answered (code yes)}
   */
  public final String summary() {
    String chosen = this instanceof Text ? "answered" : String.join(", ", chosen());
    return chosen + notes.codeSummary();
  }

  /** Equal notes, for the subclasses' equality. */
  final boolean sameNotes(Answer other) {
    return notes.equals(other.notes);
  }

  /** The notes' hash, for the subclasses' hash codes. */
  final int notesHash() {
    return notes.hashCode();
  }

  /** The notes as toString shows them: lengths and codes, never texts. */
  final String notesString() {
    return notes.toString();
  }

  /**
   * One option chosen, for yes-no and single-choice questions: {@code {"choice": "yes"}}. Made by
   * {@link Answer#ofChoice(String)}.
   */
  public static final class Choice extends Answer {
    private final String optionId;

    private Choice(String optionId, AnswerNotes notes) {
      super(notes);
      this.optionId = Objects.requireNonNull(optionId, "option id");
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
    Answer with(AnswerNotes notes) {
      return new Choice(optionId, notes);
    }

    @Override
    public List<String> chosen() {
      return List.of(optionId);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Choice that && that.optionId.equals(optionId) && sameNotes(that);
    }

    @Override
    public int hashCode() {
      return 31 * optionId.hashCode() + notesHash();
    }

    @Override
    public String toString() {
      return "Answer[choice " + optionId + notesString() + "]";
    }
  }

  /**
   * Options chosen, for multi-choice questions: {@code {"choices": ["a", "b"]}}. Made by {@link
   * Answer#ofChoices(String...)}.
   */
  public static final class Choices extends Answer {
    private final List<String> optionIds;

    private Choices(List<String> optionIds, AnswerNotes notes) {
      super(notes);
      this.optionIds = List.copyOf(optionIds);
    }

    @Override
    Answer with(AnswerNotes notes) {
      return new Choices(optionIds, notes);
    }

    @Override
    public List<String> chosen() {
      return optionIds;
    }

    /**
     * A copy whose choices follow the question's option order, options the question does not have
     * last in the order given; repeats are kept.
     */
    Choices inOrderOf(Question question) {
      List<String> sorted = new ArrayList<>(optionIds);
      sorted.sort(
          Comparator.comparingInt(
              c -> {
                int index = question.optionIndex(c);
                return index < 0 ? question.options().size() : index;
              }));
      return sorted.equals(optionIds) ? this : new Choices(sorted, notesOf(this));
    }

    /**
     * Equal to choices of the same options, each chosen as many times, in any order, with the same
     * other text and code: the order of choices carries no meaning, and a response written with its
     * choices in the instrument's order reads back equal.
     */
    @Override
    public boolean equals(Object other) {
      return other instanceof Choices that
          && sameNotes(that)
          && that.optionIds.size() == optionIds.size()
          && sorted(that.optionIds).equals(sorted(optionIds));
    }

    @Override
    public int hashCode() {
      int hash = 0;
      for (String optionId : optionIds) {
        hash += optionId.hashCode(); // the same whatever the order
      }
      return 31 * hash + notesHash();
    }

    private static List<String> sorted(List<String> optionIds) {
      List<String> sorted = new ArrayList<>(optionIds);
      Collections.sort(sorted);
      return sorted;
    }

    @Override
    public String toString() {
      return "Answer[choices " + String.join(", ", optionIds) + notesString() + "]";
    }
  }

  /**
   * Free text, for text questions: {@code {"text": "..."}}. Made by {@link Answer#ofText(String)}.
   * Other text is kept if given, for validation to report: a text answer should not carry it.
   */
  public static final class Text extends Answer {
    private final String text;

    private Text(String text, AnswerNotes notes) {
      super(notes);
      this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * Returns the text.
     *
     * @return the text as given, possibly blank
     */
    public String text() {
      return text;
    }

    @Override
    Answer with(AnswerNotes notes) {
      return new Text(text, notes);
    }

    @Override
    public List<String> chosen() {
      return List.of();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Text that && that.text.equals(text) && sameNotes(that);
    }

    @Override
    public int hashCode() {
      return 31 * text.hashCode() + notesHash();
    }

    /** Shows the text's length, never the text: it may hold personal data. */
    @Override
    public String toString() {
      return "Answer[text (" + text.length() + " characters)" + notesString() + "]";
    }
  }

  private static AnswerNotes notesOf(Answer answer) {
    return answer.notes;
  }
}
