package io.github.mnr4j.json;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Respondent;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code mnr4j.response} document. The respondent block (personal data) is written as
 * {@code "respondent": "withheld"} unless the options ask for personal data. A response to the
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
    Response response = given.instrument().equals(Instruments.mnrSurvey2021().reference())
        ? given.inInstrumentOrder(Instruments.mnrSurvey2021()) : given;
    out.writeStringProperty("instrument", response.instrument());
    out.writeName("jurisdiction");
    JurisdictionJson.write(response.jurisdiction(), out);
    out.writeStringProperty("status", response.status().id());
    out.writeObjectPropertyStart("answers");
    for (Map.Entry<String, Answer> entry : response.answers().entrySet()) {
      out.writeName(entry.getKey());
      writeAnswer(entry.getValue(), out);
    }
    out.writeEndObject();
    response.respondent().ifPresent(respondent -> respondent.accept(
        new Respondent.Visitor<@Nullable Void>() {
          @Override
          public @Nullable Void person(Respondent.Person person) {
            if (options.personalData) {
              out.writeObjectPropertyStart("respondent");
              out.writeStringProperty("name", person.name());
              out.writeStringProperty("role", person.role());
              out.writeStringProperty("contact", person.contact());
              out.writeEndObject();
            } else {
              out.writeStringProperty("respondent", WITHHELD);
            }
            return null;
          }

          @Override
          public @Nullable Void withheld(Respondent.Withheld withheld) {
            out.writeStringProperty("respondent", WITHHELD);
            return null;
          }
        }));
  }

  private static void writeAnswer(Answer answer, JsonGenerator out) {
    out.writeStartObject();
    answer.accept(new Answer.Visitor<@Nullable Void>() {
      @Override
      public @Nullable Void choice(Answer.Choice choice) {
        out.writeStringProperty("choice", choice.optionId());
        return null;
      }

      @Override
      public @Nullable Void choices(Answer.Choices choices) {
        writeStrings("choices", choices.optionIds(), out);
        return null;
      }

      @Override
      public @Nullable Void text(Answer.Text text) {
        out.writeStringProperty("text", text.text());
        return null;
      }
    });
    if (answer.otherText().isPresent()) {
      out.writeStringProperty("otherText", answer.otherText().get());
    }
    if (answer.code().isPresent()) {
      out.writeStringProperty("code", answer.code().get());
    }
    out.writeEndObject();
  }

  @Override
  Response readFields(ObjectFields document, CodecOptions options) {
    boolean lenient = options.ignoreUnknownFields;
    Response.Builder builder = Response.builder()
        .instrument(document.string("instrument"))
        .jurisdiction(JurisdictionJson.read(document.required("jurisdiction"), lenient))
        .status(document.id("status", ResponseStatus.class));
    Node answers = document.required("answers");
    ObjectFields.of(answers, "the answers, by question id", false);
    for (Map.Entry<String, Node> entry : answers.fields.entrySet()) {
      builder.putAnswer(entry.getKey(), answer(entry.getValue(), lenient));
    }
    Optional<Node> respondent = document.optional("respondent");
    if (respondent.isPresent()) {
      Node node = respondent.get();
      if (node.type == Node.Type.STRING) {
        if (!node.text.equals(WITHHELD)) {
          throw node.error("expected \"withheld\" or an object with name, role and contact,"
              + " but found " + node.describe());
        }
        builder.respondent(Respondent.withheld());
      } else {
        ObjectFields fields = ObjectFields.of(node, "a respondent", lenient);
        String name = fields.string("name");
        String role = fields.string("role");
        String contact = fields.string("contact");
        fields.finish();
        builder.respondent(Respondent.of(name, role, contact));
      }
    }
    return define(document.node(), builder::build);
  }

  private static Answer answer(Node node, boolean lenient) {
    ObjectFields fields = ObjectFields.of(node, "an answer", lenient);
    Optional<String> choice = fields.optionalString("choice");
    Optional<Node> choicesNode = fields.optional("choices");
    Optional<String> text = fields.optionalString("text");
    int forms = (choice.isPresent() ? 1 : 0) + (choicesNode.isPresent() ? 1 : 0)
        + (text.isPresent() ? 1 : 0);
    if (forms != 1) {
      throw node.error("an answer holds exactly one of \"choice\", \"choices\" or \"text\";"
          + " this one holds " + forms);
    }
    Answer answer;
    if (choice.isPresent()) {
      answer = Answer.ofChoice(choice.get());
    } else if (text.isPresent()) {
      answer = Answer.ofText(text.get());
    } else {
      ImmutableList<String> choices = fields.strings("choices");
      answer = Answer.ofChoices(choices);
    }
    Optional<String> otherText = fields.optionalString("otherText");
    Optional<String> code = fields.optionalString("code");
    fields.finish();
    Answer base = answer;
    Answer withOther = otherText.map(base::withOtherText).orElse(base);
    return code.isPresent() ? define(node, () -> withOther.withCode(code.get())) : withOther;
  }
}
