package io.github.mnr4j.survey;

import io.github.mnr4j.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the survey package does with a {@link Condition}: test it against answers, list its leaves,
 * and say what it names that a question lacks or cannot give. Kept here rather than on the records,
 * which hold only their parts.
 */
final class Conditions {
  private Conditions() {}

  /** Whether a condition holds for answers keyed by question id. */
  static boolean test(Condition condition, Map<String, Answer> answers) {
    if (condition instanceof Condition.Leaf leaf) {
      Answer answer = answers.get(leaf.questionId());
      return answer != null && holdsFor(leaf, answer);
    }
    if (condition instanceof Condition.All all) {
      for (Condition operand : all.operands()) {
        if (!test(operand, answers)) {
          return false;
        }
      }
      return true;
    }
    if (condition instanceof Condition.Any any) {
      for (Condition operand : any.operands()) {
        if (test(operand, answers)) {
          return true;
        }
      }
      return false;
    }
    return !test(((Condition.Not) condition).operand(), answers);
  }

  /** Whether a leaf holds for its question's answer. */
  static boolean holdsFor(Condition.Leaf leaf, Answer answer) {
    if (leaf instanceof Condition.Is is) {
      return answer instanceof Answer.Choice choice && choice.optionId().equals(is.optionId());
    }
    if (leaf instanceof Condition.Includes includes) {
      return answer instanceof Answer.Choices choices
          && choices.chosen().contains(includes.optionId());
    }
    if (leaf instanceof Condition.ChosenAtLeast atLeast) {
      return answer.chosenCount() >= atLeast.count();
    }
    if (leaf instanceof Condition.CodeIs codeIs) {
      return answer.code().filter(codeIs.code()::equals).isPresent();
    }
    return true; // answered(q)
  }

  /** The leaves of a condition, in the order it mentions them. */
  static List<Condition.Leaf> leaves(Condition condition) {
    List<Condition.Leaf> leaves = new ArrayList<>();
    collect(condition, leaves);
    return leaves;
  }

  private static void collect(Condition condition, List<Condition.Leaf> leaves) {
    if (condition instanceof Condition.Leaf leaf) {
      leaves.add(leaf);
    } else if (condition instanceof Condition.All all) {
      all.operands().forEach(operand -> collect(operand, leaves));
    } else if (condition instanceof Condition.Any any) {
      any.operands().forEach(operand -> collect(operand, leaves));
    } else {
      collect(((Condition.Not) condition).operand(), leaves);
    }
  }

  /**
   * What a leaf names that its question lacks: an option it does not have, a code it does not take.
   * An instrument refuses such a condition.
   */
  static Optional<String> referenceProblem(Condition.Leaf leaf, Question question) {
    if (leaf instanceof Condition.Is is) {
      return missingOption(leaf, question, is.optionId());
    }
    if (leaf instanceof Condition.Includes includes) {
      return missingOption(leaf, question, includes.optionId());
    }
    if (leaf instanceof Condition.CodeIs codeIs && !question.codes().contains(codeIs.code())) {
      return Optional.of(
          "condition "
              + leaf
              + " names code "
              + Messages.quote(codeIs.code())
              + ", which "
              + question.id()
              + " does not take; its codes: "
              + question.codes());
    }
    return Optional.empty();
  }

  private static Optional<String> missingOption(
      Condition.Leaf leaf, Question question, String optionId) {
    return question.findOption(optionId).isPresent()
        ? Optional.empty()
        : Optional.of(
            "condition "
                + leaf
                + " names option "
                + Messages.quote(optionId)
                + ", which "
                + question.id()
                + " does not have; its options: "
                + question.optionIds());
  }

  /**
   * Why a leaf cannot hold as meant on its question's kind: {@code is} on a multi-choice question,
   * {@code includes} on a single choice, a count of options on a text or above the number of
   * options. Instrument checks report it.
   */
  static Optional<String> kindProblem(Condition.Leaf leaf, Question question) {
    QuestionKind kind = question.kind();
    if (leaf instanceof Condition.Is && kind == QuestionKind.MULTI_CHOICE) {
      return Optional.of(
          "'is' reads a single choice, but " + question.id() + " is multi-choice (use 'includes')");
    }
    if (leaf instanceof Condition.Includes && kind != QuestionKind.MULTI_CHOICE) {
      return Optional.of(
          "'includes' reads choices, but " + question.id() + " is " + kind.id() + " (use 'is')");
    }
    if (leaf instanceof Condition.ChosenAtLeast atLeast) {
      if (kind == QuestionKind.TEXT) {
        return Optional.of("a count of options on " + question.id() + ", a text question");
      }
      int most = kind == QuestionKind.MULTI_CHOICE ? question.options().size() : 1;
      if (atLeast.count() > most) {
        return Optional.of(
            "a count of "
                + atLeast.count()
                + " options on "
                + question.id()
                + ", which can choose no more than "
                + most);
      }
    }
    return Optional.empty();
  }
}
