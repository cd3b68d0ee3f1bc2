package io.github.mnr4j.json;

import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.survey.Response;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code mnr4j.cohort} document: a name, an optional description, and the responses as {@code
 * mnr4j.response} documents.
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
  Cohort read(Tokens in, CodecOptions options) {
    ResponseReader reader = ResponseReader.ofCohort(in.parser, options);
    List<Response> responses = new ArrayList<>();
    while (reader.hasNext()) {
      if (responses.size() >= options.limits.maxResponses()) {
        throw in.error(
            "the cohort holds more than "
                + options.limits.maxResponses()
                + " responses, the most a cohort read whole may (ReadLimits.responses; read it one"
                + " response at a time to hold any number)");
      }
      responses.add(reader.next());
    }
    Cohort.Builder cohort =
        Cohort.builder().name(reader.cohortName().orElseThrow()).addAllResponses(responses);
    reader.cohortDescription().ifPresent(cohort::description);
    return cohort.build();
  }
}
