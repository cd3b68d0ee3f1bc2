package io.github.mnr4j.json;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.Identified;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Domain;
import io.github.mnr4j.framework.Enabler;
import io.github.mnr4j.framework.FrameworkChange;
import io.github.mnr4j.framework.Passage;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Erratum;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.Section;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * The parts of mnr4j's documents that a user may hold in their own classes, each written and read
 * in the shape it has inside its document: framework parts, survey parts, jurisdictions and
 * answers. {@link MnrModule} registers them, and mnr4j's enums by their ids.
 */
final class PartCodecs {
  private PartCodecs() {}

  /** How one part is written, and read from its located tree. */
  static final class Part<T> {
    final Class<T> type;
    final String what;
    final BiConsumer<T, JsonGenerator> writer;
    final Function<ObjectFields, T> reader;

    private Part(
        Class<T> type,
        String what,
        BiConsumer<T, JsonGenerator> writer,
        Function<ObjectFields, T> reader) {
      this.type = type;
      this.what = what;
      this.writer = writer;
      this.reader = reader;
    }
  }

  /** The parts, for a strict or a lenient reading of their nested objects. */
  static List<Part<?>> parts(boolean lenient) {
    return List.of(
        new Part<>(
            Domain.class,
            "a domain",
            FrameworkCodec::writeDomain,
            fields -> FrameworkCodec.domain(fields, lenient)),
        new Part<>(
            Capability.class,
            "a capability",
            FrameworkCodec::writeCapability,
            FrameworkCodec::capability),
        new Part<>(
            Enabler.class, "an enabler", FrameworkCodec::writeEnabler, FrameworkCodec::enabler),
        new Part<>(
            FrameworkChange.class, "a change", FrameworkCodec::writeChange, FrameworkCodec::change),
        new Part<>(Passage.class, "a passage", PassageJson::write, PassageJson::read),
        new Part<>(
            Section.class, "a section", InstrumentCodec::writeSection, InstrumentCodec::section),
        new Part<>(
            Question.class,
            "a question",
            InstrumentCodec::writeQuestion,
            fields -> InstrumentCodec.question(fields, lenient)),
        new Part<>(
            Option.class, "an option", InstrumentCodec::writeOption, InstrumentCodec::option),
        new Part<>(
            Erratum.class, "an erratum", InstrumentCodec::writeErratum, InstrumentCodec::erratum),
        new Part<>(
            Jurisdiction.class,
            "a jurisdiction",
            JurisdictionJson::write,
            fields -> JurisdictionJson.read(fields.node(), lenient)),
        new Part<>(Answer.class, "an answer", ResponseCodec::writeAnswer, PartCodecs::answer));
  }

  /**
   * Reads an answer as a response document holds it: exactly one of {@code choice}, {@code choices}
   * and {@code text}, then {@code otherText} and {@code code} if given.
   */
  static Answer answer(ObjectFields fields) {
    Optional<String> choice = fields.optionalString("choice");
    boolean many = fields.optional("choices").isPresent();
    ImmutableList<String> choices = fields.optionalStrings("choices");
    Optional<String> text = fields.optionalString("text");
    Optional<String> otherText = fields.optionalString("otherText");
    Optional<String> code = fields.optionalString("code");
    fields.finish();
    int kinds = (choice.isPresent() ? 1 : 0) + (many ? 1 : 0) + (text.isPresent() ? 1 : 0);
    if (kinds != 1) {
      throw fields
          .node()
          .error("an answer has exactly one of 'choice', 'choices' and 'text'," + " not " + kinds);
    }
    return DocumentCodec.define(
        fields.node(),
        () -> {
          Answer answer =
              choice.isPresent()
                  ? Answer.ofChoice(choice.get())
                  : many ? Answer.ofChoices(choices) : Answer.ofText(text.get());
          if (otherText.isPresent()) {
            answer = answer.withOtherText(otherText.get());
          }
          return code.isPresent() ? answer.withCode(code.get()) : answer;
        });
  }

  /** Reads an enum by its id from a string node, naming the known ids if it has no such one. */
  static <E extends Enum<E> & Identified> E identified(Node node, Class<E> type) {
    String id = ObjectFields.string(node);
    return Identified.find(type, id)
        .orElseThrow(
            () ->
                node.error(
                    "unknown "
                        + type.getSimpleName()
                        + " '"
                        + Messages.clip(id)
                        + "'; known: "
                        + String.join(", ", Identified.ids(type))));
  }
}
