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
import java.util.function.Predicate;
import java.util.stream.Collector;
import org.immutables.value.Value;

/**
 * How often each option of a question was chosen, among the jurisdictions that answered it (as the
 * report counts q6: "35 of 39 answering"); for a multi-choice question, also how many chose two or
 * more of the substantive options ("Other" and exclusive options such as "not used" are not counted
 * for that). Any question with options can be counted: yes-no (q10, a national strategy: 27 of 42),
 * single and multi-choice. So can a text question that the instrument gives analyst codes (q78;
 * q52, whether a hotline is part of INHOPE): its codes are counted as options, and an answer
 * without a code counts only among those who answered.
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
   * @return the count; 0 for a question that takes one option or code
   */
  public abstract int twoOrMore();

  /**
   * Returns the kind of question counted.
   *
   * @return the kind; {@link QuestionKind#TEXT} for a coded text question
   */
  public abstract QuestionKind kind();

  /**
   * Returns the filters that chose the jurisdictions counted, as {@link Tally#filters()}: Figure 4
   * counts q17 where {@code incomeGroup=high}.
   *
   * @return the filters; empty for a whole cohort
   */
  public abstract List<Where> filters();

  /**
   * Tells whether any jurisdiction counted is synthetic.
   *
   * @return true if made-up data were counted
   */
  public abstract boolean synthetic();

  /**
   * Returns how many chose an option.
   *
   * @param optionId the option
   * @return the count
   * @throws io.github.mnr4j.MnrException naming the option and the known options if the question
   *     has no such option
   */
  public int count(String optionId) {
    return options().stream()
        .filter(o -> o.optionId().equals(optionId))
        .findFirst()
        .orElseThrow(
            () ->
                Messages.unknown(
                    "option",
                    optionId,
                    "question " + questionId(),
                    options().stream().map(OptionCount::optionId).collect(toUnmodifiableList())))
        .count();
  }

  /**
   * Returns the tally as a table: option (or code), count, of, percent; for a multi-choice question
   * a last row, {@code (two or more)}. Its notes say which jurisdictions were counted and whether
   * the data are synthetic.
   *
   * @return the table
   */
  public TextTable table() {
    List<List<String>> rows = new ArrayList<>();
    for (OptionCount option : options()) {
      rows.add(
          List.of(
              option.optionId(),
              String.valueOf(option.count()),
              String.valueOf(answered()),
              percent(option.count())));
    }
    if (kind() == QuestionKind.MULTI_CHOICE) {
      rows.add(
          List.of(
              "(two or more)",
              String.valueOf(twoOrMore()),
              String.valueOf(answered()),
              percent(twoOrMore())));
    }
    return TextTable.of(HEADER, rows).withNotes(Notes.of(filters(), synthetic()));
  }

  /** The columns of {@link #table()}. */
  static final List<String> HEADER = List.of("option", "count", "of", "percent");

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
   * Starts counting the options (or codes) of a question one assessment at a time, in memory that
   * depends on the number of options alone; accumulators of parts combine.
   *
   * <pre>{@code
   * OptionTally.Accumulator uses = OptionTally.accumulator(survey, "q6");
   * assessments.forEach(uses::add);
   * uses.result().count("good-practice-reference");
   * }</pre>
   *
   * @param instrument the instrument the assessments answer
   * @param questionId a question of the instrument with options or analyst codes, such as {@code
   *     q6}
   * @return an empty accumulator
   * @throws MnrException naming the question if the instrument has no such question, or it has
   *     neither options nor codes
   */
  public static Accumulator accumulator(Instrument instrument, String questionId) {
    return accumulator(instrument, questionId, List.of());
  }

  /**
   * Starts counting the options of a question in the part of a stream that filters keep: an
   * assessment is counted if it meets every filter, and the result records the filters.
   *
   * <pre>{@code
   * OptionTally.Accumulator figure4 = OptionTally.accumulator(survey, "q17",
   *     List.of(Where.parse("incomeGroup=high")));
   * }</pre>
   *
   * @param instrument the instrument the assessments answer
   * @param questionId a question of the instrument with options or analyst codes
   * @param filters the filters an assessment must meet to be counted
   * @return an empty accumulator
   * @throws MnrException as {@link #accumulator(Instrument, String)} does
   */
  public static Accumulator accumulator(
      Instrument instrument, String questionId, List<Where> filters) {
    return new Accumulator(instrument, questionId, filters);
  }

  /**
   * Returns a collector that counts the options over a stream of assessments, sequential or
   * parallel.
   *
   * @param instrument the instrument the assessments answer
   * @param questionId a question of the instrument with options or analyst codes
   * @return the collector
   * @throws MnrException as {@link #accumulator} does
   */
  public static Collector<Assessment, ?, OptionTally> collector(
      Instrument instrument, String questionId) {
    accumulator(instrument, questionId);
    return Collector.of(
        () -> accumulator(instrument, questionId),
        Accumulator::add,
        Accumulator::combine,
        Accumulator::result);
  }

  /**
   * Counts the options of one question one assessment at a time: only enabled answers count (an
   * assessment leaves out answers to disabled questions), an option listed twice counts once. Not
   * thread-safe: give each thread its own, then combine them.
   */
  public static final class Accumulator {
    private final String instrument;
    private final Question question;

    /** Whether the question is a text question counted by its analyst codes. */
    private final boolean coded;

    /** The options' ids, or the codes, in the question's order. */
    private final List<String> values;

    private final Map<String, Integer> indexes = new HashMap<>();

    /** Whether each option counts towards "two or more": not "Other", not exclusive. */
    private final boolean[] substantive;

    private final int[] counts;
    private final List<Where> filters;
    private final Predicate<Assessment> keep;

    /** The jurisdictions counted, whether they answered or not. */
    private int jurisdictions;

    private int answered;
    private int twoOrMore;
    private boolean synthetic;

    Accumulator(Instrument instrument, String questionId, List<Where> filters) {
      this.filters = List.copyOf(filters);
      this.keep = Notes.keeper(this.filters);
      Optional<Question> found = instrument.findQuestion(questionId);
      if (found.isEmpty()) {
        throw new MnrException(
            "'"
                + Messages.clip(questionId)
                + "' is not a question of '"
                + instrument.reference()
                + "'");
      }
      this.instrument = instrument.reference();
      this.question = found.get();
      this.coded = question.options().isEmpty();
      if (coded && question.codes().isEmpty()) {
        throw new MnrException(
            "'"
                + question.id()
                + "' is a text question without analyst"
                + " codes, so there is nothing to count; questions with options or codes can be"
                + " counted");
      }
      this.values =
          coded
              ? question.codes()
              : question.options().stream().map(Option::id).collect(toUnmodifiableList());
      this.substantive = new boolean[values.size()];
      for (int o = 0; o < values.size(); o++) {
        indexes.putIfAbsent(values.get(o), o);
        substantive[o] =
            question.kind() == QuestionKind.MULTI_CHOICE
                && !question.options().get(o).exclusive()
                && !question.options().get(o).carriesText();
      }
      this.counts = new int[values.size()];
    }

    /**
     * Counts an assessment's answer to the question, if it has one and the assessment meets the
     * accumulator's filters.
     *
     * @param assessment an assessment of a response to this accumulator's instrument
     * @throws MnrException if the response answers another instrument
     */
    public void add(Assessment assessment) {
      if (!assessment.instrument().equals(instrument)) {
        throw new MnrException(
            "counting the options of '"
                + question.id()
                + "' of '"
                + instrument
                + "', but "
                + assessment.jurisdiction()
                + " answers '"
                + Messages.clip(assessment.instrument())
                + "'");
      }
      if (!keep.test(assessment)) {
        return;
      }
      jurisdictions++;
      synthetic |= assessment.jurisdiction().isSynthetic();
      Answer answer = assessment.answers().get(question.id());
      if (answer == null) {
        return;
      }
      answered++;
      boolean[] chosen = new boolean[counts.length];
      int substantiveChosen = 0;
      for (String optionId :
          coded ? answer.code().stream().collect(toUnmodifiableList()) : answer.chosen()) {
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
     * @param other an accumulator of the same instrument, question and filters
     * @return this accumulator
     * @throws MnrException if the other counts another question, or has other filters
     * @throws ArithmeticException if a count would pass {@link Integer#MAX_VALUE}
     */
    public Accumulator combine(Accumulator other) {
      if (!instrument.equals(other.instrument)
          || !question.equals(other.question)
          || !filters.equals(other.filters)) {
        throw new MnrException(
            "cannot combine the options of '"
                + other.question.id()
                + "' of '"
                + other.instrument
                + "' (filters "
                + other.filters
                + ") with those of '"
                + question.id()
                + "' of '"
                + instrument
                + "' (filters "
                + filters
                + ")");
      }
      jurisdictions = Math.addExact(jurisdictions, other.jurisdictions);
      synthetic |= other.synthetic;
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
      ImmutableOptionTally.Builder tally =
          ImmutableOptionTally.builder()
              .questionId(question.id())
              .kind(question.kind())
              .answered(answered)
              .twoOrMore(twoOrMore)
              .addAllFilters(filters)
              .synthetic(synthetic);
      for (int o = 0; o < counts.length; o++) {
        tally.addOption(OptionCount.of(values.get(o), counts[o]));
      }
      return tally.build();
    }

    /** The jurisdictions counted, answering or not. */
    int jurisdictions() {
      return jurisdictions;
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
