package io.github.mnr4j.scoring;

import io.github.mnr4j.assessment.CapabilityEvidence;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the scoring package does with an {@link EvidenceCondition}: test it, tell whether it reads
 * the evidence or the answers alone, and list the answer conditions it embeds. Kept here rather
 * than on the records, which hold only their parts.
 */
final class EvidenceConditions {
  private EvidenceConditions() {}

  static boolean test(
      EvidenceCondition condition, CapabilityEvidence evidence, Map<String, Answer> answers) {
    if (condition instanceof EvidenceCondition.StatusIs is) {
      return evidence.status() == is.status();
    }
    if (condition instanceof EvidenceCondition.Holds holds) {
      return switch (holds.fact()) {
        case PLANS_DESCRIBED -> evidence.hasPlansDescribed();
        case HAS_DETAILS -> !evidence.detailQuestionIds().isEmpty();
        case ANY_DETAIL_ANSWERED -> evidence.hasDetailAnswered();
        case HAS_CHECKLIST -> !evidence.checklistQuestionIds().isEmpty();
        case HAS_SECONDARY_GATES -> !evidence.secondaryGateIds().isEmpty();
        case ALL_SECONDARY_GATES_YES -> evidence.hasAllSecondaryGatesYes();
      };
    }
    if (condition instanceof EvidenceCondition.CoverageAtLeast coverage) {
      // Compared in whole numbers, so that 0.5 of 11 options means 6, exactly.
      return !evidence.checklistQuestionIds().isEmpty()
          && evidence.checklistChosenCount()
              >= coverage.fraction() * evidence.checklistOfferedCount() - 1e-9;
    }
    if (condition instanceof EvidenceCondition.Answers leaf) {
      return leaf.condition().test(answers);
    }
    if (condition instanceof EvidenceCondition.All all) {
      for (EvidenceCondition operand : all.operands()) {
        if (!test(operand, evidence, answers)) {
          return false;
        }
      }
      return true;
    }
    if (condition instanceof EvidenceCondition.Any any) {
      for (EvidenceCondition operand : any.operands()) {
        if (test(operand, evidence, answers)) {
          return true;
        }
      }
      return false;
    }
    return !test(((EvidenceCondition.Not) condition).operand(), evidence, answers);
  }

  /** Whether the condition, or a part of it, reads the capability's evidence, not answers alone. */
  static boolean readsEvidence(EvidenceCondition condition) {
    if (condition instanceof EvidenceCondition.Answers) {
      return false;
    }
    for (EvidenceCondition operand : operands(condition)) {
      if (readsEvidence(operand)) {
        return true;
      }
    }
    return !(condition instanceof EvidenceCondition.All
        || condition instanceof EvidenceCondition.Any
        || condition instanceof EvidenceCondition.Not);
  }

  /** The conditions on answers the condition embeds, in order. */
  static List<Condition> answerConditions(EvidenceCondition condition) {
    List<Condition> conditions = new ArrayList<>();
    collect(condition, conditions);
    return conditions;
  }

  private static void collect(EvidenceCondition condition, List<Condition> conditions) {
    if (condition instanceof EvidenceCondition.Answers leaf) {
      conditions.add(leaf.condition());
    }
    operands(condition).forEach(operand -> collect(operand, conditions));
  }

  /** The operands of all, any and not; none for the others. */
  static List<EvidenceCondition> operands(EvidenceCondition condition) {
    if (condition instanceof EvidenceCondition.All all) {
      return all.operands();
    }
    if (condition instanceof EvidenceCondition.Any any) {
      return any.operands();
    }
    if (condition instanceof EvidenceCondition.Not not) {
      return List.of(not.operand());
    }
    return List.of();
  }
}
