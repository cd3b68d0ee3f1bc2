package io.github.mnr4j.survey;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which questions of an instrument a response enables: a question is disabled when a skip rule over
 * it fires ("if q7 = no, skip to q9" disables q8), and then it must stay unanswered. Computed by
 * {@link Validator#enablement(Response)}.
 *
 * <pre>{@code
 * Response draft = Response.builder()
 *     .instrumentReference("wpga-mnr-survey@2021")
 *     .jurisdiction(Jurisdiction.of("C01", "Country 01"))
 *     .status(ResponseStatus.IN_PROGRESS)
 *     .putAnswer("q7", Answer.ofChoice("no"))
 *     .build();
 * Enablement enablement = Validator.of(survey).enablement(draft);
 * enablement.isEnabled("q8");  // false
 * enablement.findDisablingRule("q8");  // Optional[if q7 = no, skip to q9]
 * enablement.explain("q8");  // "q8 is disabled: if q7 = no, skip to q9"
 * // the answers that count: none to a disabled question
 * enablement.enabledAnswers();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Enablement {
  private final Validator validator;

  /** The skip rules that fire, as a bit set over their indexes (see Validator#firstFired). */
  private final long[] fired;

  /** Per question position: the response's answer, or null. */
  private final @Nullable Answer[] answers;

  private final Map<String, Answer> enabledAnswers = new EnabledAnswers();

  /** Takes the arrays, which the validator made for it alone. */
  Enablement(Validator validator, long[] fired, @Nullable Answer[] answers) {
    this.validator = validator;
    this.fired = fired;
    this.answers = answers;
  }

  /** The rule that disables the question at a position, or null when it is enabled. */
  @Nullable SkipRule disabledBy(int position) {
    int rule = validator.firstFired(position, fired);
    return rule < 0 ? null : validator.instrument().skipRules().get(rule);
  }

  /** Whether the question at a position of the instrument is enabled. */
  boolean isEnabled(int position) {
    Objects.checkIndex(position, answers.length);
    return validator.firstFired(position, fired) < 0;
  }

  /**
   * Tells whether a question is enabled.
   *
   * @param questionId a question of the instrument
   * @return true if no skip rule disables it
   * @throws io.github.mnr4j.MnrException naming the id if the instrument has no such question
   */
  public boolean isEnabled(String questionId) {
    return isEnabled(validator.instrument().position(questionId));
  }

  /**
   * Finds the rule that disables a question.
   *
   * @param questionId a question of the instrument
   * @return the first rule (in the instrument's order) that disables it, or empty if enabled
   * @throws io.github.mnr4j.MnrException naming the id if the instrument has no such question
   */
  public Optional<SkipRule> findDisablingRule(String questionId) {
    return Optional.ofNullable(disabledBy(validator.instrument().position(questionId)));
  }

  /**
   * Returns the ids of the disabled questions, in the instrument's order.
   *
   * @return question ids, an immutable list
   */
  public List<String> disabledQuestionIds() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < answers.length; i++) {
      if (!isEnabled(i)) {
        ids.add(validator.instrument().questions().get(i).id());
      }
    }
    return List.copyOf(ids);
  }

  /**
   * Returns the response's answers to enabled questions: what counts as its evidence, and what a
   * form keeps when it saves the response. Answers to disabled questions, and to questions the
   * instrument does not have, are left out.
   *
   * @return the answers by question id, in the instrument's order, an immutable map
   */
  public Map<String, Answer> enabledAnswers() {
    return enabledAnswers;
  }

  /**
   * Explains in a sentence whether a question is enabled, and why not.
   *
   * @param questionId a question of the instrument
   * @return such as {@code q8 is disabled: if q7 = no, skip to q9}
   */
  public String explain(String questionId) {
    return findDisablingRule(questionId)
        .map(rule -> questionId + " is disabled: " + rule)
        .orElse(questionId + " is enabled");
  }

  @Override
  public String toString() {
    return "Enablement["
        + disabledQuestionIds().size()
        + " of "
        + answers.length
        + " questions disabled]";
  }

  /** The enabled answers, read by position from the arrays; no copy is made. */
  private final class EnabledAnswers extends AbstractMap<String, Answer> {
    @Override
    public @Nullable Answer get(@Nullable Object key) {
      if (!(key instanceof String id)) {
        return null;
      }
      Integer position = validator.instrument().positions().get(id);
      return position == null ? null : answerAt(position);
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return get(key) != null;
    }

    @Override
    public Set<Entry<String, Answer>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<String, Answer>> iterator() {
          return new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
              int p = from;
              while (p < answers.length && answerAt(p) == null) {
                p++;
              }
              return p;
            }

            @Override
            public boolean hasNext() {
              return next < answers.length;
            }

            @Override
            public Entry<String, Answer> next() {
              if (next >= answers.length) {
                throw new NoSuchElementException();
              }
              Answer answer = Objects.requireNonNull(answerAt(next));
              Entry<String, Answer> entry =
                  new SimpleImmutableEntry<>(
                      validator.instrument().questions().get(next).id(), answer);
              next = advance(next + 1);
              return entry;
            }
          };
        }

        @Override
        public int size() {
          int size = 0;
          for (int p = 0; p < answers.length; p++) {
            size += answerAt(p) == null ? 0 : 1;
          }
          return size;
        }
      };
    }
  }

  /** The answer to the question at a position if it is enabled, else null. */
  @Nullable Answer answerAt(int position) {
    Answer answer = answers[position];
    return answer != null && validator.firstFired(position, fired) < 0 ? answer : null;
  }
}
