package io.github.mnr4j.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionKind;
import io.github.mnr4j.survey.Respondent;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import io.github.mnr4j.survey.SkipRule;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** QuickTheories generators of responses to an instrument, valid or arbitrary. */
public final class ResponseGenerators {
  private ResponseGenerators() {}

  /**
   * Generates valid, completed responses: the generator walks the instrument in order, answers
   * every enabled question (required ones always, others sometimes) with a fitting answer, and
   * leaves disabled questions unanswered.
   *
   * @param instrument the instrument
   * @return the generator
   */
  public static Gen<Response> validResponses(Instrument instrument) {
    return in -> valid(instrument, in);
  }

  /**
   * Generates arbitrary responses: any question may get any form of answer, with unknown options,
   * repeated choices, codes and other texts, plus answers to unknown questions.
   *
   * @param instrument the instrument
   * @return the generator
   */
  public static Gen<Response> anyResponses(Instrument instrument) {
    return in -> arbitrary(instrument, in);
  }

  private static Response valid(Instrument instrument, RandomnessSource in) {
    Response.Builder builder = start(instrument, in).status(ResponseStatus.COMPLETED);
    String skipTarget = null;
    for (Question question : instrument.questions()) {
      if (question.id().equals(skipTarget)) {
        skipTarget = null;
      }
      if (skipTarget != null) {
        continue;
      }
      if (question.asksForPersonalData()) {
        builder.respondent(new Respondent.Person("A. Person", "Officer", "a.person@example.org"));
        continue;
      }
      if (!question.isRequired() && !booleans().all().generate(in)) {
        continue;
      }
      Answer answer = fitting(question, in);
      builder.putAnswer(question.id(), answer);
      for (SkipRule rule : instrument.skipRules()) {
        if (rule.questionId().equals(question.id())
            && rule.when().test(java.util.Map.of(question.id(), answer))) {
          skipTarget = rule.targetId();
        }
      }
    }
    return builder.build();
  }

  private static Answer fitting(Question question, RandomnessSource in) {
    Answer answer;
    if (question.kind() == QuestionKind.TEXT) {
      answer = Answer.ofText("Text " + FrameworkGenerators.texts().generate(in));
      if (!question.codes().isEmpty()) {
        answer = answer.withCode(pick(question.codes(), in));
      }
      return answer;
    }
    List<Option> options = question.options();
    if (question.kind() == QuestionKind.MULTI_CHOICE) {
      List<String> chosen = new ArrayList<>();
      boolean needsText = false;
      for (Option option : options) {
        if (!option.isExclusive() && booleans().all().generate(in)) {
          chosen.add(option.id());
          needsText |= option.carriesText();
        }
      }
      if (chosen.isEmpty()) {
        // No option is no answer: what a respondent to whom none applies chooses instead.
        Option none =
            options.stream().filter(Option::isExclusive).findFirst().orElse(options.get(0));
        chosen.add(none.id());
        needsText = none.carriesText();
      }
      answer = Answer.ofChoices(chosen);
      return needsText ? answer.withOtherText("Described") : answer;
    }
    Option option = options.get(integers().between(0, options.size() - 1).generate(in));
    answer = Answer.ofChoice(option.id());
    return option.carriesText() ? answer.withOtherText("Described") : answer;
  }

  private static Response arbitrary(Instrument instrument, RandomnessSource in) {
    Response.Builder builder =
        start(instrument, in)
            .status(
                booleans().all().generate(in)
                    ? ResponseStatus.COMPLETED
                    : ResponseStatus.IN_PROGRESS);
    for (Question question : instrument.questions()) {
      if (integers().between(0, 2).generate(in) == 0) {
        continue;
      }
      builder.putAnswer(question.id(), anyAnswer(question, in));
    }
    if (booleans().all().generate(in)) {
      builder.putAnswer("q" + integers().between(82, 99).generate(in), Answer.ofText("?"));
    }
    if (booleans().all().generate(in)) {
      builder.respondent(new Respondent.Person("A. Person", "Officer", "+1 555 0100"));
    }
    if (booleans().all().generate(in)) {
      // Any day from 1900 to 2099, leap days among them.
      builder.receivedOn(
          java.time.LocalDate.ofEpochDay(integers().between(-25567, 47481).generate(in)));
    }
    return builder.build();
  }

  private static Answer anyAnswer(Question question, RandomnessSource in) {
    List<String> ids = new ArrayList<>(question.optionIds());
    ids.add("unknown-option");
    ids.add("yes");
    Answer answer;
    switch (integers().between(0, 3).generate(in)) {
      case 0:
        answer = Answer.ofText(booleans().all().generate(in) ? " " : "Some text");
        break;
      case 1:
        answer = Answer.ofChoice(pick(ids, in));
        break;
      case 2:
        List<String> chosen = new ArrayList<>();
        int count = integers().between(0, 4).generate(in);
        for (int i = 0; i < count; i++) {
          chosen.add(pick(ids, in));
        }
        answer = Answer.ofChoices(chosen);
        break;
      default:
        answer = fitting(question, in);
    }
    if (integers().between(0, 4).generate(in) == 0) {
      answer = answer.withCode(booleans().all().generate(in) ? "yes" : "maybe");
    }
    if (integers().between(0, 4).generate(in) == 0) {
      answer = answer.withOtherText("Other");
    }
    return answer;
  }

  private static Response.Builder start(Instrument instrument, RandomnessSource in) {
    int number = integers().between(1, 42).generate(in);
    Jurisdiction.Builder jurisdiction =
        Jurisdiction.builder()
            .id(String.format("C%02d", number))
            .name(String.format("Country %02d", number));
    if (booleans().all().generate(in)) {
      jurisdiction.incomeGroup(pick(List.of(IncomeGroup.values()), in));
    }
    if (booleans().all().generate(in)) {
      jurisdiction.region(pick(List.of(Region.values()), in));
    }
    if (booleans().all().generate(in)) {
      jurisdiction.putAttribute("round", "2021");
    }
    return Response.builder()
        .instrumentReference(instrument.reference())
        .jurisdiction(jurisdiction.build());
  }

  private static <T> T pick(List<T> values, RandomnessSource in) {
    return values.get(integers().between(0, values.size() - 1).generate(in));
  }
}
