package io.github.mnr4j.json;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Domain;
import io.github.mnr4j.framework.Enabler;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.FrameworkChange;
import io.github.mnr4j.framework.Outcome;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** The {@code mnr4j.framework} document. */
final class FrameworkCodec extends TreeCodec<Framework> {
  static final String FORMAT = "mnr4j.framework";

  FrameworkCodec() {
    super(FORMAT, Framework.class);
  }

  @Override
  void writeFields(Framework framework, JsonGenerator out, CodecOptions options) {
    out.writeStringProperty("id", framework.id());
    out.writeStringProperty("title", framework.title());
    out.writeStringProperty("source", framework.source());
    PassageJson.writeNotes(framework.notes(), out);
    if (framework.basedOn().isPresent()) {
      out.writeStringProperty("basedOn", framework.basedOn().get());
    }
    out.writeArrayPropertyStart("changes");
    framework.changes().forEach(change -> writeChange(change, out));
    out.writeEndArray();
    out.writeArrayPropertyStart("domains");
    framework.domains().forEach(domain -> writeDomain(domain, out));
    out.writeEndArray();
    out.writeArrayPropertyStart("capabilities");
    framework.capabilities().forEach(capability -> writeCapability(capability, out));
    out.writeEndArray();
    out.writeArrayPropertyStart("enablers");
    framework.enablers().forEach(enabler -> writeEnabler(enabler, out));
    out.writeEndArray();
    PassageJson.write("passages", framework.passages(), out);
    PassageJson.write("errata", framework.errata(), out);
  }

  static void writeChange(FrameworkChange change, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("kind", change.kind().id());
    out.writeStringProperty("subject", change.subject());
    if (change.before().isPresent()) {
      out.writeStringProperty("before", change.before().get());
    }
    if (change.after().isPresent()) {
      out.writeStringProperty("after", change.after().get());
    }
    out.writeEndObject();
  }

  static void writeDomain(Domain domain, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("id", domain.id());
    out.writeNumberProperty("number", domain.number());
    out.writeStringProperty("name", domain.name());
    out.writeObjectPropertyStart("outcome");
    out.writeStringProperty("headline", domain.outcome().headline());
    out.writeStringProperty("description", domain.outcome().description());
    out.writeEndObject();
    out.writeEndObject();
  }

  static void writeCapability(Capability capability, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("id", capability.id());
    out.writeNumberProperty("number", capability.number());
    out.writeStringProperty("name", capability.name());
    out.writeStringProperty("description", capability.description());
    out.writeStringProperty("domainId", capability.domainId());
    out.writeEndObject();
  }

  static void writeEnabler(Enabler enabler, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("id", enabler.id());
    out.writeStringProperty("text", enabler.text());
    writeStrings("domainIds", enabler.domainIds(), out);
    if (enabler.note().isPresent()) {
      out.writeStringProperty("note", enabler.note().get());
    }
    out.writeEndObject();
  }

  @Override
  Framework readFields(ObjectFields document, CodecOptions options) {
    boolean ignoreUnknown = options.ignoreUnknownFields;
    Framework.Builder builder =
        Framework.builder()
            .id(document.string("id"))
            .title(document.string("title"))
            .source(document.string("source"))
            .addAllNotes(PassageJson.readNotes(document, ignoreUnknown));
    document.optionalString("basedOn").ifPresent(builder::basedOn);
    for (Node node : document.optionalArray("changes")) {
      builder.addChange(change(ObjectFields.of(node, "a change", ignoreUnknown)));
    }
    for (Node node : document.array("domains")) {
      builder.addDomain(domain(ObjectFields.of(node, "a domain", ignoreUnknown), ignoreUnknown));
    }
    for (Node node : document.array("capabilities")) {
      builder.addCapability(capability(ObjectFields.of(node, "a capability", ignoreUnknown)));
    }
    for (Node node : document.optionalArray("enablers")) {
      builder.addEnabler(enabler(ObjectFields.of(node, "an enabler", ignoreUnknown)));
    }
    builder.addAllPassages(PassageJson.read(document, "passages", ignoreUnknown));
    builder.addAllErrata(PassageJson.read(document, "errata", ignoreUnknown));
    return define(document.node(), builder::build);
  }

  static FrameworkChange change(ObjectFields fields) {
    FrameworkChange.Kind kind = fields.id("kind", FrameworkChange.Kind.class);
    FrameworkChange.Builder change =
        FrameworkChange.builder().kind(kind).subject(fields.string("subject"));
    fields.optionalString("before").ifPresent(change::before);
    fields.optionalString("after").ifPresent(change::after);
    fields.finish();
    return define(fields.node(), change::build);
  }

  static Domain domain(ObjectFields fields, boolean ignoreUnknown) {
    String id = fields.string("id");
    int number = fields.integer("number");
    String name = fields.string("name");
    ObjectFields outcomeFields =
        ObjectFields.of(fields.required("outcome"), "an outcome", ignoreUnknown);
    String headline = outcomeFields.string("headline");
    String description = outcomeFields.string("description");
    outcomeFields.finish();
    Outcome outcome = define(outcomeFields.node(), () -> Outcome.of(headline, description));
    fields.finish();
    return define(fields.node(), () -> Domain.of(id, number, name, outcome));
  }

  static Capability capability(ObjectFields fields) {
    String id = fields.string("id");
    int number = fields.integer("number");
    String name = fields.string("name");
    String description = fields.string("description");
    String domainId = fields.string("domainId");
    fields.finish();
    return define(fields.node(), () -> Capability.of(id, number, name, description, domainId));
  }

  static Enabler enabler(ObjectFields fields) {
    String id = fields.string("id");
    String text = fields.string("text");
    ImmutableList<String> domainIds = fields.strings("domainIds");
    Optional<String> note = fields.optionalString("note");
    fields.finish();
    return define(
        fields.node(),
        () -> {
          Enabler enabler = Enabler.of(id, text, domainIds);
          return note.map(enabler::withNote).orElse(enabler);
        });
  }
}
