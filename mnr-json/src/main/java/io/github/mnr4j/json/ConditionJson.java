package io.github.mnr4j.json;

import io.github.mnr4j.Identified;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.scoring.EvidenceCondition;
import io.github.mnr4j.survey.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Conditions as JSON objects with one operator. On answers (skip rules, and criteria): {@code
 * {"question": "q7", "is": "no"}}, {@code {"question": "q17", "includes": "x"}}, {@code
 * {"question": "q17", "chosenAtLeast": 6}}, {@code {"question": "q78", "code": "yes"}}, {@code
 * {"question": "q8", "answered": true}}. On a capability's evidence (criteria only): {@code
 * {"status": "in-place"}}, {@code {"coverageAtLeast": 0.5}}, and flags such as {@code
 * {"plansDescribed": true}}. Both: {@code {"all": [...]}}, {@code {"any": [...]}}, {@code {"not":
 * {...}}}.
 */
final class ConditionJson {
  private static final Set<String> ANSWER_OPERATORS =
      Set.of("answered", "is", "includes", "chosenAtLeast", "code");
  private static final Set<String> EVIDENCE_OPERATORS =
      Set.of(
          "status",
          "coverageAtLeast",
          "plansDescribed",
          "hasDetails",
          "anyDetailAnswered",
          "hasChecklist",
          "hasSecondaryGates",
          "allSecondaryGatesYes");
  private static final Set<String> COMPOSITES = Set.of("all", "any", "not");

  /** The evidence conditions that are simply true when present. */
  private static final Map<String, Supplier<EvidenceCondition>> FLAGS =
      Map.of(
          "plansDescribed", EvidenceCondition::plansDescribed,
          "hasDetails", EvidenceCondition::hasDetails,
          "anyDetailAnswered", EvidenceCondition::anyDetailAnswered,
          "hasChecklist", EvidenceCondition::hasChecklist,
          "hasSecondaryGates", EvidenceCondition::hasSecondaryGates,
          "allSecondaryGatesYes", EvidenceCondition::allSecondaryGatesYes);

  private ConditionJson() {}

  static void write(Condition condition, JsonGenerator out) {
    condition.accept(
        new Condition.Visitor<@Nullable Void>() {
          @Override
          public @Nullable Void answered(Condition.Answered leaf) {
            leaf(leaf.questionId(), () -> out.writeBooleanProperty("answered", true));
            return null;
          }

          @Override
          public @Nullable Void is(Condition.Is leaf) {
            leaf(leaf.questionId(), () -> out.writeStringProperty("is", leaf.optionId()));
            return null;
          }

          @Override
          public @Nullable Void includes(Condition.Includes leaf) {
            leaf(leaf.questionId(), () -> out.writeStringProperty("includes", leaf.optionId()));
            return null;
          }

          @Override
          public @Nullable Void chosenAtLeast(Condition.ChosenAtLeast leaf) {
            leaf(leaf.questionId(), () -> out.writeNumberProperty("chosenAtLeast", leaf.count()));
            return null;
          }

          @Override
          public @Nullable Void codeIs(Condition.CodeIs leaf) {
            leaf(leaf.questionId(), () -> out.writeStringProperty("code", leaf.code()));
            return null;
          }

          @Override
          public @Nullable Void all(Condition.All all) {
            operands("all", all.operands());
            return null;
          }

          @Override
          public @Nullable Void any(Condition.Any any) {
            operands("any", any.operands());
            return null;
          }

          @Override
          public @Nullable Void not(Condition.Not not) {
            out.writeStartObject();
            out.writeName("not");
            write(not.operand(), out);
            out.writeEndObject();
            return null;
          }

          private void leaf(String questionId, Runnable operator) {
            out.writeStartObject();
            out.writeStringProperty("question", questionId);
            operator.run();
            out.writeEndObject();
          }

          private void operands(String name, List<Condition> operands) {
            out.writeStartObject();
            out.writeArrayPropertyStart(name);
            operands.forEach(operand -> write(operand, out));
            out.writeEndArray();
            out.writeEndObject();
          }
        });
  }

  static void write(EvidenceCondition condition, JsonGenerator out) {
    condition.accept(
        new EvidenceCondition.Visitor<@Nullable Void>() {
          @Override
          public @Nullable Void status(EvidenceCondition.StatusIs status) {
            out.writeStartObject();
            out.writeStringProperty("status", status.status().id());
            out.writeEndObject();
            return null;
          }

          @Override
          public @Nullable Void plansDescribed(EvidenceCondition.PlansDescribed flag) {
            return flag("plansDescribed");
          }

          @Override
          public @Nullable Void hasDetails(EvidenceCondition.HasDetails flag) {
            return flag("hasDetails");
          }

          @Override
          public @Nullable Void anyDetailAnswered(EvidenceCondition.AnyDetailAnswered flag) {
            return flag("anyDetailAnswered");
          }

          @Override
          public @Nullable Void hasChecklist(EvidenceCondition.HasChecklist flag) {
            return flag("hasChecklist");
          }

          @Override
          public @Nullable Void coverageAtLeast(EvidenceCondition.CoverageAtLeast coverage) {
            out.writeStartObject();
            out.writeNumberProperty("coverageAtLeast", coverage.fraction());
            out.writeEndObject();
            return null;
          }

          @Override
          public @Nullable Void hasSecondaryGates(EvidenceCondition.HasSecondaryGates flag) {
            return flag("hasSecondaryGates");
          }

          @Override
          public @Nullable Void allSecondaryGatesYes(EvidenceCondition.AllSecondaryGatesYes flag) {
            return flag("allSecondaryGatesYes");
          }

          @Override
          public @Nullable Void answers(EvidenceCondition.Answers answers) {
            write(answers.condition(), out);
            return null;
          }

          @Override
          public @Nullable Void all(EvidenceCondition.All all) {
            return operands("all", all.operands());
          }

          @Override
          public @Nullable Void any(EvidenceCondition.Any any) {
            return operands("any", any.operands());
          }

          @Override
          public @Nullable Void not(EvidenceCondition.Not not) {
            out.writeStartObject();
            out.writeName("not");
            write(not.operand(), out);
            out.writeEndObject();
            return null;
          }

          private @Nullable Void flag(String name) {
            out.writeStartObject();
            out.writeBooleanProperty(name, true);
            out.writeEndObject();
            return null;
          }

          private @Nullable Void operands(String name, List<EvidenceCondition> operands) {
            out.writeStartObject();
            out.writeArrayPropertyStart(name);
            operands.forEach(operand -> write(operand, out));
            out.writeEndArray();
            out.writeEndObject();
            return null;
          }
        });
  }

  /** Reads a condition on answers, as a skip rule holds. */
  static Condition readAnswers(Node node, CodecOptions options) {
    ObjectFields fields = ObjectFields.of(node, "a condition", options.ignoreUnknownFields);
    String operator = operator(node, false);
    Condition condition;
    try {
      switch (operator) {
        case "all":
        case "any":
          List<Condition> operands = new ArrayList<>();
          for (Node operand : operands(fields, operator)) {
            operands.add(readAnswers(operand, options));
          }
          condition = operator.equals("all") ? Condition.all(operands) : Condition.any(operands);
          break;
        case "not":
          condition = Condition.not(readAnswers(fields.required("not"), options));
          break;
        default:
          condition = leaf(fields, operator);
      }
    } catch (MnrJsonException e) {
      throw e;
    } catch (MnrException e) {
      throw node.error(e.getMessage());
    }
    fields.finish();
    return condition;
  }

  /** Reads the condition of a scoring criterion: over evidence and answers. */
  static EvidenceCondition readEvidence(Node node, CodecOptions options) {
    ObjectFields fields = ObjectFields.of(node, "a condition", options.ignoreUnknownFields);
    String operator = operator(node, true);
    EvidenceCondition condition;
    try {
      if (FLAGS.containsKey(operator)) {
        if (!fields.optionalBoolean(operator, true)) {
          throw fields
              .required(operator)
              .error(
                  "'"
                      + operator
                      + "' can only be true; write"
                      + " {\"not\": {\""
                      + operator
                      + "\": true}} for its opposite");
        }
        condition = FLAGS.get(operator).get();
      } else if (ANSWER_OPERATORS.contains(operator)) {
        condition = EvidenceCondition.answers(leaf(fields, operator));
      } else {
        switch (operator) {
          case "status":
            Node status = fields.required("status");
            String id = ObjectFields.string(status);
            condition =
                EvidenceCondition.status(
                    Identified.find(CapabilityStatus.class, id)
                        .orElseThrow(
                            () ->
                                status.error(
                                    "unknown status '"
                                        + id
                                        + "'; known: "
                                        + String.join(
                                            ", ", Identified.ids(CapabilityStatus.class)))));
            break;
          case "coverageAtLeast":
            condition = EvidenceCondition.coverageAtLeast(fields.number("coverageAtLeast"));
            break;
          case "all":
          case "any":
            List<EvidenceCondition> operands = new ArrayList<>();
            for (Node operand : operands(fields, operator)) {
              operands.add(readEvidence(operand, options));
            }
            condition =
                operator.equals("all")
                    ? EvidenceCondition.all(operands)
                    : EvidenceCondition.any(operands);
            break;
          default:
            condition = EvidenceCondition.not(readEvidence(fields.required("not"), options));
        }
      }
    } catch (MnrJsonException e) {
      throw e;
    } catch (MnrException e) {
      throw node.error(e.getMessage());
    }
    fields.finish();
    return condition;
  }

  private static Condition leaf(ObjectFields fields, String operator) {
    String questionId = fields.string("question");
    switch (operator) {
      case "answered":
        if (!fields.optionalBoolean("answered", true)) {
          throw fields
              .required("answered")
              .error(
                  "'answered' can only be true; write"
                      + " {\"not\": {\"question\": ..., \"answered\": true}} for unanswered");
        }
        return Condition.answered(questionId);
      case "chosenAtLeast":
        return Condition.chosenAtLeast(questionId, fields.integer("chosenAtLeast"));
      case "is":
        return Condition.is(questionId, fields.string("is"));
      case "includes":
        return Condition.includes(questionId, fields.string("includes"));
      default:
        return Condition.codeIs(questionId, fields.string("code"));
    }
  }

  private static List<Node> operands(ObjectFields fields, String operator) {
    List<Node> operands = fields.array(operator);
    if (operands.isEmpty()) {
      throw fields.required(operator).error(operator + " needs at least one condition");
    }
    return operands;
  }

  /** Finds the one operator of a condition object. */
  private static String operator(Node node, boolean evidence) {
    List<String> operators = new ArrayList<>();
    List<String> evidenceOnly = new ArrayList<>();
    for (String name : node.fields.keySet()) {
      if (ANSWER_OPERATORS.contains(name) || COMPOSITES.contains(name)) {
        operators.add(name);
      } else if (EVIDENCE_OPERATORS.contains(name)) {
        (evidence ? operators : evidenceOnly).add(name);
      }
    }
    if (!evidenceOnly.isEmpty()) {
      throw node.error(
          "condition "
              + evidenceOnly
              + " reads a capability's evidence; a skip"
              + " rule can read answers only");
    }
    if (operators.size() != 1) {
      throw node.error(
          "a condition needs exactly one of answered, is, includes, chosenAtLeast,"
              + " code, all, any, not"
              + (evidence
                  ? ", status, coverageAtLeast, plansDescribed,"
                      + " hasDetails, anyDetailAnswered, hasChecklist, hasSecondaryGates,"
                      + " allSecondaryGatesYes"
                  : "")
              + "; found "
              + (operators.isEmpty() ? "none" : operators));
    }
    return operators.get(0);
  }
}
