package io.github.mnr4j.json;

import io.github.mnr4j.crosswalk.CrosswalkCheckReport;
import io.github.mnr4j.crosswalk.CrosswalkFinding;
import io.github.mnr4j.crosswalk.MigrationSummary;
import tools.jackson.core.JsonGenerator;

/** The output documents of crosswalks: their checks, and a migration's summary. */
final class CrosswalkOutputs {
  private CrosswalkOutputs() {}

  /** {@code mnr4j.crosswalk-checks}. */
  static final class ChecksCodec extends AnalysisCodecs.OutputCodec<CrosswalkCheckReport> {
    ChecksCodec() {
      super("mnr4j.crosswalk-checks", CrosswalkCheckReport.class);
    }

    @Override
    void writeFields(CrosswalkCheckReport report, JsonGenerator out, CodecOptions options) {
      out.writeStringProperty("crosswalk", report.crosswalkId());
      AnalysisCodecs.writeFindings(report, "elements", CrosswalkFinding::elements, out);
    }
  }

  /** {@code mnr4j.migration}. */
  static final class MigrationCodec extends AnalysisCodecs.OutputCodec<MigrationSummary> {
    MigrationCodec() {
      super("mnr4j.migration", MigrationSummary.class);
    }

    @Override
    void writeFields(MigrationSummary summary, JsonGenerator out, CodecOptions options) {
      out.writeStringProperty("crosswalk", summary.crosswalkId());
      out.writeNumberProperty("responses", summary.responses());
      out.writeNumberProperty("needingReview", summary.needingReview());
      out.writeArrayPropertyStart("rows");
      for (MigrationSummary.Row row : summary.rows()) {
        out.writeStartObject();
        out.writeStringProperty("outcome", row.outcome().id());
        writeStrings("sources", row.sources(), out);
        writeStrings("targets", row.targets(), out);
        out.writeNumberProperty("count", row.count());
        out.writeEndObject();
      }
      out.writeEndArray();
    }
  }
}
