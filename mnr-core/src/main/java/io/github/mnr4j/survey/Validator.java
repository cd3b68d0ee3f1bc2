package io.github.mnr4j.survey;

import io.github.mnr4j.survey.ValidationFinding.Code;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates responses against one instrument. Create it once per instrument: it works out which
 * skip rules cover which questions up front, so that validating a response is one pass over the
 * questions and one evaluation of each rule's condition.
 *
 * <pre>{@code
 * Validator validator = Validator.of(Instruments.mnrSurvey2021());
 * ValidationReport report = validator.validate(response);
 * report.isValid();
 * report.findingsFor("q17");
 * validator.enablement(response).explain("q8");  // "q8 is disabled: if q7 = no, skip to q9"
 * }</pre>
 *
 * <p>The rules: a required question must be answered when it is enabled (a warning in a draft);
 * a disabled question must stay unanswered; an answer must fit its question's kind, name options
 * the question has, not combine an exclusive option with others, give text with an option that
 * carries text and no such text without one, and carry only the codes the question allows; an
 * answer to an unknown question is an error. Nothing is fixed or dropped: every problem is a
 * finding.
 *
 * <p>Immutable and thread-safe.
 */
public final class Validator {
  private final Instrument instrument;
  /** For each question position, the indexes of the skip rules that cover it. */
  private final int[][] coveringRules;
  /** For each rule, whether it skips forward (its question comes before its target). */
  private final boolean[] forward;
  private final int[] rulePosition;

  private Validator(Instrument instrument) {
    this.instrument = instrument;
    List<SkipRule> rules = instrument.skipRules();
    int questions = instrument.questions().size();
    List<List<Integer>> covering = new ArrayList<>();
    for (int i = 0; i < questions; i++) {
      covering.add(new ArrayList<>());
    }
    forward = new boolean[rules.size()];
    rulePosition = new int[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      int from = instrument.position(rules.get(r).questionId());
      int to = instrument.position(rules.get(r).target());
      rulePosition[r] = from;
      forward[r] = from < to;
      // A forward rule skips the questions between; a backward or self rule loops over the
      // questions from its target to itself, and is taken to disable them all.
      int first = forward[r] ? from + 1 : to;
      int last = forward[r] ? to - 1 : from;
      for (int p = first; p <= last; p++) {
        covering.get(p).add(r);
      }
    }
    coveringRules = new int[questions][];
    for (int p = 0; p < questions; p++) {
      coveringRules[p] = covering.get(p).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /**
   * Creates a validator for an instrument.
   *
   * @param instrument the instrument
   * @return the validator
   */
  public static Validator of(Instrument instrument) {
    return new Validator(instrument);
  }

  /**
   * Returns the instrument this validator checks responses against.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * Works out which questions a response enables. A rule fires when its condition holds and,
   * for a forward rule, its own question is enabled.
   *
   * @param response the response
   * @return the enablement
   */
  public Enablement enablement(Response response) {
    Map<String, Answer> answers = response.answers();
    List<SkipRule> rules = instrument.skipRules();
    boolean[] fired = new boolean[rules.size()];
    boolean[] evaluated = new boolean[rules.size()];
    SkipRule[] disabledBy = new SkipRule[instrument.questions().size()];
    for (int p = 0; p < disabledBy.length; p++) {
      for (int r : coveringRules[p]) {
        if (!evaluated[r]) {
          boolean sourceEnabled = !forward[r] || disabledBy[rulePosition[r]] == null;
          fired[r] = sourceEnabled && rules.get(r).when().test(answers);
          evaluated[r] = true;
        }
        if (fired[r]) {
          disabledBy[p] = rules.get(r);
          break;
        }
      }
    }
    return new Enablement(instrument, disabledBy);
  }

  /**
   * Validates a response.
   *
   * @param response the response
   * @return every finding, in a stable order
   */
  public ValidationReport validate(Response response) {
    List<ValidationFinding> findings = new ArrayList<>();
    if (!response.instrument().equals(instrument.reference())) {
      findings.add(ValidationFinding.of(Code.INSTRUMENT_MISMATCH, Severity.ERROR,
          Optional.empty(), "/instrument", "the response answers '" + response.instrument()
              + "', not '" + instrument.reference() + "'"));
    }
    Enablement enablement = enablement(response);
    Severity missing = response.status() == ResponseStatus.COMPLETED
        ? Severity.ERROR : Severity.WARNING;
    for (Question question : instrument.questions()) {
      String id = question.id();
      String pointer = "/answers/" + escape(id);
      Answer answer = response.answers().get(id);
      boolean answered = answer != null;
      if (question.personalData()) {
        if (answered) {
          findings.add(finding(Code.PERSONAL_DATA_IN_ANSWERS, question, pointer, id
              + " asks for personal data, which belongs in the response's respondent block,"
              + " not among its answers"));
        }
        answered = response.hasRespondent();
        pointer = "/respondent";
      }
      Optional<SkipRule> rule = enablement.disabledBy(id);
      if (rule.isPresent() && answer != null) {
        findings.add(finding(Code.ANSWER_TO_DISABLED_QUESTION, question, pointer, id
            + " is answered, but it is disabled: " + rule.get()));
      }
      if (rule.isEmpty() && question.required() && !answered) {
        findings.add(ValidationFinding.of(Code.REQUIRED_UNANSWERED, missing, Optional.of(id),
            pointer, id + " is required" + (question.personalData()
                ? " (the respondent block)" : "") + " but unanswered"
                + (missing == Severity.WARNING ? " (a draft may leave it for later)" : "")));
      }
      if (answer != null) {
        checkAnswer(question, answer, "/answers/" + escape(id), findings);
      }
    }
    for (String id : response.answers().keySet()) {
      if (instrument.findQuestion(id).isEmpty()) {
        findings.add(ValidationFinding.of(Code.UNKNOWN_QUESTION, Severity.ERROR, Optional.of(id),
            "/answers/" + escape(id), "answer to unknown question '" + id + "': "
                + instrument.reference() + " has no such question"));
      }
    }
    return ValidationReport.builder()
        .instrument(instrument.reference())
        .jurisdictionId(response.jurisdiction().id())
        .findings(findings)
        .build();
  }

  private static void checkAnswer(Question question, Answer answer, String pointer,
      List<ValidationFinding> findings) {
    String id = question.id();
    Answer.Form expected = expectedForm(question.kind());
    if (answer.form() != expected) {
      findings.add(finding(Code.WRONG_ANSWER_KIND, question, pointer, id + " is a "
          + question.kind().id() + " question and takes " + describe(expected) + ", not "
          + describe(answer.form())));
    } else if (answer.form() == Answer.Form.TEXT) {
      if (answer.text().orElseThrow().isBlank()) {
        findings.add(finding(Code.BLANK_TEXT, question, pointer + "/text",
            id + " is answered with blank text"));
      }
    } else if (answer.form() == Answer.Form.CHOICE) {
      String choice = answer.choice().orElseThrow();
      if (question.findOption(choice).isEmpty()) {
        findings.add(question.kind() == QuestionKind.YES_NO
            ? finding(Code.NOT_YES_OR_NO, question, pointer + "/choice", id
                + " is a yes-no question, answered '" + choice + "'; the choice is yes or no")
            : finding(Code.UNKNOWN_OPTION, question, pointer + "/choice", id
                + " has no option '" + choice + "'; its options: " + question.optionIds()));
      }
    } else {
      checkChoices(question, answer, pointer, findings);
    }
    if (answer.form() == expected && question.kind().hasOptions()) {
      checkOtherText(question, answer, pointer, findings);
    } else if (answer.otherText().isPresent() && answer.form() == expected) {
      findings.add(finding(Code.OTHER_TEXT_WITHOUT_OPTION, question, pointer + "/otherText",
          id + " has no option that carries text, yet the answer gives other text"));
    }
    answer.code().ifPresent(code -> {
      if (question.codes().isEmpty()) {
        findings.add(finding(Code.CODE_NOT_TAKEN, question, pointer + "/code", id
            + " takes no analyst code, yet the answer carries '" + code + "'"));
      } else if (!question.codes().contains(code)) {
        findings.add(finding(Code.UNKNOWN_CODE, question, pointer + "/code", id
            + " takes the codes " + question.codes() + ", not '" + code + "'"));
      }
    });
  }

  private static void checkChoices(Question question, Answer answer, String pointer,
      List<ValidationFinding> findings) {
    String id = question.id();
    Set<String> seen = new HashSet<>();
    int distinctKnown = (int) answer.choices().stream().distinct()
        .filter(c -> question.findOption(c).isPresent()).count();
    for (int i = 0; i < answer.choices().size(); i++) {
      String choice = answer.choices().get(i);
      String at = pointer + "/choices/" + i;
      Optional<Option> option = question.findOption(choice);
      if (!seen.add(choice)) {
        findings.add(finding(Code.REPEATED_OPTION, question, at, id + " lists option '"
            + choice + "' more than once"));
      } else if (option.isEmpty()) {
        findings.add(finding(Code.UNKNOWN_OPTION, question, at, id + " has no option '"
            + choice + "'; its options: " + question.optionIds()));
      } else if (option.get().exclusive() && distinctKnown > 1) {
        findings.add(finding(Code.EXCLUSIVE_OPTION_COMBINED, question, at, id + "'s option '"
            + choice + "' excludes every other option, yet the answer chooses "
            + answer.choices()));
      }
    }
  }

  private static void checkOtherText(Question question, Answer answer, String pointer,
      List<ValidationFinding> findings) {
    String id = question.id();
    List<String> chosen = answer.choice().map(List::of).orElse(answer.choices());
    boolean textual = false;
    for (int i = 0; i < chosen.size(); i++) {
      Optional<Option> option = question.findOption(chosen.get(i));
      if (option.isPresent() && option.get().carriesText()) {
        textual = true;
        if (answer.otherText().filter(t -> !t.isBlank()).isEmpty()) {
          String at = answer.choice().isPresent() ? pointer + "/choice"
              : pointer + "/choices/" + i;
          findings.add(finding(Code.OPTION_WITHOUT_TEXT, question, at, id + "'s option '"
              + chosen.get(i) + "' asks for a description, but the answer gives no otherText"));
        }
      }
    }
    if (!textual && answer.otherText().isPresent()) {
      findings.add(finding(Code.OTHER_TEXT_WITHOUT_OPTION, question, pointer + "/otherText", id
          + " gives otherText, but chooses no option that carries text ("
          + question.options().stream().filter(Option::carriesText).map(Option::id)
              .reduce((a, b) -> a + ", " + b).orElse("it has none") + ")"));
    }
  }

  private static Answer.Form expectedForm(QuestionKind kind) {
    switch (kind) {
      case TEXT:
        return Answer.Form.TEXT;
      case MULTI_CHOICE:
        return Answer.Form.CHOICES;
      default:
        return Answer.Form.CHOICE;
    }
  }

  private static String describe(Answer.Form form) {
    switch (form) {
      case CHOICE:
        return "a choice ({\"choice\": ...})";
      case CHOICES:
        return "choices ({\"choices\": [...]})";
      default:
        return "a text ({\"text\": ...})";
    }
  }

  private static ValidationFinding finding(Code code, Question question, String pointer,
      String message) {
    return ValidationFinding.of(code, Severity.ERROR, Optional.of(question.id()), pointer,
        message);
  }

  /** Escapes a question id as a JSON Pointer segment (RFC 6901). */
  private static String escape(String id) {
    return id.replace("~", "~0").replace("/", "~1");
  }

  @Override
  public String toString() {
    return "Validator[" + instrument.reference() + "]";
  }
}
