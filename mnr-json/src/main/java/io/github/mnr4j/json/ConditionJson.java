package io.github.mnr4j.json;

import io.github.mnr4j.Identified;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.scoring.EvidenceCondition;
import io.github.mnr4j.survey.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

  private ConditionJson() {}

  static void write(Condition condition, JsonGenerator out) {
    out.writeStartObject();
    if (condition instanceof Condition.Leaf leaf) {
      out.writeStringProperty("question", leaf.questionId());
      if (leaf instanceof Condition.Is is) {
        out.writeStringProperty("is", is.optionId());
      } else if (leaf instanceof Condition.Includes includes) {
        out.writeStringProperty("includes", includes.optionId());
      } else if (leaf instanceof Condition.ChosenAtLeast atLeast) {
        out.writeNumberProperty("chosenAtLeast", atLeast.count());
      } else if (leaf instanceof Condition.CodeIs codeIs) {
        out.writeStringProperty("code", codeIs.code());
      } else {
        out.writeBooleanProperty("answered", true);
      }
    } else if (condition instanceof Condition.All all) {
      out.writeName("all");
      writeAll(all.operands(), out);
    } else if (condition instanceof Condition.Any any) {
      out.writeName("any");
      writeAll(any.operands(), out);
    } else {
      out.writeName("not");
      write(((Condition.Not) condition).operand(), out);
    }
    out.writeEndObject();
  }

  private static void writeAll(List<Condition> operands, JsonGenerator out) {
    out.writeStartArray();
    operands.forEach(operand -> write(operand, out));
    out.writeEndArray();
  }

  static void write(EvidenceCondition condition, JsonGenerator out) {
    if (condition instanceof EvidenceCondition.Answers answers) {
      write(answers.condition(), out);
      return;
    }
    out.writeStartObject();
    if (condition instanceof EvidenceCondition.StatusIs is) {
      out.writeStringProperty("status", is.status().id());
    } else if (condition instanceof EvidenceCondition.Holds holds) {
      out.writeBooleanProperty(holds.fact().id(), true);
    } else if (condition instanceof EvidenceCondition.CoverageAtLeast coverage) {
      out.writeNumberProperty("coverageAtLeast", coverage.fraction());
    } else if (condition instanceof EvidenceCondition.All all) {
      out.writeName("all");
      writeAllEvidence(all.operands(), out);
    } else if (condition instanceof EvidenceCondition.Any any) {
      out.writeName("any");
      writeAllEvidence(any.operands(), out);
    } else {
      out.writeName("not");
      write(((EvidenceCondition.Not) condition).operand(), out);
    }
    out.writeEndObject();
  }

  private static void writeAllEvidence(List<EvidenceCondition> operands, JsonGenerator out) {
    out.writeStartArray();
    operands.forEach(operand -> write(operand, out));
    out.writeEndArray();
  }

  /** Reads a condition on answers, as a skip rule holds. */
  static Condition readAnswers(Node node, CodecOptions options) {
    ObjectFields fields = ObjectFields.of(node, "a condition", options.ignoreUnknownFields);
    String operator = operator(node, false);
    Condition condition;
    try {
      switch (operator) {
        case "all", "any" -> {
          List<Condition> operands = new ArrayList<>();
          for (Node operand : operands(fields, operator)) {
            operands.add(readAnswers(operand, options));
          }
          condition =
              operator.equals("all") ? new Condition.All(operands) : new Condition.Any(operands);
        }
        case "not" -> condition = Condition.not(readAnswers(fields.required("not"), options));
        default -> condition = leaf(fields, operator);
      }
    } catch (MnrJsonException e) {
      throw e;
    } catch (MnrException e) {
      throw node.error(String.valueOf(e.getMessage()));
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
      Optional<EvidenceCondition.Fact> fact =
          Identified.find(EvidenceCondition.Fact.class, operator);
      if (fact.isPresent()) {
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
        condition = new EvidenceCondition.Holds(fact.get());
      } else if (ANSWER_OPERATORS.contains(operator)) {
        condition = EvidenceCondition.answers(leaf(fields, operator));
      } else {
        switch (operator) {
          case "status" -> {
            Node status = fields.required("status");
            String id = ObjectFields.string(status);
            condition =
                EvidenceCondition.statusIs(
                    Identified.find(CapabilityStatus.class, id)
                        .orElseThrow(
                            () ->
                                status.error(
                                    "unknown status '"
                                        + id
                                        + "'; known: "
                                        + String.join(
                                            ", ", Identified.ids(CapabilityStatus.class)))));
          }
          case "coverageAtLeast" ->
              condition = EvidenceCondition.coverageAtLeast(fields.number("coverageAtLeast"));
          case "all", "any" -> {
            List<EvidenceCondition> operands = new ArrayList<>();
            for (Node operand : operands(fields, operator)) {
              operands.add(readEvidence(operand, options));
            }
            condition =
                operator.equals("all")
                    ? new EvidenceCondition.All(operands)
                    : new EvidenceCondition.Any(operands);
          }
          default ->
              condition = EvidenceCondition.not(readEvidence(fields.required("not"), options));
        }
      }
    } catch (MnrJsonException e) {
      throw e;
    } catch (MnrException e) {
      throw node.error(String.valueOf(e.getMessage()));
    }
    fields.finish();
    return condition;
  }

  private static Condition leaf(ObjectFields fields, String operator) {
    String questionId = fields.string("question");
    switch (operator) {
      case "answered" -> {
        if (!fields.optionalBoolean("answered", true)) {
          throw fields
              .required("answered")
              .error(
                  "'answered' can only be true; write"
                      + " {\"not\": {\"question\": ..., \"answered\": true}} for unanswered");
        }
        return Condition.answered(questionId);
      }
      case "chosenAtLeast" -> {
        return Condition.chosenAtLeast(questionId, fields.integer("chosenAtLeast"));
      }
      case "is" -> {
        return Condition.is(questionId, fields.string("is"));
      }
      case "includes" -> {
        return Condition.includes(questionId, fields.string("includes"));
      }
      default -> {
        return Condition.codeIs(questionId, fields.string("code"));
      }
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
    String known =
        "answered, is, includes, chosenAtLeast, code, all, any, not"
            + (evidence
                ? ", status, coverageAtLeast, plansDescribed,"
                    + " hasDetails, anyDetailAnswered, hasChecklist, hasSecondaryGates,"
                    + " allSecondaryGatesYes"
                : "");
    if (operators.isEmpty()) {
      // A misspelt operator is the likely cause: name it where it is, rather than saying none.
      for (var field : node.fields.entrySet()) {
        if (!field.getKey().equals("question")) {
          throw field
              .getValue()
              .error(
                  "unknown field '"
                      + field.getKey()
                      + "' in a condition"
                      + suggestion(field.getKey(), evidence)
                      + "; a condition needs exactly one of "
                      + known);
        }
      }
    }
    if (operators.size() != 1) {
      throw node.error(
          "a condition needs exactly one of "
              + known
              + "; found "
              + (operators.isEmpty() ? "none" : operators));
    }
    return operators.get(0);
  }

  /** Names the operator a misspelt key differs from only in case, if there is one. */
  private static String suggestion(String key, boolean evidence) {
    List<String> operators = new ArrayList<>(ANSWER_OPERATORS);
    operators.addAll(COMPOSITES);
    if (evidence) {
      operators.addAll(EVIDENCE_OPERATORS);
    }
    for (String operator : operators) {
      if (operator.equalsIgnoreCase(key)) {
        return " (did you mean '" + operator + "'?)";
      }
    }
    return "";
  }
}
