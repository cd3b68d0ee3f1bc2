package io.github.mnr4j.json;

import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import io.github.mnr4j.survey.Jurisdiction;
import java.util.Map;
import java.util.Optional;
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
      out.writeObjectPropertyStart("attributes");
      for (Map.Entry<String, String> attribute : jurisdiction.attributes().entrySet()) {
        out.writeStringProperty(attribute.getKey(), attribute.getValue());
      }
      out.writeEndObject();
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
    Optional<Node> attributes = fields.optional("attributes");
    if (attributes.isPresent()) {
      ObjectFields.of(attributes.get(), "the attributes", false);
      for (Map.Entry<String, Node> attribute : attributes.get().fields.entrySet()) {
        jurisdiction.putAttribute(attribute.getKey(), ObjectFields.string(attribute.getValue()));
      }
    }
    fields.finish();
    return DocumentCodec.define(node, jurisdiction::build);
  }
}
