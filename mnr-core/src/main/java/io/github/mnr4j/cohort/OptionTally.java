package io.github.mnr4j.cohort;

import static java.util.stream.Collectors.toUnmodifiableList;

import io.github.mnr4j.TextTable;
import io.github.mnr4j.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
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

  @Override
  public String toString() {
    return "OptionTally[" + questionId() + ", " + answered() + " answered]";
  }
}
