package io.github.mnr4j.json;

import io.github.mnr4j.Severity;
import io.github.mnr4j.survey.ValidationFinding;
import io.github.mnr4j.survey.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code mnr4j.validation} document: a validation report. {@code valid}, {@code errors} and
 * {@code warnings} are summaries for readers; reading checks that they agree with the findings.
 */
final class ValidationCodec extends TreeCodec<ValidationReport> {
  static final String FORMAT = "mnr4j.validation";

  ValidationCodec() {
    super(FORMAT, ValidationReport.class);
  }

  @Override
  void writeFields(ValidationReport report, JsonGenerator out, CodecOptions options) {
    out.writeStringProperty("instrument", report.instrumentReference());
    out.writeStringProperty("jurisdiction", report.jurisdictionId());
    out.writeBooleanProperty("synthetic", report.isSynthetic());
    out.writeBooleanProperty("valid", !report.hasErrors());
    out.writeNumberProperty("errors", report.errors().size());
    out.writeNumberProperty("warnings", report.warnings().size());
    out.writeArrayPropertyStart("findings");
    for (ValidationFinding finding : report.findings()) {
      out.writeStartObject();
      out.writeStringProperty("code", finding.code().id());
      out.writeStringProperty("severity", finding.severity().id());
      if (finding.questionId().isPresent()) {
        out.writeStringProperty("question", finding.questionId().get());
      }
      out.writeStringProperty("pointer", finding.pointer());
      out.writeStringProperty("message", finding.message());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  @Override
  ValidationReport readFields(ObjectFields document, CodecOptions options) {
    String instrument = document.string("instrument");
    String jurisdiction = document.string("jurisdiction");
    boolean synthetic = document.optionalBoolean("synthetic", false);
    List<ValidationFinding> findings = new ArrayList<>();
    Node valid = document.required("valid");
    Node errors = document.required("errors");
    Node warnings = document.required("warnings");
    for (Node node : document.array("findings")) {
      ObjectFields fields = ObjectFields.of(node, "a finding", options.ignoreUnknownFields);
      ValidationFinding.Code code = fields.id("code", ValidationFinding.Code.class);
      Severity severity = fields.id("severity", Severity.class);
      Optional<String> question = fields.optionalString("question");
      String pointer = fields.string("pointer");
      String message = fields.string("message");
      fields.finish();
      findings.add(
          question.isPresent()
              ? ValidationFinding.of(code, severity, question.get(), pointer, message)
              : ValidationFinding.of(code, severity, pointer, message));
    }
    ValidationReport report =
        define(
            document.node(),
            () -> ValidationReport.of(instrument, jurisdiction, findings).withSynthetic(synthetic));
    agree(valid, String.valueOf(!report.hasErrors()), "valid");
    agree(errors, String.valueOf(report.errors().size()), "errors");
    agree(warnings, String.valueOf(report.warnings().size()), "warnings");
    return report;
  }

  private static void agree(Node node, String expected, String name) {
    if (!node.text.equals(expected)) {
      throw node.error(
          "'" + name + "' says " + node.describe() + ", but the findings say " + expected);
    }
  }
}
