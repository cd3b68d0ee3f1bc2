package io.github.mnr4j.json;

import io.github.mnr4j.crosswalk.Crosswalk;
import io.github.mnr4j.crosswalk.CrosswalkEnd;
import io.github.mnr4j.crosswalk.CrosswalkEntry;
import io.github.mnr4j.crosswalk.Provenance;
import io.github.mnr4j.crosswalk.Relationship;
import io.github.mnr4j.internal.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** The {@code mnr4j.crosswalk} document. */
final class CrosswalkCodec extends TreeCodec<Crosswalk> {
  static final String FORMAT = "mnr4j.crosswalk";

  CrosswalkCodec() {
    super(FORMAT, Crosswalk.class);
  }

  @Override
  void writeFields(Crosswalk crosswalk, JsonGenerator out, CodecOptions options) {
    out.writeStringProperty("id", crosswalk.id());
    out.writeStringProperty("title", crosswalk.title());
    writeEnd("source", crosswalk.source(), out);
    writeEnd("target", crosswalk.target(), out);
    out.writeBooleanProperty("sameLineage", crosswalk.isSameLineage());
    out.writeName("provenance");
    writeProvenance(crosswalk.provenance(), out);
    writeStrings("notes", crosswalk.notes(), out);
    out.writeArrayPropertyStart("entries");
    for (CrosswalkEntry entry : crosswalk.entries()) {
      out.writeStartObject();
      writeStrings("sources", entry.sources(), out);
      writeStrings("targets", entry.targets(), out);
      out.writeStringProperty("relationship", entry.relationship().id());
      if (entry.rationale().isPresent()) {
        out.writeStringProperty("rationale", entry.rationale().get());
      }
      if (entry.provenance().isPresent()) {
        out.writeName("provenance");
        writeProvenance(entry.provenance().get(), out);
      }
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private static void writeEnd(String name, CrosswalkEnd end, JsonGenerator out) {
    out.writeObjectPropertyStart(name);
    out.writeStringProperty("kind", end.kind().id());
    out.writeStringProperty("id", end.id());
    if (end.version().isPresent()) {
      out.writeStringProperty("version", end.version().get());
    }
    out.writeEndObject();
  }

  private static void writeProvenance(Provenance provenance, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("author", provenance.author());
    out.writeStringProperty("date", provenance.date().toString());
    out.writeStringProperty("authority", provenance.authority());
    out.writeEndObject();
  }

  @Override
  Crosswalk readFields(ObjectFields document, CodecOptions options) {
    boolean lenient = options.ignoreUnknownFields;
    Crosswalk.Builder builder =
        Crosswalk.builder()
            .id(document.string("id"))
            .title(document.string("title"))
            .source(end(ObjectFields.of(document.required("source"), "an end", lenient)))
            .target(end(ObjectFields.of(document.required("target"), "an end", lenient)))
            .provenance(
                provenance(
                    ObjectFields.of(document.required("provenance"), "a provenance", lenient)))
            .addAllNotes(document.optionalStrings("notes"));
    if (document.optional("sameLineage").isPresent()) {
      builder.sameLineage(document.optionalBoolean("sameLineage", true));
    }
    for (Node node : document.array("entries")) {
      builder.addEntry(entry(ObjectFields.of(node, "an entry", lenient), lenient));
    }
    return define(document.node(), builder::build);
  }

  private static CrosswalkEnd end(ObjectFields fields) {
    CrosswalkEnd.Kind kind = fields.id("kind", CrosswalkEnd.Kind.class);
    String id = fields.string("id");
    Optional<String> version = fields.optionalString("version");
    fields.finish();
    return define(
        fields.node(),
        () ->
            version.isPresent()
                ? CrosswalkEnd.of(kind, id, version.get())
                : CrosswalkEnd.of(kind, id));
  }

  private static Provenance provenance(ObjectFields fields) {
    String author = fields.string("author");
    Node dateNode = fields.required("date");
    String dateText = ObjectFields.string(dateNode);
    LocalDate date;
    try {
      date = LocalDate.parse(dateText);
    } catch (DateTimeParseException e) {
      throw dateNode.error(
          "expected a date written YYYY-MM-DD, such as 2026-12-06, but found "
              + Messages.quote(dateText));
    }
    String authority = fields.string("authority");
    fields.finish();
    return define(fields.node(), () -> Provenance.of(author, date, authority));
  }

  private static CrosswalkEntry entry(ObjectFields fields, boolean lenient) {
    List<String> sources = fields.strings("sources");
    List<String> targets = fields.strings("targets");
    Relationship relationship = fields.id("relationship", Relationship.class);
    Optional<String> rationale = fields.optionalString("rationale");
    Optional<Provenance> provenance =
        fields
            .optional("provenance")
            .map(node -> provenance(ObjectFields.of(node, "a provenance", lenient)));
    fields.finish();
    return define(
        fields.node(),
        () -> {
          CrosswalkEntry entry = CrosswalkEntry.of(sources, targets, relationship);
          entry = rationale.map(entry::withRationale).orElse(entry);
          return provenance.map(entry::withProvenance).orElse(entry);
        });
  }
}
