package io.github.mnr4j.json;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.framework.Note;
import io.github.mnr4j.framework.Passage;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** Passages of a source, and notes on it, as the framework and instrument documents hold them. */
final class PassageJson {
  private PassageJson() {}

  static void write(String name, List<Passage> passages, JsonGenerator out) {
    out.writeArrayPropertyStart(name);
    passages.forEach(passage -> write(passage, out));
    out.writeEndArray();
  }

  static void write(Passage passage, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("id", passage.id());
    out.writeStringProperty("place", passage.place());
    if (passage.heading().isPresent()) {
      out.writeStringProperty("heading", passage.heading().get());
    }
    out.writeStringProperty("text", passage.text());
    DocumentCodec.writeStrings("domainIds", passage.domainIds(), out);
    out.writeEndObject();
  }

  static ImmutableList<Passage> read(ObjectFields document, String name, boolean lenient) {
    ImmutableList.Builder<Passage> passages = ImmutableList.builder();
    for (Node node : document.optionalArray(name)) {
      passages.add(read(ObjectFields.of(node, "a passage", lenient)));
    }
    return passages.build();
  }

  static Passage read(ObjectFields fields) {
    String id = fields.string("id");
    String place = fields.string("place");
    Optional<String> heading = fields.optionalString("heading");
    String text = fields.string("text");
    ImmutableList<String> domainIds = fields.optionalStrings("domainIds");
    fields.finish();
    return DocumentCodec.define(
        fields.node(),
        () -> {
          Passage.Builder passage =
              Passage.builder().id(id).place(place).text(text).addAllDomainIds(domainIds);
          heading.ifPresent(passage::heading);
          return passage.build();
        });
  }

  static void writeNotes(List<Note> notes, JsonGenerator out) {
    out.writeArrayPropertyStart("notes");
    for (Note note : notes) {
      out.writeStartObject();
      out.writeStringProperty("id", note.id());
      out.writeStringProperty("text", note.text());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  static ImmutableList<Note> readNotes(ObjectFields document, boolean lenient) {
    ImmutableList.Builder<Note> notes = ImmutableList.builder();
    for (Node node : document.optionalArray("notes")) {
      ObjectFields fields = ObjectFields.of(node, "a note", lenient);
      String id = fields.string("id");
      String text = fields.string("text");
      fields.finish();
      notes.add(DocumentCodec.define(fields.node(), () -> Note.of(id, text)));
    }
    return notes.build();
  }
}
