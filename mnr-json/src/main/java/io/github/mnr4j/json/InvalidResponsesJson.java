package io.github.mnr4j.json;

import io.github.mnr4j.survey.InvalidResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/** The summary of invalid responses as JSON, in every result that counts or scores responses. */
final class InvalidResponsesJson {
  private InvalidResponsesJson() {}

  static void write(String name, InvalidResponses invalid, JsonGenerator out) {
    out.writeObjectPropertyStart(name);
    out.writeNumberProperty("responseCount", invalid.responseCount());
    out.writeObjectPropertyStart("codeCounts");
    invalid.codeCounts().forEach(out::writeNumberProperty);
    out.writeEndObject();
    DocumentCodec.writeStrings("jurisdictionIds", invalid.jurisdictionIds(), out);
    out.writeEndObject();
  }

  static InvalidResponses read(Node node, boolean lenient) {
    ObjectFields fields = ObjectFields.of(node, "the invalid responses", lenient);
    int responseCount = fields.integer("responseCount");
    Node codes = fields.required("codeCounts");
    ObjectFields codeFields = ObjectFields.of(codes, "the counts by code", true);
    Map<String, Integer> codeCounts = new LinkedHashMap<>();
    for (String code : codes.fields.keySet()) {
      codeCounts.put(code, codeFields.integer(code));
    }
    List<String> ids = fields.strings("jurisdictionIds");
    fields.finish();
    return DocumentCodec.define(node, () -> InvalidResponses.of(responseCount, codeCounts, ids));
  }
}
