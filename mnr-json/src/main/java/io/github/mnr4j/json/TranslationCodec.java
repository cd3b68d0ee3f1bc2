package io.github.mnr4j.json;

import io.github.mnr4j.translation.Translation;
import io.github.mnr4j.translation.TranslationCheckReport;
import io.github.mnr4j.translation.TranslationEntry;
import io.github.mnr4j.translation.TranslationFinding;
import io.github.mnr4j.translation.TranslationSource;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** The {@code mnr4j.translation} document. */
final class TranslationCodec extends TreeCodec<Translation> {
  static final String FORMAT = "mnr4j.translation";

  TranslationCodec() {
    super(FORMAT, Translation.class);
  }

  @Override
  void writeFields(Translation translation, JsonGenerator out, CodecOptions options) {
    out.writeStringProperty("language", translation.language());
    if (translation.sourceLanguage().isPresent()) {
      out.writeStringProperty("sourceLanguage", translation.sourceLanguage().get());
    }
    out.writeObjectPropertyStart("source");
    out.writeStringProperty("kind", translation.source().kind().id());
    out.writeStringProperty("id", translation.source().id());
    if (translation.source().version().isPresent()) {
      out.writeStringProperty("version", translation.source().version().get());
    }
    out.writeEndObject();
    writeStrings("notes", translation.notes(), out);
    out.writeArrayPropertyStart("entries");
    for (TranslationEntry entry : translation.entries()) {
      out.writeStartObject();
      out.writeStringProperty("key", entry.key());
      out.writeStringProperty("text", entry.text());
      out.writeStringProperty("sourceFingerprint", entry.sourceFingerprint());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  @Override
  Translation readFields(ObjectFields document, CodecOptions options) {
    boolean lenient = options.ignoreUnknownFields;
    Translation.Builder builder =
        Translation.builder()
            .language(document.string("language"))
            .source(source(ObjectFields.of(document.required("source"), "a source", lenient)))
            .addAllNotes(document.optionalStrings("notes"));
    document.optionalString("sourceLanguage").ifPresent(builder::sourceLanguage);
    for (Node node : document.array("entries")) {
      builder.addEntry(entry(ObjectFields.of(node, "an entry", lenient)));
    }
    return define(document.node(), builder::build);
  }

  private static TranslationSource source(ObjectFields fields) {
    TranslationSource.Kind kind = fields.id("kind", TranslationSource.Kind.class);
    String id = fields.string("id");
    Optional<String> version = fields.optionalString("version");
    fields.finish();
    return define(
        fields.node(),
        () ->
            version.isPresent()
                ? TranslationSource.of(kind, id, version.get())
                : TranslationSource.of(kind, id));
  }

  private static TranslationEntry entry(ObjectFields fields) {
    String key = fields.string("key");
    String text = fields.string("text");
    String fingerprint = fields.string("sourceFingerprint");
    fields.finish();
    return define(fields.node(), () -> TranslationEntry.of(key, text, fingerprint));
  }

  /** {@code mnr4j.translation-checks}. */
  static final class ChecksCodec extends AnalysisCodecs.OutputCodec<TranslationCheckReport> {
    ChecksCodec() {
      super("mnr4j.translation-checks", TranslationCheckReport.class);
    }

    @Override
    void writeFields(TranslationCheckReport report, JsonGenerator out, CodecOptions options) {
      out.writeStringProperty("language", report.language());
      out.writeStringProperty("source", report.source().toString());
      out.writeNumberProperty("texts", report.textCount());
      out.writeNumberProperty("translated", report.translatedCount());
      out.writeNumberProperty("stale", report.staleCount());
      out.writeNumberProperty("missing", report.missingCount());
      out.writeNumberProperty("completeness", report.completeness());
      out.writeStringProperty("summary", report.summary());
      AnalysisCodecs.writeFindings(
          report, "keys", (TranslationFinding f) -> f.key().map(List::of).orElse(List.of()), out);
    }
  }
}
