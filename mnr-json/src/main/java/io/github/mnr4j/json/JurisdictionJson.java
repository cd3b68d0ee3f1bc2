package io.github.mnr4j.json;

import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import io.github.mnr4j.survey.Jurisdiction;
import tools.jackson.core.JsonGenerator;

/** A jurisdiction as JSON, in responses, scorecards and cohorts. */
final class JurisdictionJson {

  private JurisdictionJson() {}

  static void write(Jurisdiction jurisdiction, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("id", jurisdiction.id());
    out.writeStringProperty("name", jurisdiction.name());
    if (jurisdiction.incomeGroup().isPresent()) {
      out.writeStringProperty("incomeGroup", jurisdiction.incomeGroup().get().id());
    }
    if (jurisdiction.region().isPresent()) {
      out.writeStringProperty("region", jurisdiction.region().get().id());
    }
    if (!jurisdiction.attributes().isEmpty()) {
      DocumentCodec.writeStringsByName("attributes", jurisdiction.attributes(), out);
    }
    out.writeEndObject();
  }

  static Jurisdiction read(Node node, boolean lenient) {
    ObjectFields fields = ObjectFields.of(node, "a jurisdiction", lenient);
    Jurisdiction.Builder jurisdiction =
        Jurisdiction.builder().id(fields.string("id")).name(fields.string("name"));
    if (fields.optional("incomeGroup").isPresent()) {
      jurisdiction.incomeGroup(fields.id("incomeGroup", IncomeGroup.class));
    }
    if (fields.optional("region").isPresent()) {
      jurisdiction.region(fields.id("region", Region.class));
    }
    jurisdiction.putAllAttributes(fields.optionalStringsByName("attributes", "the attributes"));
    fields.finish();
    return DocumentCodec.define(node, jurisdiction::build);
  }
}
