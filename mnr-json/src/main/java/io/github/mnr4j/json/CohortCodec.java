package io.github.mnr4j.json;

import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.survey.Response;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code mnr4j.cohort} document: a name, an optional description, and the responses as
 * {@code mnr4j.response} documents.
 */
final class CohortCodec extends DocumentCodec<Cohort> {
  static final String FORMAT = "mnr4j.cohort";
  private static final ResponseCodec RESPONSES = new ResponseCodec();

  CohortCodec() {
    super(FORMAT, Cohort.class);
  }

  @Override
  void writeFields(Cohort cohort, JsonGenerator out, CodecOptions options) {
    out.writeStringProperty("name", cohort.name());
    if (cohort.description().isPresent()) {
      out.writeStringProperty("description", cohort.description().get());
    }
    out.writeArrayPropertyStart("responses");
    for (Response response : cohort.responses()) {
      RESPONSES.write(response, out, options);
    }
    out.writeEndArray();
  }

  @Override
  Cohort readFields(ObjectFields document, CodecOptions options) {
    Cohort.Builder cohort = Cohort.builder().name(document.string("name"));
    document.optionalString("description").ifPresent(cohort::description);
    for (Node node : document.array("responses")) {
      cohort.addResponse(RESPONSES.read(node, options));
    }
    return define(document.node(), cohort::build);
  }
}
