package io.github.mnr4j.json;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.survey.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * Conditions as JSON objects with one operator: {@code {"question": "q7", "is": "no"}},
 * {@code {"question": "q17", "includes": "csam-possession"}},
 * {@code {"question": "q17", "chosenAtLeast": 6}}, {@code {"question": "q78", "code": "yes"}},
 * {@code {"question": "q8", "answered": true}}, {@code {"all": [...]}}, {@code {"any": [...]}},
 * {@code {"not": {...}}}.
 */
final class ConditionJson {
  private static final Set<String> OPERATORS = Set.of("answered", "is", "includes",
      "chosenAtLeast", "code", "all", "any", "not", "status", "plansDescribed", "hasDetails",
      "detailAnswered", "hasChecklist", "coverageAtLeast", "hasSecondaryGates",
      "secondaryGatesYes");
  /** The evidence conditions that are simply true when present. */
  private static final Set<String> FLAGS = Set.of("plansDescribed", "hasDetails",
      "detailAnswered", "hasChecklist", "hasSecondaryGates", "secondaryGatesYes");

  private ConditionJson() {}

  static void write(Condition condition, JsonGenerator out) {
    out.writeStartObject();
    switch (condition.kind()) {
      case ALL:
      case ANY:
        out.writeArrayPropertyStart(condition.kind().id());
        condition.operands().forEach(operand -> write(operand, out));
        out.writeEndArray();
        break;
      case NOT:
        out.writeName("not");
        write(condition.operands().get(0), out);
        break;
      case ANSWERED:
        out.writeStringProperty("question", condition.questionId().orElseThrow());
        out.writeBooleanProperty("answered", true);
        break;
      case STATUS:
        out.writeStringProperty("status", condition.value().orElseThrow());
        break;
      case COVERAGE_AT_LEAST:
        out.writeNumberProperty("coverageAtLeast", condition.fraction());
        break;
      case PLANS_DESCRIBED:
      case HAS_DETAILS:
      case DETAIL_ANSWERED:
      case HAS_CHECKLIST:
      case HAS_SECONDARY_GATES:
      case SECONDARY_GATES_YES:
        out.writeBooleanProperty(condition.kind().id(), true);
        break;
      case CHOSEN_AT_LEAST:
        out.writeStringProperty("question", condition.questionId().orElseThrow());
        out.writeNumberProperty("chosenAtLeast", condition.count());
        break;
      default:
        out.writeStringProperty("question", condition.questionId().orElseThrow());
        out.writeStringProperty(condition.kind().id(), condition.value().orElseThrow());
    }
    out.writeEndObject();
  }

  private static Condition flag(String operator) {
    switch (operator) {
      case "plansDescribed":
        return Condition.plansDescribed();
      case "hasDetails":
        return Condition.hasDetails();
      case "detailAnswered":
        return Condition.detailAnswered();
      case "hasChecklist":
        return Condition.hasChecklist();
      case "hasSecondaryGates":
        return Condition.hasSecondaryGates();
      default:
        return Condition.secondaryGatesYes();
    }
  }

  static Condition read(Node node, CodecOptions options) {
    ObjectFields fields = ObjectFields.of(node, "a condition", options.ignoreUnknownFields);
    List<String> operators = new ArrayList<>();
    node.fields.keySet().stream().filter(OPERATORS::contains).forEach(operators::add);
    if (operators.size() != 1) {
      throw node.error("a condition needs exactly one of answered, is, includes, chosenAtLeast,"
          + " code, all, any, not (or, in scoring criteria, status, plansDescribed, hasDetails,"
          + " detailAnswered, hasChecklist, coverageAtLeast, hasSecondaryGates,"
          + " secondaryGatesYes); found " + (operators.isEmpty() ? "none" : operators));
    }
    String operator = operators.get(0);
    Condition condition;
    try {
      if (FLAGS.contains(operator)) {
        if (!fields.optionalBoolean(operator, true)) {
          throw fields.required(operator).error("'" + operator + "' can only be true; write"
              + " {\"not\": {\"" + operator + "\": true}} for its opposite");
        }
        fields.finish();
        return flag(operator);
      }
      switch (operator) {
        case "status":
          condition = Condition.status(fields.string("status"));
          break;
        case "coverageAtLeast":
          condition = Condition.coverageAtLeast(fields.number("coverageAtLeast"));
          break;
        case "all":
        case "any":
          List<Condition> operands = new ArrayList<>();
          for (Node operand : fields.array(operator)) {
            operands.add(read(operand, options));
          }
          if (operands.isEmpty()) {
            throw fields.required(operator).error(operator + " needs at least one condition");
          }
          condition = operator.equals("all") ? Condition.all(operands) : Condition.any(operands);
          break;
        case "not":
          condition = Condition.not(read(fields.required("not"), options));
          break;
        case "answered":
          String answeredId = fields.string("question");
          if (!fields.optionalBoolean("answered", true)) {
            throw fields.required("answered").error("'answered' can only be true; write"
                + " {\"not\": {\"question\": ..., \"answered\": true}} for unanswered");
          }
          condition = Condition.answered(answeredId);
          break;
        case "chosenAtLeast":
          condition = Condition.chosenAtLeast(fields.string("question"),
              fields.integer("chosenAtLeast"));
          break;
        case "is":
          condition = Condition.is(fields.string("question"), fields.string("is"));
          break;
        case "includes":
          condition = Condition.includes(fields.string("question"), fields.string("includes"));
          break;
        default:
          condition = Condition.codeIs(fields.string("question"), fields.string("code"));
      }
    } catch (MnrJsonException e) {
      throw e;
    } catch (MnrException e) {
      throw node.error(e.getMessage());
    }
    fields.finish();
    return condition;
  }
}
