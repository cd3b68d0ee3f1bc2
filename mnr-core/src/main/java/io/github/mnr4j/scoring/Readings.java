package io.github.mnr4j.scoring;

import io.github.mnr4j.assessment.CapabilityEvidence;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Condition;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Evaluates criteria and lists the answers they read, for explanations. */
final class Readings {
  private Readings() {}

  static CriterionResult evaluate(
      Criterion criterion, Map<String, Answer> answers, CapabilityEvidence evidence) {
    EvidenceCondition when = criterion.when();
    return CriterionResult.of(
        criterion.description(),
        when.toString(),
        when.test(evidence, answers),
        List.copyOf(of(when, answers, evidence)));
  }

  private static Set<String> of(
      EvidenceCondition condition, Map<String, Answer> answers, CapabilityEvidence evidence) {
    Set<String> readings = new LinkedHashSet<>();
    if (EvidenceConditions.readsEvidence(condition)) {
      readings.addAll(evidence.readings());
    }
    for (Condition answerCondition : EvidenceConditions.answerConditions(condition)) {
      for (String questionId : answerCondition.questionIds()) {
        Answer answer = answers.get(questionId);
        readings.add(questionId + (answer == null ? " unanswered" : ": " + answer.summary()));
      }
    }
    return readings;
  }
}
