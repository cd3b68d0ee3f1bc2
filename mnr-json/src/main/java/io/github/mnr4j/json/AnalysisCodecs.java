package io.github.mnr4j.json;

import io.github.mnr4j.Finding;
import io.github.mnr4j.Report;
import io.github.mnr4j.cohort.Breakdown;
import io.github.mnr4j.cohort.DisclosurePolicy;
import io.github.mnr4j.cohort.OptionBreakdown;
import io.github.mnr4j.cohort.OptionTally;
import io.github.mnr4j.cohort.RoundComparison;
import io.github.mnr4j.cohort.Tally;
import io.github.mnr4j.cohort.TallyRow;
import io.github.mnr4j.cohort.Where;
import io.github.mnr4j.scoring.Level;
import io.github.mnr4j.scoring.ModelComparison;
import io.github.mnr4j.scoring.Ranking;
import io.github.mnr4j.scoring.Sensitivity;
import io.github.mnr4j.scoring.Stability;
import io.github.mnr4j.survey.InstrumentCheckReport;
import io.github.mnr4j.survey.InstrumentFinding;
import io.github.mnr4j.survey.InvalidResponses;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * The documents of cohort analyses and checks: {@code mnr4j.tally}, {@code mnr4j.breakdown}, {@code
 * mnr4j.options}, {@code mnr4j.options-breakdown}, {@code mnr4j.comparison}, {@code mnr4j.ranking}
 * and {@code mnr4j.instrument-checks}. They are results for other tools to read; mnr4j writes them
 * and does not read them back (the cohort they come from is the thing to keep).
 */
final class AnalysisCodecs {
  private AnalysisCodecs() {}

  /** A codec that writes only. */
  abstract static class OutputCodec<T> extends DocumentCodec<T> {
    OutputCodec(String format, Class<T> type) {
      super(format, type);
    }

    @Override
    final T read(Tokens in, CodecOptions options) {
      throw in.error(
          format
              + " is an output document: mnr4j writes it for other tools, and"
              + " reads the cohort it comes from instead");
    }
  }

  static void writeRow(TallyRow row, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("row", row.label());
    DocumentCodec.writeStrings("capabilities", row.capabilityIds(), out);
    out.writeNumberProperty("yes", row.yesCount());
    out.writeNumberProperty("no", row.noCount());
    out.writeNumberProperty("unanswered", row.unansweredCount());
    out.writeNumberProperty("denominator", row.denominator());
    if (row.percentYes().isPresent()) {
      out.writeNumberProperty("percentYes", row.percentYes().getAsInt());
    } else {
      out.writeNullProperty("percentYes");
    }
    out.writeBooleanProperty("published", row.notPublished().isEmpty());
    if (row.notPublished().isPresent()) {
      out.writeStringProperty("notPublished", row.notPublished().get());
    }
    if (row.assumption().isPresent()) {
      out.writeStringProperty("assumption", row.assumption().get());
    }
    out.writeEndObject();
  }

  /**
   * Which jurisdictions a result counts, whether they are made up, and which had validation errors.
   */
  static void writeBase(
      List<Where> filters, int syntheticCount, InvalidResponses invalid, JsonGenerator out) {
    out.writeArrayPropertyStart("where");
    filters.forEach(filter -> out.writeString(filter.toString()));
    out.writeEndArray();
    out.writeBooleanProperty("synthetic", syntheticCount > 0);
    out.writeNumberProperty("syntheticCount", syntheticCount);
    InvalidResponsesJson.write("invalidResponses", invalid, out);
  }

  static void writeRows(Tally tally, JsonGenerator out) {
    out.writeArrayPropertyStart("rows");
    tally.rows().forEach(row -> writeRow(row, out));
    out.writeEndArray();
  }

  /** {@code mnr4j.tally}. */
  static final class TallyCodec extends OutputCodec<Tally> {
    TallyCodec() {
      super("mnr4j.tally", Tally.class);
    }

    @Override
    void writeFields(Tally tally, JsonGenerator out, CodecOptions options) {
      out.writeStringProperty("view", tally.view());
      writeBase(tally.filters(), tally.syntheticCount(), tally.invalidResponses(), out);
      out.writeNumberProperty("jurisdictions", tally.jurisdictionCount());
      writeRows(tally, out);
    }
  }

  /**
   * Opens a group of a breakdown: the fields both kinds of breakdown share. A suppressed group has
   * no size, as in the table, and says why it is suppressed.
   */
  static void writeGroup(
      String value,
      String label,
      int size,
      Optional<DisclosurePolicy.Suppression> suppression,
      JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("group", value);
    out.writeStringProperty("label", label);
    if (suppression.isEmpty()) {
      out.writeNumberProperty("size", size);
    }
    out.writeBooleanProperty("suppressed", suppression.isPresent());
    if (suppression.isPresent()) {
      out.writeStringProperty("suppression", suppression.get().id());
    }
  }

  /** {@code mnr4j.breakdown}. */
  static final class BreakdownCodec extends OutputCodec<Breakdown> {
    BreakdownCodec() {
      super("mnr4j.breakdown", Breakdown.class);
    }

    @Override
    void writeFields(Breakdown breakdown, JsonGenerator out, CodecOptions options) {
      out.writeStringProperty("attribute", breakdown.attribute());
      out.writeNumberProperty("minGroupSize", breakdown.minGroupSize());
      writeBase(breakdown.filters(), breakdown.syntheticCount(), breakdown.invalidResponses(), out);
      out.writeArrayPropertyStart("groups");
      for (Breakdown.Group group : breakdown.groups()) {
        writeGroup(group.value(), group.label(), group.size(), group.suppression(), out);
        if (group.tally().isPresent()) {
          writeRows(group.tally().get(), out);
        }
        out.writeEndObject();
      }
      out.writeEndArray();
    }
  }

  /** {@code mnr4j.options}. */
  static final class OptionsCodec extends OutputCodec<OptionTally> {
    OptionsCodec() {
      super("mnr4j.options", OptionTally.class);
    }

    @Override
    void writeFields(OptionTally tally, JsonGenerator out, CodecOptions options) {
      out.writeStringProperty("question", tally.questionId());
      writeBase(tally.filters(), tally.syntheticCount(), tally.invalidResponses(), out);
      writeCounts(tally, out);
    }
  }

  static void writeCounts(OptionTally tally, JsonGenerator out) {
    out.writeNumberProperty("answered", tally.answeredCount());
    if (tally.notCarriedCount() > 0) {
      out.writeNumberProperty("notCarried", tally.notCarriedCount());
    }
    out.writeArrayPropertyStart("options");
    tally
        .counts()
        .forEach(
            (option, count) -> {
              out.writeStartObject();
              out.writeStringProperty("option", option);
              out.writeNumberProperty("count", count);
              out.writeBooleanProperty("published", tally.publishedRowIds().contains(option));
              out.writeEndObject();
            });
    out.writeEndArray();
    out.writeNumberProperty("twoOrMore", tally.twoOrMoreCount());
    out.writeBooleanProperty(
        "twoOrMorePublished", tally.publishedRowIds().contains("(two or more)"));
    if (!tally.groupCounts().isEmpty()) {
      out.writeArrayPropertyStart("codeGroups");
      tally
          .groupCounts()
          .forEach(
              (group, count) -> {
                out.writeStartObject();
                out.writeStringProperty("group", group);
                out.writeNumberProperty("count", count);
                out.writeBooleanProperty("published", tally.publishedRowIds().contains(group));
                out.writeArrayPropertyStart("shares");
                for (String code : tally.codeGroups().getOrDefault(group, List.of())) {
                  out.writeStartObject();
                  out.writeStringProperty("code", code);
                  out.writeNumberProperty("count", tally.count(code));
                  out.writeBooleanProperty(
                      "published", tally.publishedRowIds().contains(code + " of " + group));
                  out.writeEndObject();
                }
                out.writeEndArray();
                out.writeEndObject();
              });
      out.writeEndArray();
    }
  }

  /** {@code mnr4j.options-breakdown}. */
  static final class OptionBreakdownCodec extends OutputCodec<OptionBreakdown> {
    OptionBreakdownCodec() {
      super("mnr4j.options-breakdown", OptionBreakdown.class);
    }

    @Override
    void writeFields(OptionBreakdown breakdown, JsonGenerator out, CodecOptions options) {
      out.writeStringProperty("question", breakdown.questionId());
      out.writeStringProperty("attribute", breakdown.attribute());
      out.writeNumberProperty("minGroupSize", breakdown.minGroupSize());
      writeBase(breakdown.filters(), breakdown.syntheticCount(), breakdown.invalidResponses(), out);
      if (breakdown.notCarriedCount() > 0) {
        out.writeNumberProperty("notCarried", breakdown.notCarriedCount());
      }
      out.writeArrayPropertyStart("groups");
      for (OptionBreakdown.OptionGroup group : breakdown.groups()) {
        writeGroup(group.value(), group.label(), group.size(), group.suppression(), out);
        if (group.options().isPresent()) {
          writeCounts(group.options().get(), out);
        }
        out.writeEndObject();
      }
      out.writeEndArray();
    }
  }

  /** {@code mnr4j.instrument-checks}. */
  static final class InstrumentChecksCodec extends OutputCodec<InstrumentCheckReport> {
    InstrumentChecksCodec() {
      super("mnr4j.instrument-checks", InstrumentCheckReport.class);
    }

    @Override
    void writeFields(InstrumentCheckReport report, JsonGenerator out, CodecOptions options) {
      out.writeStringProperty("instrument", report.instrumentReference());
      writeFindings(report, "questions", InstrumentFinding::questionIds, out);
    }
  }

  /**
   * Writes what every check report's document holds: {@code clean}, the counts of errors and
   * warnings, and each finding with its code, severity, pointer, what it is about and message.
   */
  static <F extends Finding> void writeFindings(
      Report<F> report, String about, Function<F, List<String>> aboutOf, JsonGenerator out) {
    out.writeBooleanProperty("clean", !report.hasErrors());
    out.writeNumberProperty("errors", report.errors().size());
    out.writeNumberProperty("warnings", report.warnings().size());
    out.writeArrayPropertyStart("findings");
    for (F finding : report.findings()) {
      out.writeStartObject();
      out.writeStringProperty("code", finding.code().id());
      out.writeStringProperty("severity", finding.severity().id());
      out.writeStringProperty("pointer", finding.pointer());
      DocumentCodec.writeStrings(about, aboutOf.apply(finding), out);
      out.writeStringProperty("message", finding.message());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  /** {@code mnr4j.comparison}. */
  static final class ComparisonCodec extends OutputCodec<RoundComparison> {
    ComparisonCodec() {
      super("mnr4j.comparison", RoundComparison.class);
    }

    @Override
    void writeFields(RoundComparison comparison, JsonGenerator out, CodecOptions options) {
      out.writeStringProperty("before", comparison.before());
      out.writeStringProperty("after", comparison.after());
      out.writeStringProperty("model", comparison.modelId());
      out.writeBooleanProperty("synthetic", comparison.isSynthetic());
      InvalidResponsesJson.write(
          "invalidResponsesBefore", comparison.invalidResponsesBefore(), out);
      InvalidResponsesJson.write("invalidResponsesAfter", comparison.invalidResponsesAfter(), out);
      writeStrings("onlyBefore", comparison.onlyBefore(), out);
      writeStrings("onlyAfter", comparison.onlyAfter(), out);
      writeStrings("notComparable", comparison.notComparable(), out);
      out.writeArrayPropertyStart("rows");
      for (RoundComparison.RowChange row : comparison.rows()) {
        out.writeStartObject();
        out.writeStringProperty("row", row.label());
        out.writeNumberProperty("yesBefore", row.before().yesCount());
        out.writeNumberProperty("denominatorBefore", row.before().denominator());
        out.writeNumberProperty("yesAfter", row.after().yesCount());
        out.writeNumberProperty("denominatorAfter", row.after().denominator());
        out.writeNumberProperty("yesChange", row.after().yesCount() - row.before().yesCount());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayPropertyStart("changes");
      for (RoundComparison.CapabilityChange change : comparison.changes()) {
        out.writeStartObject();
        out.writeStringProperty("jurisdiction", change.jurisdictionId());
        out.writeStringProperty("capability", change.capabilityId());
        out.writeStringProperty("change", change.change().id());
        out.writeStringProperty("statusBefore", change.statusBefore().id());
        out.writeStringProperty("statusAfter", change.statusAfter().id());
        writeLevel("levelBefore", change.levelBefore(), out);
        writeLevel("levelAfter", change.levelAfter(), out);
        out.writeEndObject();
      }
      out.writeEndArray();
    }

    private static void writeLevel(String name, Optional<Level> level, JsonGenerator out) {
      writeNullable(name, level.map(Level::id), out);
    }
  }

  /** {@code mnr4j.ranking}. */
  static final class RankingCodec extends OutputCodec<Ranking> {
    RankingCodec() {
      super("mnr4j.ranking", Ranking.class);
    }

    @Override
    void writeFields(Ranking ranking, JsonGenerator out, CodecOptions options) {
      out.writeStringProperty("model", ranking.modelId());
      out.writeStringProperty("caution", Ranking.NOT_A_LEAGUE_TABLE);
      out.writeNumberProperty("draws", ranking.drawCount());
      out.writeNumberProperty("seed", ranking.seed());
      out.writeBooleanProperty("synthetic", ranking.isSynthetic());
      out.writeNumberProperty("syntheticCount", ranking.syntheticCount());
      InvalidResponsesJson.write("invalidResponses", ranking.invalidResponses(), out);
      if (ranking.instrumentCounts().size() > 1) {
        // Values of responses to different instruments compare within one instrument only.
        out.writeObjectPropertyStart("instruments");
        ranking.instrumentCounts().forEach(out::writeNumberProperty);
        out.writeEndObject();
      }
      writeStrings("bands", ranking.bands(), out);
      out.writeArrayPropertyStart("entries");
      for (Ranking.Entry entry : ranking.entries()) {
        out.writeStartObject();
        out.writeStringProperty("jurisdiction", entry.jurisdictionId());
        out.writeStringProperty("name", entry.name());
        out.writeNumberProperty("nominalValue", entry.nominalValue());
        out.writeNumberProperty("nominalRank", entry.nominalRank());
        out.writeNumberProperty("medianRank", entry.medianRank());
        out.writeNumberProperty("bestRank", entry.bestRank());
        out.writeNumberProperty("worstRank", entry.worstRank());
        out.writeObjectPropertyStart("bandProbabilities");
        for (Map.Entry<String, Double> band : entry.bandProbabilities().entrySet()) {
          out.writeNumberProperty(band.getKey(), band.getValue());
        }
        out.writeEndObject();
        out.writeEndObject();
      }
      out.writeEndArray();
      writeStrings("unranked", ranking.unranked(), out);
    }
  }

  /** {@code mnr4j.stability}. */
  static final class StabilityCodec extends OutputCodec<Stability> {
    StabilityCodec() {
      super("mnr4j.stability", Stability.class);
    }

    @Override
    void writeFields(Stability stability, JsonGenerator out, CodecOptions options) {
      out.writeStringProperty("model", stability.modelId());
      out.writeNumberProperty("draws", stability.drawCount());
      out.writeNumberProperty("seed", stability.seed());
      out.writeNumberProperty("stableAt", stability.stableAt());
      out.writeBooleanProperty("synthetic", stability.isSynthetic());
      out.writeNumberProperty("syntheticCount", stability.syntheticCount());
      InvalidResponsesJson.write("invalidResponses", stability.invalidResponses(), out);
      if (stability.instrumentCounts().size() > 1) {
        // Levels of responses to different instruments compare within one instrument only.
        out.writeObjectPropertyStart("instruments");
        stability.instrumentCounts().forEach(out::writeNumberProperty);
        out.writeEndObject();
      }
      StabilityJson.writeParameters(stability.parameters(), out);
      ScorecardCodec.writeLevels(stability.levels(), out);
      out.writeArrayPropertyStart("entries");
      for (Stability.JurisdictionLevels entry : stability.entries()) {
        out.writeStartObject();
        out.writeStringProperty("jurisdiction", entry.jurisdictionId());
        out.writeStringProperty("name", entry.name());
        StabilityJson.writeCapabilities(entry.capabilities(), out);
        StabilityJson.writeAggregates(entry.aggregates(), out);
        out.writeEndObject();
      }
      out.writeEndArray();
    }
  }

  /** {@code mnr4j.sensitivity}. */
  static final class SensitivityCodec extends OutputCodec<Sensitivity> {
    SensitivityCodec() {
      super("mnr4j.sensitivity", Sensitivity.class);
    }

    @Override
    void writeFields(Sensitivity sensitivity, JsonGenerator out, CodecOptions options) {
      out.writeStringProperty("model", sensitivity.modelId());
      out.writeNumberProperty("baseSamples", sensitivity.baseSamples());
      out.writeNumberProperty("bootstrap", sensitivity.bootstrap());
      out.writeNumberProperty("seed", sensitivity.seed());
      out.writeNumberProperty("jurisdictions", sensitivity.jurisdictionCount());
      out.writeBooleanProperty("synthetic", sensitivity.isSynthetic());
      out.writeNumberProperty("syntheticCount", sensitivity.syntheticCount());
      InvalidResponsesJson.write("invalidResponses", sensitivity.invalidResponses(), out);
      if (sensitivity.instrumentCounts().size() > 1) {
        out.writeObjectPropertyStart("instruments");
        sensitivity.instrumentCounts().forEach(out::writeNumberProperty);
        out.writeEndObject();
      }
      StabilityJson.writeParameters(sensitivity.parameters(), out);
      out.writeArrayPropertyStart("measures");
      for (Sensitivity.MeasureEffects measure : sensitivity.measures()) {
        out.writeStartObject();
        out.writeStringProperty("id", measure.id());
        out.writeStringProperty("description", measure.description());
        out.writeBooleanProperty("known", measure.known());
        if (measure.known()) {
          out.writeNumberProperty("mean", measure.mean());
          out.writeNumberProperty("variance", measure.variance());
        }
        out.writeArrayPropertyStart("effects");
        for (Sensitivity.Effect effect : measure.effects()) {
          out.writeStartObject();
          out.writeStringProperty("parameter", effect.parameterId());
          out.writeNumberProperty("total", effect.total());
          out.writeNumberProperty("totalLow", effect.totalLow());
          out.writeNumberProperty("totalHigh", effect.totalHigh());
          out.writeNumberProperty("first", effect.first());
          out.writeNumberProperty("firstLow", effect.firstLow());
          out.writeNumberProperty("firstHigh", effect.firstHigh());
          out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
      }
      out.writeEndArray();
    }
  }

  /** {@code mnr4j.model-comparison}. */
  static final class ModelComparisonCodec extends OutputCodec<ModelComparison> {
    ModelComparisonCodec() {
      super("mnr4j.model-comparison", ModelComparison.class);
    }

    @Override
    void writeFields(ModelComparison comparison, JsonGenerator out, CodecOptions options) {
      out.writeStringProperty("firstModel", comparison.firstModelId());
      out.writeStringProperty("secondModel", comparison.secondModelId());
      writeLevels("firstLevels", comparison.firstLevels(), out);
      writeLevels("secondLevels", comparison.secondLevels(), out);
      out.writeNumberProperty("jurisdictions", comparison.jurisdictionCount());
      out.writeBooleanProperty("synthetic", comparison.isSynthetic());
      out.writeNumberProperty("syntheticCount", comparison.syntheticCount());
      InvalidResponsesJson.write("invalidResponses", comparison.invalidResponses(), out);
      if (comparison.instrumentCounts().size() > 1) {
        out.writeObjectPropertyStart("instruments");
        comparison.instrumentCounts().forEach(out::writeNumberProperty);
        out.writeEndObject();
      }
      out.writeName("overall");
      writeAgreement(comparison.overall(), out);
      out.writeArrayPropertyStart("capabilities");
      for (ModelComparison.Agreement agreement : comparison.capabilities()) {
        writeAgreement(agreement, out);
      }
      out.writeEndArray();
    }

    private static void writeLevels(String name, List<Level> levels, JsonGenerator out) {
      out.writeArrayPropertyStart(name);
      for (Level level : levels) {
        out.writeString(level.id());
      }
      out.writeEndArray();
    }

    private static void writeAgreement(ModelComparison.Agreement agreement, JsonGenerator out) {
      out.writeStartObject();
      out.writeStringProperty("capability", agreement.capabilityId());
      out.writeNumberProperty("compared", agreement.compared());
      if (Double.isNaN(agreement.agreement())) {
        out.writeNullProperty("agreement");
      } else {
        out.writeNumberProperty("agreement", agreement.agreement());
      }
      writeNullable("kappa", agreement.kappa(), out);
      out.writeArrayPropertyStart("counts");
      for (List<Integer> row : agreement.counts()) {
        out.writeStartArray();
        row.forEach(out::writeNumber);
        out.writeEndArray();
      }
      out.writeEndArray();
      out.writeArrayPropertyStart("reasons");
      for (ModelComparison.Reason reason : agreement.reasons()) {
        out.writeStartObject();
        out.writeStringProperty("model", reason.modelId());
        out.writeStringProperty("level", reason.levelId());
        out.writeStringProperty("criterion", reason.criterion());
        out.writeNumberProperty("count", reason.count());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
  }
}
