package io.github.mnr4j.survey;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One answer: a choice (yes-no and single-choice questions), a list of choices (multi-choice),
 * or a text; optionally with the free text of an "Other" option and an analyst's code.
 *
 * <pre>{@code
 * Answer.ofChoice("yes");
 * Answer.ofChoices("csam-possession", "technology-facilitated-abuse");
 * Answer.ofChoices("good-practice-reference", "other").withOtherText("Training model");
 * Answer.ofText("The terminology guidelines were adopted in 2020 ...").withCode("yes");
 * }</pre>
 *
 * <p>An answer keeps what it was given: repeated choices and unknown option ids are kept, for
 * validation to report rather than to be lost. Free texts never appear in {@link #toString()}:
 * they may hold personal data.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Answer {
  Answer() {}

  /** The three forms an answer can take. */
  public enum Form {
    /** One option id: {@code {"choice": "yes"}}. */
    CHOICE,
    /** Option ids: {@code {"choices": ["a", "b"]}}. */
    CHOICES,
    /** Free text: {@code {"text": "..."}}. */
    TEXT
  }

  /**
   * Returns the answer's form.
   *
   * @return the form
   */
  public abstract Form form();

  /**
   * Returns the chosen option's id, for the {@link Form#CHOICE} form.
   *
   * @return the option id, or empty for the other forms
   */
  public abstract Optional<String> choice();

  /**
   * Returns the chosen option ids, for the {@link Form#CHOICES} form, in the order given.
   *
   * @return the option ids; empty for the other forms, or when none applies
   */
  public abstract ImmutableList<String> choices();

  /**
   * Returns the text, for the {@link Form#TEXT} form.
   *
   * @return the text, or empty for the other forms
   */
  public abstract Optional<String> text();

  /**
   * Returns the free text given with an option that carries text ("Other (please describe)").
   *
   * @return the text, or empty
   */
  public abstract Optional<String> otherText();

  /**
   * Returns an analyst's code, such as {@code yes} for a q78 text that describes adopted
   * terminology. Status and scoring read the code, not the text.
   *
   * @return the code, or empty
   */
  public abstract Optional<String> code();

  /**
   * Creates a choice answer.
   *
   * @param optionId the chosen option, such as {@code yes}
   * @return the answer
   */
  public static Answer ofChoice(String optionId) {
    return ImmutableAnswer.builder().form(Form.CHOICE).choice(optionId).build();
  }

  /**
   * Creates a multi-choice answer.
   *
   * @param optionIds the chosen options; none when none applies
   * @return the answer
   */
  public static Answer ofChoices(String... optionIds) {
    return ofChoices(Arrays.asList(optionIds));
  }

  /**
   * Creates a multi-choice answer.
   *
   * @param optionIds the chosen options; none when none applies
   * @return the answer
   */
  public static Answer ofChoices(Iterable<String> optionIds) {
    return ImmutableAnswer.builder().form(Form.CHOICES).addAllChoices(optionIds).build();
  }

  /**
   * Creates a text answer.
   *
   * @param text the text
   * @return the answer
   */
  public static Answer ofText(String text) {
    return ImmutableAnswer.builder().form(Form.TEXT).text(text).build();
  }

  /**
   * Returns a copy with an analyst's code.
   *
   * @param code the code, such as {@code yes}
   * @return the coded answer
   */
  public Answer withCode(String code) {
    return ImmutableAnswer.builder().from(this).code(code).build();
  }

  /**
   * Returns a copy with the free text of an option that carries text.
   *
   * @param otherText the text
   * @return the answer with the text
   */
  public Answer withOtherText(String otherText) {
    return ImmutableAnswer.builder().from(this).otherText(otherText).build();
  }

  /**
   * Returns a copy whose choices follow the question's option order, options the question
   * does not have last in the order given; repeats are kept. Choice order carries no meaning,
   * so this is how the library writes choices.
   *
   * @param question the question answered
   * @return the answer in the question's order (this answer if it is already)
   */
  public Answer inOrderOf(Question question) {
    if (form() != Form.CHOICES) {
      return this;
    }
    List<String> order = question.optionIds();
    List<String> sorted = new ArrayList<>(choices());
    sorted.sort(Comparator.comparingInt(c -> {
      int index = order.indexOf(c);
      return index < 0 ? order.size() : index;
    }));
    return sorted.equals(choices()) ? this
        : ImmutableAnswer.builder().from(this).choices(sorted).build();
  }

  /**
   * Tells whether the answer chose an option, in either choice form.
   *
   * @param optionId an option id
   * @return true if it is the choice or among the choices
   */
  public boolean chose(String optionId) {
    return choice().map(optionId::equals).orElse(false) || choices().contains(optionId);
  }

  /**
   * Returns how many distinct options the answer chose.
   *
   * @return 1 for a choice, the number of distinct choices, 0 for a text
   */
  public int chosenCount() {
    return choice().isPresent() ? 1 : (int) choices().stream().distinct().count();
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("answer");
    boolean consistent;
    switch (form()) {
      case CHOICE:
        consistent = choice().isPresent() && choices().isEmpty() && text().isEmpty();
        break;
      case CHOICES:
        consistent = choice().isEmpty() && text().isEmpty();
        break;
      default:
        consistent = text().isPresent() && choice().isEmpty() && choices().isEmpty();
    }
    if (!consistent) {
      checks.add("form", "an answer holds exactly one of a choice, choices or a text");
    }
    code().ifPresent(c -> checks.notBlank("code", c));
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Answer[");
    switch (form()) {
      case CHOICE:
        out.append("choice ").append(choice().orElseThrow());
        break;
      case CHOICES:
        out.append("choices ").append(String.join(", ", choices()));
        break;
      default:
        out.append("text (").append(text().orElseThrow().length()).append(" characters)");
    }
    otherText().ifPresent(t -> out.append("; other text (").append(t.length())
        .append(" characters)"));
    code().ifPresent(c -> out.append("; code ").append(c));
    return out.append(']').toString();
  }
}
