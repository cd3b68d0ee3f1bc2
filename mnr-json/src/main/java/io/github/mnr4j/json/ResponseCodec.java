package io.github.mnr4j.json;

import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Respondent;
import io.github.mnr4j.survey.Response;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code mnr4j.response} document. The respondent block (personal data) is written as {@code
 * "respondent": "withheld"}, and answers to questions that ask for personal data (q2 of the
 * built-in survey) are left out, unless the options ask for personal data. A response to the
 * built-in survey is written in its order: answers by question, choices by option.
 */
final class ResponseCodec extends DocumentCodec<Response> {
  static final String FORMAT = "mnr4j.response";
  static final String WITHHELD = "withheld";

  ResponseCodec() {
    super(FORMAT, Response.class);
  }

  @Override
  void writeFields(Response given, JsonGenerator out, CodecOptions options) {
    // Order carries no meaning; a response to the built-in survey is written in its order.
    // Unless personal data are asked for, answers to questions that ask for it are left out.
    Response shared = options.personalData ? given : given.withoutPersonalData();
    Response response =
        shared.instrumentReference().equals(Instruments.mnrSurvey2021().reference())
            ? shared.inOrderOf(Instruments.mnrSurvey2021())
            : shared;
    out.writeStringProperty("instrument", response.instrumentReference());
    out.writeName("jurisdiction");
    JurisdictionJson.write(response.jurisdiction(), out);
    out.writeStringProperty("status", response.status().id());
    if (response.receivedOn().isPresent()) {
      out.writeStringProperty("receivedOn", response.receivedOn().get().toString());
    }
    out.writeObjectPropertyStart("answers");
    for (Map.Entry<String, Answer> entry : response.answers().entrySet()) {
      out.writeName(entry.getKey());
      writeAnswer(entry.getValue(), out);
    }
    out.writeEndObject();
    Optional<Respondent> respondent = response.respondent();
    if (respondent.isPresent()) {
      if (options.personalData && respondent.get() instanceof Respondent.Person person) {
        out.writeObjectPropertyStart("respondent");
        out.writeStringProperty("name", person.name());
        out.writeStringProperty("role", person.role());
        out.writeStringProperty("contact", person.contact());
        out.writeEndObject();
      } else {
        out.writeStringProperty("respondent", WITHHELD);
      }
    }
  }

  static void writeAnswer(Answer answer, JsonGenerator out) {
    out.writeStartObject();
    if (answer instanceof Answer.Choice choice) {
      out.writeStringProperty("choice", choice.optionId());
    } else if (answer instanceof Answer.Choices choices) {
      writeStrings("choices", choices.chosen(), out);
    } else {
      out.writeStringProperty("text", ((Answer.Text) answer).text());
    }
    if (answer.otherText().isPresent()) {
      out.writeStringProperty("otherText", answer.otherText().get());
    }
    if (answer.code().isPresent()) {
      out.writeStringProperty("code", answer.code().get());
    }
    out.writeEndObject();
  }

  @Override
  Response read(Tokens in, CodecOptions options) {
    return new ResponseDecoder(options).read(in);
  }
}
