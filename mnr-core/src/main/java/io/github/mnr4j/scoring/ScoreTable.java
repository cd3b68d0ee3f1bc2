package io.github.mnr4j.scoring;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.Identified;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.CapabilityEvidence;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import io.github.mnr4j.survey.InvalidResponses;
import io.github.mnr4j.survey.Jurisdiction;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Scores as tidy tables, one observation a row, for R, pandas and spreadsheets: a row per
 * jurisdiction and capability (status, level, value and the evidence behind them), per jurisdiction
 * and domain, or per jurisdiction. Each row starts with the jurisdiction's id, name, income group
 * and region, whether its data are {@linkplain Jurisdiction#isSynthetic() synthetic}, the kinds of
 * validation error its response had ({@code validation_errors}, the codes joined by {@code +};
 * empty for a valid response, which is scored as far as its answers go otherwise), and the model's
 * id. Values are rounded as the {@linkplain Scorecard#toTable() scorecard} prints them (two
 * decimals; domain and overall values of a scale above 1, one), an unknown value as an empty cell;
 * the JSON scorecard holds them exactly.
 *
 * <pre>{@code
 * List<List<String>> rows = new ArrayList<>();
 * for (Assessment assessment : assessments) {
 *   rows.addAll(ScoreTable.CAPABILITIES.rows(assessment, staged.score(assessment)));
 * }
 * TextTable table = TextTable.of(ScoreTable.CAPABILITIES.header(), rows);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum ScoreTable implements Identified {
  /** A row per jurisdiction and capability. */
  CAPABILITIES(
      "capabilities",
      List.of(
          "domain",
          "capability",
          "status",
          "level",
          "level_ordinal",
          "value",
          "details_answered",
          "details",
          "checklist_chosen",
          "checklist_offered",
          "secondary_gates_yes",
          "secondary_gates",
          "plans_described")),
  /** A row per jurisdiction and domain. */
  DOMAINS("domains", List.of("domain", "value", "known", "parts", "sufficient")),
  /** A row per jurisdiction: the overall value. */
  OVERALL("overall", List.of("value", "known", "parts", "sufficient"));

  private final String id;
  private final ImmutableList<String> header;

  ScoreTable(String id, List<String> columns) {
    this.id = id;
    List<String> header =
        new ArrayList<>(
            List.of(
                "jurisdiction",
                "name",
                "income_group",
                "region",
                "synthetic",
                "validation_errors",
                "model"));
    header.addAll(columns);
    this.header = ImmutableList.copyOf(header);
  }

  /**
   * Returns the id, as the command line names the table.
   *
   * @return such as {@code capabilities}
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the columns.
   *
   * @return the header
   */
  public List<String> header() {
    return header;
  }

  /**
   * Returns the rows of one jurisdiction.
   *
   * @param assessment the assessment the card scores
   * @param card its scorecard
   * @return the rows, one per capability, domain, or one
   * @throws MnrException if the card scores another jurisdiction or framework
   */
  public List<List<String>> rows(Assessment assessment, Scorecard card) {
    Framework framework = assessment.framework();
    if (!card.jurisdiction().equals(assessment.jurisdiction())
        || card.capabilities().size() != framework.capabilities().size()) {
      throw new MnrException(
          "the scorecard of "
              + card.jurisdiction()
              + " does not score the"
              + " assessment of "
              + assessment.jurisdiction());
    }
    List<List<String>> rows = new ArrayList<>();
    switch (this) {
      case CAPABILITIES -> {
        for (int c = 0; c < card.capabilities().size(); c++) {
          CapabilityScore score = card.capabilities().get(c);
          CapabilityEvidence evidence = assessment.capabilities().get(c);
          rows.add(
              row(
                  card,
                  framework.capabilities().get(c).domainId(),
                  score.capabilityId(),
                  score.status().id(),
                  score.level().map(Level::id).orElse(""),
                  score.level().map(level -> String.valueOf(level.ordinal())).orElse(""),
                  value(score.value(), Scorecard.CAPABILITY_DECIMALS),
                  String.valueOf(evidence.answeredDetailIds().size()),
                  String.valueOf(evidence.detailQuestionIds().size()),
                  String.valueOf(evidence.checklistChosenCount()),
                  String.valueOf(evidence.checklistOfferedCount()),
                  String.valueOf(evidence.secondaryGateIdsAnsweredYes().size()),
                  String.valueOf(evidence.secondaryGateIds().size()),
                  String.valueOf(evidence.hasPlansDescribed())));
        }
      }
      case DOMAINS -> {
        for (AggregateScore domain : card.domains()) {
          rows.add(
              row(
                  card,
                  domain.id(),
                  value(domain.value(), card.aggregateDecimals()),
                  String.valueOf(domain.knownCount()),
                  String.valueOf(domain.partCount()),
                  String.valueOf(domain.value().isPresent())));
        }
      }
      default -> {
        AggregateScore overall = card.overall();
        rows.add(
            row(
                card,
                value(overall.value(), card.aggregateDecimals()),
                String.valueOf(overall.knownCount()),
                String.valueOf(overall.partCount()),
                String.valueOf(overall.value().isPresent())));
      }
    }
    return rows;
  }

  /**
   * Returns the table of many jurisdictions' scores, in the order given.
   *
   * @param assessments the assessments
   * @param cards their scorecards, in the same order
   * @return the table
   * @throws MnrException if the lists differ in length or a card scores another jurisdiction
   */
  public TextTable toTable(List<Assessment> assessments, List<Scorecard> cards) {
    if (assessments.size() != cards.size()) {
      throw new MnrException(
          "a score table needs one scorecard per assessment: "
              + assessments.size()
              + " assessments, "
              + cards.size()
              + " scorecards");
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < cards.size(); i++) {
      rows.addAll(rows(assessments.get(i), cards.get(i)));
    }
    long synthetic = assessments.stream().filter(a -> a.jurisdiction().isSynthetic()).count();
    InvalidResponses invalid = InvalidResponses.none();
    for (Scorecard card : cards) {
      invalid = invalid.and(card.invalidResponses());
    }
    return TextTable.of(header, rows).withNotes(notes(invalid, synthetic, assessments.size()));
  }

  /**
   * The notes of a score table: the responses with validation errors scored, synthetic data.
   *
   * @param invalid the responses scored that had validation errors
   * @param syntheticCount how many of the jurisdictions scored are synthetic
   * @param count how many jurisdictions were scored
   * @return the notes, in the order tables print them
   */
  public static List<String> notes(InvalidResponses invalid, long syntheticCount, long count) {
    List<String> notes = new ArrayList<>();
    if (!invalid.isEmpty()) {
      notes.add("Scored as far as their answers go: " + invalid.summary() + ".");
    }
    if (syntheticCount > 0) {
      notes.add(Jurisdiction.syntheticNote(syntheticCount, count, "jurisdictions"));
    }
    return notes;
  }

  private static List<String> row(Scorecard card, String... cells) {
    Jurisdiction jurisdiction = card.jurisdiction();
    List<String> row =
        new ArrayList<>(
            List.of(
                jurisdiction.id(),
                jurisdiction.name(),
                jurisdiction.incomeGroup().map(IncomeGroup::id).orElse(""),
                jurisdiction.region().map(Region::id).orElse(""),
                String.valueOf(jurisdiction.isSynthetic()),
                String.join("+", card.invalidResponses().codeCounts().keySet()),
                card.modelId()));
    row.addAll(List.of(cells));
    return row;
  }

  private static String value(OptionalDouble value, int decimals) {
    return value.isPresent() ? Scorecard.rounded(value.getAsDouble(), decimals) : "";
  }
}
