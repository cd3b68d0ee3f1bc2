package io.github.mnr4j.scoring;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.assessment.CapabilityEvidence;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Condition;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Evaluates criteria and lists the answers they read, for explanations. */
final class Readings {
  private Readings() {}

  static CriterionResult evaluate(Criterion criterion, Map<String, Answer> answers,
      CapabilityEvidence evidence) {
    Condition when = criterion.when();
    return CriterionResult.of(criterion.description(), when.toString(),
        when.test(answers, evidence), of(when, answers, evidence));
  }

  private static ImmutableList<String> of(Condition condition, Map<String, Answer> answers,
      CapabilityEvidence evidence) {
    Set<String> readings = new LinkedHashSet<>();
    if (condition.readsEvidence()) {
      readings.addAll(evidence.readings());
    }
    for (String questionId : condition.questionIds()) {
      Answer answer = answers.get(questionId);
      readings.add(answer == null ? questionId + " unanswered" : questionId + ": " + shown(answer));
    }
    return ImmutableList.copyOf(readings);
  }

  private static String shown(Answer answer) {
    StringBuilder out = new StringBuilder();
    switch (answer.form()) {
      case CHOICE:
        out.append(answer.choice().orElseThrow());
        break;
      case CHOICES:
        out.append(String.join(", ", answer.choices()));
        break;
      default:
        out.append("answered");
    }
    answer.code().ifPresent(code -> out.append(" (code ").append(code).append(')'));
    return out.toString();
  }
}
