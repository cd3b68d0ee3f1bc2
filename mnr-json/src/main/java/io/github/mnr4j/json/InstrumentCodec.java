package io.github.mnr4j.json;

import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.survey.Condition;
import io.github.mnr4j.survey.Erratum;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionKind;
import io.github.mnr4j.survey.QuestionRole;
import io.github.mnr4j.survey.Section;
import io.github.mnr4j.survey.SkipRule;
import io.github.mnr4j.survey.Verdict;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code mnr4j.instrument} document. The framework is named by id when it is the built-in MNR,
 * and embedded as an {@code mnr4j.framework} document otherwise.
 */
final class InstrumentCodec extends TreeCodec<Instrument> {
  static final String FORMAT = "mnr4j.instrument";
  private static final FrameworkCodec FRAMEWORKS = new FrameworkCodec();

  InstrumentCodec() {
    super(FORMAT, Instrument.class);
  }

  @Override
  void writeFields(Instrument instrument, JsonGenerator out, CodecOptions options) {
    out.writeStringProperty("id", instrument.id());
    out.writeStringProperty("edition", instrument.edition());
    out.writeStringProperty("title", instrument.title());
    out.writeStringProperty("source", instrument.source());
    if (instrument.framework().equals(Frameworks.mnr())) {
      out.writeStringProperty("framework", Frameworks.mnr().id());
    } else {
      out.writeName("framework");
      FRAMEWORKS.write(instrument.framework(), out, options);
    }
    PassageJson.writeNotes(instrument.notes(), out);
    out.writeArrayPropertyStart("errata");
    instrument.errata().forEach(erratum -> writeErratum(erratum, out));
    out.writeEndArray();
    PassageJson.write("passages", instrument.passages(), out);
    out.writeArrayPropertyStart("sections");
    for (Section section : instrument.sections()) {
      writeSection(section, out);
    }
    out.writeEndArray();
    out.writeArrayPropertyStart("questions");
    for (Question question : instrument.questions()) {
      writeQuestion(question, out);
    }
    out.writeEndArray();
    out.writeArrayPropertyStart("skipRules");
    for (SkipRule rule : instrument.skipRules()) {
      out.writeStartObject();
      out.writeStringProperty("questionId", rule.questionId());
      out.writeName("when");
      ConditionJson.write(rule.when(), out);
      out.writeStringProperty("target", rule.targetId());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  static void writeSection(Section section, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("id", section.id());
    out.writeNumberProperty("number", section.number());
    out.writeStringProperty("title", section.title());
    if (section.introduction().isPresent()) {
      out.writeStringProperty("introduction", section.introduction().get());
    }
    if (section.domainId().isPresent()) {
      out.writeStringProperty("domainId", section.domainId().get());
    }
    writeStrings("enablerIds", section.enablerIds(), out);
    if (section.outcome().isPresent()) {
      out.writeStringProperty("outcome", section.outcome().get());
    }
    writeStringsByName("capabilityBlurbs", section.capabilityBlurbs(), out);
    out.writeEndObject();
  }

  static void writeQuestion(Question question, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("id", question.id());
    out.writeNumberProperty("number", question.number());
    out.writeStringProperty("sectionId", question.sectionId());
    out.writeStringProperty("text", question.text());
    out.writeStringProperty("kind", question.kind().id());
    out.writeBooleanProperty("required", question.isRequired());
    out.writeStringProperty("role", question.role().id());
    writeStrings("informs", question.informs(), out);
    if (question.kind() != QuestionKind.YES_NO && question.kind() != QuestionKind.TEXT) {
      out.writeArrayPropertyStart("options");
      question.options().forEach(option -> writeOption(option, out));
      out.writeEndArray();
    }
    if (!question.codes().isEmpty()) {
      writeStrings("codes", question.codes(), out);
    }
    if (!question.codeGroups().isEmpty()) {
      out.writeObjectPropertyStart("codeGroups");
      question.codeGroups().forEach((group, codes) -> writeStrings(group, codes, out));
      out.writeEndObject();
    }
    if (question.asksForPersonalData()) {
      out.writeBooleanProperty("personalData", true);
    }
    out.writeEndObject();
  }

  static void writeErratum(Erratum erratum, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("id", erratum.id());
    out.writeStringProperty("description", erratum.description());
    out.writeEndObject();
  }

  static Erratum erratum(ObjectFields fields) {
    String id = fields.string("id");
    String description = fields.string("description");
    fields.finish();
    return define(fields.node(), () -> Erratum.of(id, description));
  }

  static void writeOption(Option option, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("id", option.id());
    out.writeStringProperty("text", option.text());
    if (option.isExclusive()) {
      out.writeBooleanProperty("exclusive", true);
    }
    if (option.carriesText()) {
      out.writeBooleanProperty("carriesText", true);
    }
    if (option.verdict() != Verdict.NEUTRAL) {
      out.writeStringProperty("verdict", option.verdict().id());
    }
    if (!option.alsoInforms().isEmpty()) {
      writeStrings("alsoInforms", option.alsoInforms(), out);
    }
    out.writeEndObject();
  }

  @Override
  Instrument readFields(ObjectFields document, CodecOptions options) {
    boolean lenient = options.ignoreUnknownFields;
    Instrument.Builder builder =
        Instrument.builder()
            .id(document.string("id"))
            .edition(document.string("edition"))
            .title(document.string("title"))
            .source(document.string("source"))
            .framework(framework(document.required("framework"), options))
            .addAllNotes(PassageJson.readNotes(document, lenient));
    for (Node node : document.optionalArray("errata")) {
      builder.addErratum(erratum(ObjectFields.of(node, "an erratum", lenient)));
    }
    builder.addAllPassages(PassageJson.read(document, "passages", lenient));
    for (Node node : document.array("sections")) {
      builder.addSection(section(ObjectFields.of(node, "a section", lenient)));
    }
    for (Node node : document.array("questions")) {
      builder.addQuestion(question(ObjectFields.of(node, "a question", lenient), lenient));
    }
    for (Node node : document.optionalArray("skipRules")) {
      ObjectFields fields = ObjectFields.of(node, "a skip rule", lenient);
      String questionId = fields.string("questionId");
      Condition when = ConditionJson.readAnswers(fields.required("when"), options);
      String target = fields.string("target");
      fields.finish();
      builder.addSkipRule(define(node, () -> SkipRule.of(questionId, when, target)));
    }
    return define(document.node(), builder::build);
  }

  private static Framework framework(Node node, CodecOptions options) {
    if (node.type == Node.Type.OBJECT) {
      return FRAMEWORKS.read(node, options);
    }
    String id = ObjectFields.string(node);
    if (!id.equals(Frameworks.mnr().id())) {
      throw node.error(
          "unknown framework '"
              + id
              + "'; known: "
              + Frameworks.mnr().id()
              + " (embed an mnr4j.framework document to use another)");
    }
    return Frameworks.mnr();
  }

  static Section section(ObjectFields fields) {
    Section.Builder section =
        Section.builder()
            .id(fields.string("id"))
            .number(fields.integer("number"))
            .title(fields.string("title"))
            .addAllEnablerIds(fields.optionalStrings("enablerIds"))
            .putAllCapabilityBlurbs(
                fields.optionalStringsByName("capabilityBlurbs", "the capability blurbs"));
    fields.optionalString("introduction").ifPresent(section::introduction);
    fields.optionalString("domainId").ifPresent(section::domainId);
    fields.optionalString("outcome").ifPresent(section::outcome);
    fields.finish();
    return define(fields.node(), section::build);
  }

  static Question question(ObjectFields fields, boolean lenient) {
    Question.Builder question =
        Question.builder()
            .id(fields.string("id"))
            .number(fields.integer("number"))
            .sectionId(fields.string("sectionId"))
            .text(fields.string("text"))
            .kind(fields.id("kind", QuestionKind.class))
            .required(fields.optionalBoolean("required", false))
            .role(fields.id("role", QuestionRole.class))
            .addAllInforms(fields.optionalStrings("informs"))
            .addAllCodes(fields.optionalStrings("codes"))
            .asksForPersonalData(fields.optionalBoolean("personalData", false));
    Optional<Node> groups = fields.optional("codeGroups");
    if (groups.isPresent()) {
      ObjectFields grouped = ObjectFields.of(groups.get(), "code groups", lenient);
      for (String group : groups.get().fields.keySet()) {
        question.putCodeGroup(group, grouped.strings(group));
      }
      grouped.finish();
    }
    for (Node node : fields.optionalArray("options")) {
      question.addOption(option(ObjectFields.of(node, "an option", lenient)));
    }
    fields.finish();
    return define(fields.node(), question::build);
  }

  static Option option(ObjectFields option) {
    Option.Builder builder =
        Option.builder()
            .id(option.string("id"))
            .text(option.string("text"))
            .exclusive(option.optionalBoolean("exclusive", false))
            .carriesText(option.optionalBoolean("carriesText", false))
            .addAllAlsoInforms(option.optionalStrings("alsoInforms"));
    if (option.optional("verdict").isPresent()) {
      builder.verdict(option.id("verdict", Verdict.class));
    }
    option.finish();
    return define(option.node(), builder::build);
  }
}
