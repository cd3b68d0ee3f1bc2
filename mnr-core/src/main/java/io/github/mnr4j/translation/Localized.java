package io.github.mnr4j.translation;

import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Domain;
import io.github.mnr4j.framework.Enabler;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Note;
import io.github.mnr4j.framework.Outcome;
import io.github.mnr4j.framework.Passage;
import io.github.mnr4j.survey.Erratum;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.Section;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Copies of a framework or an instrument with their texts in another language, ids and structure
 * unchanged, built from the keys of {@link SourceTexts}. Every attribute is copied, so that a copy
 * with no translation equals its original (which the tests check, so that an attribute added later
 * cannot be dropped here).
 */
final class Localized {
  private Localized() {}

  static Framework framework(Framework framework, UnaryOperator<String> texts) {
    Framework.Builder copy =
        Framework.builder()
            .id(framework.id())
            .title(texts.apply("title"))
            .source(framework.source())
            .addAllNotes(notes(framework.notes(), texts))
            .addAllChanges(framework.changes());
    framework.basedOn().ifPresent(copy::basedOn);
    for (Domain domain : framework.domains()) {
      String key = "domain/" + domain.id();
      copy.addDomain(
          Domain.of(
              domain.id(),
              domain.number(),
              texts.apply(key + "/name"),
              Outcome.of(
                  texts.apply(key + "/outcome/headline"),
                  texts.apply(key + "/outcome/description"))));
    }
    for (Capability capability : framework.capabilities()) {
      String key = "capability/" + capability.id();
      copy.addCapability(
          Capability.of(
              capability.id(),
              capability.number(),
              texts.apply(key + "/name"),
              texts.apply(key + "/description"),
              capability.domainId()));
    }
    for (Enabler enabler : framework.enablers()) {
      String key = "enabler/" + enabler.id();
      Enabler copied = Enabler.of(enabler.id(), texts.apply(key + "/text"), enabler.domainIds());
      copy.addEnabler(
          enabler.note().isPresent() ? copied.withNote(texts.apply(key + "/note")) : copied);
    }
    copy.addAllPassages(passages(framework.passages(), texts));
    for (Passage erratum : framework.errata()) {
      copy.addErratum(
          passage(erratum, erratum.heading(), texts.apply("erratum/" + erratum.id() + "/text")));
    }
    return copy.build();
  }

  static Instrument instrument(Instrument instrument, UnaryOperator<String> texts) {
    Instrument.Builder copy =
        Instrument.builder()
            .id(instrument.id())
            .edition(instrument.edition())
            .title(texts.apply("title"))
            .source(instrument.source())
            .framework(instrument.framework())
            .addAllSkipRules(instrument.skipRules())
            .addAllNotes(notes(instrument.notes(), texts))
            .addAllPassages(passages(instrument.passages(), texts));
    for (Section section : instrument.sections()) {
      String key = "section/" + section.id();
      Section.Builder copied =
          Section.builder()
              .id(section.id())
              .number(section.number())
              .title(texts.apply(key + "/title"))
              .addAllEnablerIds(section.enablerIds());
      section
          .capabilityBlurbs()
          .keySet()
          .forEach(
              capability ->
                  copied.putCapabilityBlurb(capability, texts.apply(key + "/blurb/" + capability)));
      section
          .introduction()
          .ifPresent(text -> copied.introduction(texts.apply(key + "/introduction")));
      section.domainId().ifPresent(copied::domainId);
      section.outcome().ifPresent(text -> copied.outcome(texts.apply(key + "/outcome")));
      copy.addSection(copied.build());
    }
    for (Question question : instrument.questions()) {
      Question.Builder copied =
          Question.builder()
              .id(question.id())
              .number(question.number())
              .sectionId(question.sectionId())
              .text(texts.apply("question/" + question.id() + "/text"))
              .kind(question.kind())
              .required(question.isRequired())
              .role(question.role())
              .addAllInforms(question.informs())
              .addAllCodes(question.codes())
              .putAllCodeGroups(question.codeGroups())
              .asksForPersonalData(question.asksForPersonalData());
      for (Option option : question.options()) {
        copied.addOption(
            Option.builder()
                .id(option.id())
                .text(texts.apply("option/" + question.id() + "/" + option.id() + "/text"))
                .exclusive(option.isExclusive())
                .carriesText(option.carriesText())
                .verdict(option.verdict())
                .addAllAlsoInforms(option.alsoInforms())
                .build());
      }
      copy.addQuestion(copied.build());
    }
    for (Erratum erratum : instrument.errata()) {
      copy.addErratum(
          Erratum.of(erratum.id(), texts.apply("erratum/" + erratum.id() + "/description")));
    }
    return copy.build();
  }

  private static List<Note> notes(List<Note> notes, UnaryOperator<String> texts) {
    return notes.stream()
        .map(note -> Note.of(note.id(), texts.apply("note/" + note.id() + "/text")))
        .toList();
  }

  private static List<Passage> passages(List<Passage> passages, UnaryOperator<String> texts) {
    return passages.stream()
        .map(
            passage ->
                passage(
                    passage,
                    passage.heading().map(h -> texts.apply("passage/" + passage.id() + "/heading")),
                    texts.apply("passage/" + passage.id() + "/text")))
        .toList();
  }

  private static Passage passage(Passage passage, Optional<String> heading, String text) {
    Passage.Builder copy =
        Passage.builder()
            .id(passage.id())
            .place(passage.place())
            .text(text)
            .addAllDomainIds(passage.domainIds());
    heading.ifPresent(copy::heading);
    return copy.build();
  }
}
