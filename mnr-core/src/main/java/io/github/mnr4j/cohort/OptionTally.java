package io.github.mnr4j.cohort;

import static java.util.stream.Collectors.toUnmodifiableList;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collector;
import org.immutables.value.Value;

/**
 * How often each option of a multi-choice question was chosen, among the jurisdictions that
 * answered it (as the report counts q6: "35 of 39 answering"), and how many chose two or more of
 * the substantive options ("Other" and exclusive options such as "not used" are not counted for
 * that).
 *
 * <pre>{@code
 * OptionTally uses = analysis.options("q6");     // the report's Figure 2
 * uses.count("good-practice-reference");          // 35
 * uses.answered();                                // 39
 * uses.twoOrMore();                               // 26
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class OptionTally {
  OptionTally() {}

  /**
   * Returns the question.
   *
   * @return the question id
   */
  public abstract String questionId();

  /**
   * Returns how many jurisdictions answered the question (enabled answers only).
   *
   * @return the denominator
   */
  public abstract int answered();

  /**
   * Returns each option with its count, in the question's order.
   *
   * @return the counts
   */
  public abstract List<OptionCount> options();

  /**
   * Returns how many chose two or more of the substantive options.
   *
   * @return the count
   */
  public abstract int twoOrMore();

  /**
   * Returns how many chose an option.
   *
   * @param optionId the option
   * @return the count
   * @throws io.github.mnr4j.MnrException naming the option and the known options if the
   *     question has no such option
   */
  public int count(String optionId) {
    return options().stream().filter(o -> o.optionId().equals(optionId)).findFirst()
        .orElseThrow(() -> Messages.unknown("option", optionId, "question " + questionId(),
            options().stream().map(OptionCount::optionId).collect(toUnmodifiableList())))
        .count();
  }

  /**
   * Returns the tally as a table: option, text, count, of, percent.
   *
   * @return the table
   */
  public TextTable table() {
    List<List<String>> rows = new ArrayList<>();
    for (OptionCount option : options()) {
      rows.add(List.of(option.optionId(), String.valueOf(option.count()),
          String.valueOf(answered()), percent(option.count())));
    }
    rows.add(List.of("(two or more)", String.valueOf(twoOrMore()), String.valueOf(answered()),
        percent(twoOrMore())));
    return TextTable.of(List.of("option", "count", "of", "percent"), rows);
  }

  private String percent(int count) {
    OptionalInt percent = TallyRow.percent(count, answered());
    return percent.isPresent() ? String.valueOf(percent.getAsInt()) : "";
  }

  /** One option's count. */
  @Value.Immutable
  public abstract static class OptionCount {
    OptionCount() {}

    /**
     * Returns the option.
     *
     * @return the option id
     */
    public abstract String optionId();

    /**
     * Returns how many chose it.
     *
     * @return the count
     */
    public abstract int count();

    static OptionCount of(String optionId, int count) {
      return ImmutableOptionCount.builder().optionId(optionId).count(count).build();
    }
  }

  /**
   * Starts counting the options of a multi-choice question one assessment at a time, in memory
   * that depends on the number of options alone; accumulators of parts combine.
   *
   * <pre>{@code
   * OptionTally.Accumulator uses = OptionTally.accumulator(survey, "q6");
   * assessments.forEach(uses::add);
   * uses.result().count("good-practice-reference");
   * }</pre>
   *
   * @param instrument the instrument the assessments answer
   * @param questionId a multi-choice question of the instrument, such as {@code q6}
   * @return an empty accumulator
   * @throws MnrException naming the question if it is not a multi-choice question of the
   *     instrument
   */
  public static Accumulator accumulator(Instrument instrument, String questionId) {
    return new Accumulator(instrument, questionId);
  }

  /**
   * Returns a collector that counts the options over a stream of assessments, sequential or
   * parallel.
   *
   * @param instrument the instrument the assessments answer
   * @param questionId a multi-choice question of the instrument
   * @return the collector
   * @throws MnrException as {@link #accumulator} does
   */
  public static Collector<Assessment, ?, OptionTally> collector(Instrument instrument,
      String questionId) {
    accumulator(instrument, questionId);
    return Collector.of(() -> accumulator(instrument, questionId), Accumulator::add,
        Accumulator::combine, Accumulator::result);
  }

  /**
   * Counts the options of one question one assessment at a time: only enabled answers count
   * (an assessment leaves out answers to disabled questions), an option listed twice counts
   * once. Not thread-safe: give each thread its own, then combine them.
   */
  public static final class Accumulator {
    private final String instrument;
    private final Question question;
    private final Map<String, Integer> indexes = new HashMap<>();
    /** Whether each option counts towards "two or more": not "Other", not exclusive. */
    private final boolean[] substantive;
    private final int[] counts;
    private int answered;
    private int twoOrMore;

    Accumulator(Instrument instrument, String questionId) {
      Optional<Question> found = instrument.findQuestion(questionId);
      if (found.isEmpty() || found.get().kind() != QuestionKind.MULTI_CHOICE) {
        throw new MnrException("'" + Messages.clip(questionId) + "' is not a multi-choice"
            + " question of '" + instrument.reference() + "'");
      }
      this.instrument = instrument.reference();
      this.question = found.get();
      List<Option> options = question.options();
      this.substantive = new boolean[options.size()];
      for (int o = 0; o < options.size(); o++) {
        indexes.putIfAbsent(options.get(o).id(), o);
        substantive[o] = !options.get(o).exclusive() && !options.get(o).carriesText();
      }
      this.counts = new int[options.size()];
    }

    /**
     * Counts an assessment's answer to the question, if it has one.
     *
     * @param assessment an assessment of a response to this accumulator's instrument
     * @throws MnrException if the response answers another instrument
     */
    public void add(Assessment assessment) {
      if (!assessment.instrument().equals(instrument)) {
        throw new MnrException("counting the options of '" + question.id() + "' of '"
            + instrument + "', but " + assessment.jurisdiction() + " answers '"
            + Messages.clip(assessment.instrument()) + "'");
      }
      Answer answer = assessment.answers().get(question.id());
      if (answer == null) {
        return;
      }
      answered++;
      boolean[] chosen = new boolean[counts.length];
      int substantiveChosen = 0;
      for (String optionId : answer.chosen()) {
        Integer o = indexes.get(optionId);
        if (o != null && !chosen[o]) {
          chosen[o] = true;
          counts[o]++;
          substantiveChosen += substantive[o] ? 1 : 0;
        }
      }
      twoOrMore += substantiveChosen >= 2 ? 1 : 0;
    }

    /**
     * Adds another accumulator's counts to this one's.
     *
     * @param other an accumulator of the same instrument and question
     * @return this accumulator
     * @throws MnrException if the other counts another question
     * @throws ArithmeticException if a count would pass {@link Integer#MAX_VALUE}
     */
    public Accumulator combine(Accumulator other) {
      if (!instrument.equals(other.instrument) || !question.equals(other.question)) {
        throw new MnrException("cannot combine the options of '" + other.question.id()
            + "' of '" + other.instrument + "' with those of '" + question.id() + "' of '"
            + instrument + "'");
      }
      for (int o = 0; o < counts.length; o++) {
        counts[o] = Math.addExact(counts[o], other.counts[o]);
      }
      answered = Math.addExact(answered, other.answered);
      twoOrMore = Math.addExact(twoOrMore, other.twoOrMore);
      return this;
    }

    /**
     * Returns the counts so far; counting may go on.
     *
     * @return the counts, the options in the question's order
     */
    public OptionTally result() {
      ImmutableOptionTally.Builder tally = ImmutableOptionTally.builder()
          .questionId(question.id()).answered(answered).twoOrMore(twoOrMore);
      List<Option> options = question.options();
      for (int o = 0; o < counts.length; o++) {
        tally.addOption(OptionCount.of(options.get(o).id(), counts[o]));
      }
      return tally.build();
    }

    @Override
    public String toString() {
      return "OptionTally.Accumulator[" + question.id() + ", " + answered + " answered]";
    }
  }

  @Override
  public String toString() {
    return "OptionTally[" + questionId() + ", " + answered() + " answered]";
  }
}
