package io.github.mnr4j.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.survey.Condition;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionKind;
import io.github.mnr4j.survey.QuestionRole;
import io.github.mnr4j.survey.Section;
import io.github.mnr4j.survey.SkipRule;
import io.github.mnr4j.survey.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generates valid instruments over the built-in MNR: 1 to 3 sections, 1 to 12 questions of every
 * kind and role, options (exclusive, text-carrying, affirming), codes, and forward skip rules whose
 * conditions use every leaf form that fits the question.
 */
public final class InstrumentGenerators {
  private static final Framework MNR = Frameworks.mnr();

  private InstrumentGenerators() {}

  /**
   * Generates instruments.
   *
   * @return the generator
   */
  public static Gen<Instrument> instruments() {
    return InstrumentGenerators::instrument;
  }

  private static Instrument instrument(RandomnessSource in) {
    Instrument.Builder builder =
        Instrument.builder()
            .id("gen")
            .edition(String.valueOf(integers().between(1, 9).generate(in)))
            .title(FrameworkGenerators.texts().generate(in))
            .source(FrameworkGenerators.texts().generate(in))
            .framework(MNR);
    int sections = integers().between(1, 3).generate(in);
    for (int s = 0; s < sections; s++) {
      Section.Builder section =
          Section.builder()
              .id("s" + s)
              .number(s + 1)
              .title(FrameworkGenerators.texts().generate(in));
      if (booleans().all().generate(in)) {
        section
            .domainId(MNR.domains().get(s).id())
            .addAllEnablerIds(List.of(MNR.enablers().get(s).id()))
            .outcome(FrameworkGenerators.texts().generate(in))
            .putCapabilityBlurb(
                MNR.capabilitiesOf(MNR.domains().get(s).id()).get(0).id(),
                FrameworkGenerators.texts().generate(in));
      }
      builder.addSection(section.build());
    }
    int count = integers().between(1, 12).generate(in);
    List<Question> questions = new ArrayList<>();
    QuestionKind[] kinds = QuestionKind.values();
    QuestionRole[] roles = QuestionRole.values();
    for (int q = 0; q < count; q++) {
      QuestionKind kind = kinds[integers().between(0, kinds.length - 1).generate(in)];
      Question.Builder question =
          Question.builder()
              .id("q" + q)
              .number(q + 1)
              .sectionId("s" + Math.min(sections - 1, q * sections / count))
              .text(FrameworkGenerators.texts().generate(in))
              .kind(kind)
              .required(booleans().all().generate(in))
              .role(roles[integers().between(0, roles.length - 1).generate(in)])
              .addAllInforms(
                  List.of(MNR.capabilities().get(integers().between(0, 20).generate(in)).id()));
      if (kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTI_CHOICE) {
        int options = integers().between(2, 5).generate(in);
        for (int o = 0; o < options; o++) {
          Option.Builder option =
              Option.builder()
                  .id("o" + o)
                  .text(FrameworkGenerators.texts().generate(in))
                  .exclusive(o == 0 && booleans().all().generate(in))
                  .carriesText(o == options - 1 && booleans().all().generate(in));
          if (booleans().all().generate(in)) {
            option.verdict(booleans().all().generate(in) ? Verdict.AFFIRMS : Verdict.DENIES);
          }
          if (o == 1 && booleans().all().generate(in)) {
            option.addAlsoInform("csea-reporting");
          }
          question.addOption(option.build());
        }
      }
      if (kind == QuestionKind.TEXT && booleans().all().generate(in)) {
        question.addAllCodes(List.of("yes", "no"));
      }
      questions.add(question.build());
    }
    builder.addAllQuestions(questions);
    for (int q = 0; q + 2 < count; q++) {
      if (integers().between(0, 2).generate(in) != 0) {
        continue;
      }
      Question source = questions.get(q);
      int target = integers().between(q + 2, count - 1).generate(in);
      builder.addSkipRule(SkipRule.of(source.id(), condition(source, in), "q" + target));
    }
    return builder.build();
  }

  private static Condition condition(Question question, RandomnessSource in) {
    Condition leaf;
    switch (question.kind()) {
      case TEXT:
        leaf =
            question.codes().isEmpty()
                ? Condition.answered(question.id())
                : Condition.codeIs(question.id(), "no");
        break;
      case MULTI_CHOICE:
        leaf =
            booleans().all().generate(in)
                ? Condition.includes(question.id(), question.optionIds().get(0))
                : Condition.chosenAtLeast(question.id(), 2);
        break;
      default:
        leaf = Condition.is(question.id(), question.optionIds().get(1));
    }
    switch (integers().between(0, 3).generate(in)) {
      case 0:
        return Condition.not(Condition.not(leaf));
      case 1:
        return Condition.all(leaf, Condition.answered(question.id()));
      case 2:
        return Condition.any(leaf);
      default:
        return leaf;
    }
  }
}
