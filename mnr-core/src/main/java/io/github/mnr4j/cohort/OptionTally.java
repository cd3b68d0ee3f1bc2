package io.github.mnr4j.cohort;

import static java.util.stream.Collectors.toUnmodifiableList;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.crosswalk.Migration;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.InvalidResponses;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionKind;
import io.github.mnr4j.survey.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
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
 * // the report's Figure 2
 * OptionTally uses = analysis.options("q6");
 * uses.count("good-practice-reference");          // 35
 * uses.answeredCount();                           // 39
 * uses.twoOrMoreCount();                          // 26
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
  public abstract int answeredCount();

  /**
   * Returns each option's count (or code's, for a coded text question), in the question's order.
   *
   * @return counts by option id, an immutable map
   */
  public abstract Map<String, Integer> counts();

  /**
   * Returns how many chose two or more of the substantive options.
   *
   * @return the count; 0 for a question that takes one option or code
   */
  public abstract int twoOrMoreCount();

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
   * Returns how many jurisdictions were counted, whether they answered the question or not.
   *
   * @return the count
   */
  public abstract int jurisdictionCount();

  /**
   * Returns how many of the jurisdictions counted answer another instrument whose answers their
   * crosswalk does not carry to the question: it is not asked there, or the answer given does not
   * determine one. They are not in the base ({@link #answeredCount()}).
   *
   * @return the count; 0 when every jurisdiction answers the question's instrument
   */
  @Value.Default
  public int notCarriedCount() {
    return 0;
  }

  /**
   * Returns how many of the jurisdictions the filters left out answered the question: with the
   * whole cohort's counts, they are what a {@link DisclosurePolicy} needs to know whether the
   * filtered counts may be shown.
   *
   * @return the count; 0 without filters
   */
  @Value.Default
  public int leftOutAnsweredCount() {
    return 0;
  }

  /**
   * Returns how many of the jurisdictions counted are {@linkplain
   * io.github.mnr4j.survey.Jurisdiction#isSynthetic() synthetic}: made up, as the example cohort's
   * are. The table then says how many of how many.
   *
   * @return the count; 0 for real data only
   */
  public abstract int syntheticCount();

  /**
   * Tells whether any jurisdiction counted is synthetic.
   *
   * @return true if made-up data were counted
   */
  public boolean isSynthetic() {
    return syntheticCount() > 0;
  }

  /**
   * Returns the responses counted that had validation errors, as {@link Tally#invalidResponses()}.
   *
   * @return the summary; empty when every response was valid
   */
  public abstract InvalidResponses invalidResponses();

  /**
   * Returns, for a coded question with {@linkplain Question#codeGroups() code groups}, how many
   * jurisdictions' answers carry a code of each group: q52's {@code inhope}, "29 of 38".
   *
   * @return counts by group id, in the question's order; empty for a question without groups
   */
  public abstract Map<String, Integer> groupCounts();

  /**
   * Returns the question's code groups, each with its codes, as {@link Question#codeGroups()}: the
   * table gives each code's share of its group ("19 of 29").
   *
   * @return code lists by group id; empty for a question without groups
   */
  public abstract Map<String, List<String>> codeGroups();

  /**
   * Returns the rows of the {@linkplain #toTable() table} whose counts <i>Framing the future</i>
   * (2022) publishes for this question on this base (the whole review, or the part the filters
   * name): option ids or codes, {@code "(two or more)"}, a code group's id, or {@code "CODE of
   * GROUP"} for a code's share of its group. For the example cohort these are the report's numbers,
   * and the other counts are invented.
   *
   * @return row ids; empty when the report publishes none
   */
  public abstract Set<String> publishedRowIds();

  /**
   * Returns how many chose an option.
   *
   * @param optionId the option
   * @return the count
   * @throws io.github.mnr4j.MnrException naming the option and the known options if the question
   *     has no such option
   */
  public int count(String optionId) {
    Integer count = counts().get(optionId);
    if (count == null) {
      throw new MnrException(
          Messages.unknown("option", optionId, "question " + questionId(), counts().keySet()));
    }
    return count;
  }

  /**
   * Returns the tally as a table: option (or code), count, of, percent; for a multi-choice question
   * a last row, {@code (two or more)}. Its notes say which jurisdictions were counted and whether
   * the data are synthetic.
   *
   * @return the table
   */
  public TextTable toTable() {
    List<List<String>> rows = new ArrayList<>();
    counts()
        .forEach(
            (option, count) ->
                rows.add(
                    List.of(
                        option,
                        String.valueOf(count),
                        String.valueOf(answeredCount()),
                        percent(count),
                        published(option))));
    Map<String, List<String>> groups = codeGroups();
    groupCounts()
        .forEach(
            (group, count) -> {
              rows.add(
                  List.of(
                      group,
                      String.valueOf(count),
                      String.valueOf(answeredCount()),
                      percent(count, answeredCount()),
                      published(group)));
              for (String code : groups.getOrDefault(group, List.of())) {
                String share = share(code, group);
                rows.add(
                    List.of(
                        share,
                        String.valueOf(count(code)),
                        String.valueOf(count),
                        percent(count(code), count),
                        published(share)));
              }
            });
    if (kind() == QuestionKind.MULTI_CHOICE) {
      rows.add(
          List.of(
              Published.TWO_OR_MORE,
              String.valueOf(twoOrMoreCount()),
              String.valueOf(answeredCount()),
              percent(twoOrMoreCount()),
              published(Published.TWO_OR_MORE)));
    }
    List<String> notes = new ArrayList<>();
    notes.add(publishedNote(!publishedRowIds().isEmpty(), isSynthetic()));
    notes.addAll(Notes.of(filters(), syntheticCount(), jurisdictionCount(), invalidResponses()));
    if (notCarriedCount() > 0) {
      notes.add(notCarriedNote(notCarriedCount(), jurisdictionCount(), questionId()));
    }
    return TextTable.of(HEADER, rows).withNotes(notes);
  }

  /** The columns of {@link #toTable()}. */
  static final List<String> HEADER = List.of("option", "count", "of", "percent", "published");

  /** Whether the report publishes a row's count on this base: yes or no. */
  String published(String rowId) {
    return publishedRowIds().contains(rowId) ? "yes" : "no";
  }

  /** What the published column means, for a cohort's data or for the example's. */
  static String publishedNote(boolean anyPublished, boolean synthetic) {
    String meaning =
        anyPublished
            ? "published: whether Framing the future (2022) publishes the row's count on this base"
            : "published: Framing the future (2022) publishes none of these counts on this base";
    return meaning
        + (synthetic
            ? "; the synthetic example reproduces the published counts, and the others are"
                + " invented."
            : ", for comparison.");
  }

  private String percent(int count) {
    return percent(count, answeredCount());
  }

  private static String percent(int count, int of) {
    OptionalInt percent = TallyRow.percent(count, of);
    return percent.isPresent() ? String.valueOf(percent.getAsInt()) : "";
  }

  /** Says how many jurisdictions' answers no crosswalk carries to the question. */
  static String notCarriedNote(int notCarried, int of, String questionId) {
    return notCarried
        + " of the "
        + of
        + " jurisdictions answer another instrument that does not ask "
        + questionId
        + ", or whose answer its crosswalk does not carry: not in the base";
  }

  /** The id of the row of a code's share of its group: {@code CODE of GROUP}. */
  static String share(String code, String group) {
    return code + " of " + group;
  }

  /**
   * Starts an option tally that counts assessments one at a time, in memory that depends on the
   * question alone; with filters, an assessment is counted if it meets every filter.
   *
   * <pre>{@code
   * Accumulator<Assessment, OptionTally> uses = OptionTally.accumulator(survey, "q6");
   * assessments.forEach(uses::add);
   * uses.result().count("good-practice-reference");
   * }</pre>
   *
   * <p>{@code add} refuses an assessment of another instrument; to count them too, give their
   * crosswalks to this one ({@link #accumulator(Instrument, String, List, Where...)}).
   *
   * @param instrument the instrument the assessments answer
   * @param questionId a question with options, or a text question with analyst codes
   * @param filters the filters; none for all
   * @return an empty accumulator
   * @throws MnrException if the instrument has no such question, or it has neither options nor
   *     codes
   */
  public static Accumulator<Assessment, OptionTally> accumulator(
      Instrument instrument, String questionId, Where... filters) {
    return accumulator(instrument, questionId, List.of(), filters);
  }

  /**
   * Starts an option tally, as {@link #accumulator(Instrument, String, Where...)} does, that also
   * counts assessments of other instruments through their crosswalks to this one: the answer a
   * migration carries to the question counts as an answer to it. A jurisdiction whose instrument
   * does not ask the question, or whose answer the crosswalk does not carry, is counted in {@link
   * #notCarriedCount()}, never as an answer.
   *
   * <pre>{@code
   * // the review's two surveys: q6 of the Alliance's, and the UNICEF survey's u3 through its
   * // crosswalk to it
   * Accumulator<Assessment, OptionTally> uses =
   *     OptionTally.accumulator(
   *         alliance, "q6", List.of(Migration.of(unicefToAlliance, unicef, alliance)));
   * }</pre>
   *
   * @param instrument the instrument whose question is counted
   * @param questionId a question of it with options, or a text question with analyst codes
   * @param others migrations from the other instruments the assessments may answer, each to {@code
   *     instrument}
   * @param filters the filters; none for all
   * @return an empty accumulator
   * @throws MnrException if the instrument has no such question, or it has neither options nor
   *     codes, or a migration does not lead to the instrument, or two lead from one
   */
  public static Accumulator<Assessment, OptionTally> accumulator(
      Instrument instrument, String questionId, List<Migration> others, Where... filters) {
    return new Counts(instrument, questionId, others, List.of(filters), List.of(filters));
  }

  /** The counts of an option tally, filled one assessment at a time. */
  static final class Counts implements Accumulator<Assessment, OptionTally> {
    private final String instrument;
    private final QuestionSource source;
    private final Question question;

    /** Whether the question is a text question counted by its analyst codes. */
    private final boolean coded;

    /** The options' ids, or the codes, in the question's order. */
    private final List<String> values;

    private final Map<String, Integer> indexes = new HashMap<>();

    /** Whether each option counts towards "two or more": not "Other", not exclusive. */
    private final boolean[] substantive;

    private final int[] counts;

    /** The question's code groups, and for each the indexes of its codes among the values. */
    private final Map<String, List<String>> groups;

    private final int[][] groupIndexes;
    private final int[] groupCounts;
    private final List<Where> filters;
    private final Predicate<Assessment> keep;

    /** The jurisdictions counted, whether they answered or not. */
    private int jurisdictions;

    /** The jurisdictions of other instruments whose answers no crosswalk carries here. */
    private int notCarried;

    private int answered;

    /** The jurisdictions the filters left out that answered the question. */
    private int leftOutAnswered;

    private int twoOrMore;
    private int synthetic;
    private final Accumulator<ValidationReport, InvalidResponses> invalid =
        InvalidResponses.accumulator();

    /** The filters that give the base whose published counts apply: a group's adds its own. */
    private final List<Where> base;

    Counts(
        Instrument instrument,
        String questionId,
        List<Migration> others,
        List<Where> filters,
        List<Where> base) {
      this.base = List.copyOf(base);
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
      this.source = new QuestionSource(instrument, questionId, others);
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
                && !question.options().get(o).isExclusive()
                && !question.options().get(o).carriesText();
      }
      this.counts = new int[values.size()];
      this.groups = question.codeGroups();
      this.groupIndexes = new int[groups.size()][];
      int g = 0;
      for (List<String> grouped : groups.values()) {
        groupIndexes[g++] = grouped.stream().mapToInt(indexes::get).toArray();
      }
      this.groupCounts = new int[groups.size()];
    }

    @Override
    public void add(Assessment assessment) {
      QuestionSource.Read read = source.read(assessment);
      if (!keep.test(assessment)) {
        leftOutAnswered += read.answer() != null ? 1 : 0;
        return;
      }
      jurisdictions++;
      synthetic += assessment.jurisdiction().isSynthetic() ? 1 : 0;
      invalid.add(assessment.validation());
      notCarried += read.asked() ? 0 : 1;
      Answer answer = read.answer();
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
      for (int g = 0; g < groupIndexes.length; g++) {
        for (int o : groupIndexes[g]) {
          if (chosen[o]) {
            groupCounts[g]++;
            break;
          }
        }
      }
    }

    @Override
    public Accumulator<Assessment, OptionTally> combine(
        Accumulator<Assessment, OptionTally> accumulator) {
      if (!(accumulator instanceof Counts other)
          || !instrument.equals(other.instrument)
          || !question.equals(other.question)
          || !filters.equals(other.filters)) {
        throw new MnrException("cannot combine " + accumulator + " with " + this);
      }
      jurisdictions = Math.addExact(jurisdictions, other.jurisdictions);
      notCarried = Math.addExact(notCarried, other.notCarried);
      synthetic = Math.addExact(synthetic, other.synthetic);
      invalid.combine(other.invalid);
      for (int o = 0; o < counts.length; o++) {
        counts[o] = Math.addExact(counts[o], other.counts[o]);
      }
      answered = Math.addExact(answered, other.answered);
      leftOutAnswered = Math.addExact(leftOutAnswered, other.leftOutAnswered);
      for (int g = 0; g < groupCounts.length; g++) {
        groupCounts[g] = Math.addExact(groupCounts[g], other.groupCounts[g]);
      }
      twoOrMore = Math.addExact(twoOrMore, other.twoOrMore);
      return this;
    }

    @Override
    public OptionTally result() {
      ImmutableOptionTally.Builder tally =
          ImmutableOptionTally.builder()
              .questionId(question.id())
              .kind(question.kind())
              .answeredCount(answered)
              .leftOutAnsweredCount(leftOutAnswered)
              .twoOrMoreCount(twoOrMore)
              .addAllFilters(filters)
              .jurisdictionCount(jurisdictions)
              .notCarriedCount(notCarried)
              .syntheticCount(synthetic)
              .invalidResponses(invalid.result())
              .addAllPublishedRowIds(Published.options(instrument, question.id(), base));
      for (int o = 0; o < counts.length; o++) {
        tally.putCount(values.get(o), counts[o]);
      }
      int g = 0;
      for (String group : groups.keySet()) {
        tally.putGroupCount(group, groupCounts[g++]);
      }
      tally.putAllCodeGroups(groups);
      return tally.build();
    }

    /** The invalid responses counted, to combine into a breakdown's. */
    Accumulator<ValidationReport, InvalidResponses> invalid() {
      return invalid;
    }

    /** The jurisdictions left out by the filters that answered the question. */
    int leftOutAnsweredCount() {
      return leftOutAnswered;
    }

    /** The jurisdictions counted, answering or not. */
    int jurisdictionCount() {
      return jurisdictions;
    }

    @Override
    public String toString() {
      return "an option tally of "
          + question.id()
          + " of '"
          + instrument
          + "'"
          + (filters.isEmpty() ? "" : " where " + filters)
          + " ("
          + jurisdictions
          + " jurisdictions)";
    }
  }

  @Override
  public String toString() {
    return "OptionTally[" + questionId() + ", " + answeredCount() + " answered]";
  }
}
