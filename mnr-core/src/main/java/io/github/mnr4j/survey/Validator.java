package io.github.mnr4j.survey;

import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.ValidationFinding.Code;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
          "/instrument", "the response answers " + Messages.quote(response.instrument())
              + ", not '" + instrument.reference() + "'"));
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
        answered = response.respondent().isPresent();
        pointer = "/respondent";
      }
      Optional<SkipRule> rule = enablement.disabledBy(id);
      if (rule.isPresent() && answer != null) {
        findings.add(finding(Code.ANSWER_TO_DISABLED_QUESTION, question, pointer, id
            + " is answered, but it is disabled: " + rule.get()));
      }
      if (rule.isEmpty() && question.required() && !answered) {
        findings.add(ValidationFinding.of(Code.REQUIRED_UNANSWERED, missing, id,
            pointer, id + " is required" + (question.personalData()
                ? " (the respondent block)" : "") + " but unanswered"
                + (missing == Severity.WARNING ? " (a draft may leave it for later)" : "")));
      }
      if (answer != null) {
        answer.accept(new AnswerCheck(question, "/answers/" + escape(id), findings));
      }
    }
    for (String id : response.answers().keySet()) {
      if (instrument.findQuestion(id).isEmpty()) {
        findings.add(ValidationFinding.of(Code.UNKNOWN_QUESTION, Severity.ERROR, id,
            "/answers/" + escape(id), "answer to unknown question " + Messages.quote(id)
                + ": " + instrument.reference() + " has no such question"));
      }
    }
    return ValidationReport.builder()
        .instrument(instrument.reference())
        .jurisdictionId(response.jurisdiction().id())
        .addAllFindings(findings)
        .build();
  }

  /** The checks that depend on the kind of answer, and the checks common to all kinds. */
  private static final class AnswerCheck implements Answer.Visitor<Void> {
    private final Question question;
    private final String id;
    private final String pointer;
    private final List<ValidationFinding> findings;

    AnswerCheck(Question question, String pointer, List<ValidationFinding> findings) {
      this.question = question;
      this.id = question.id();
      this.pointer = pointer;
      this.findings = findings;
    }

    @Override
    public @Nullable Void choice(Answer.Choice answer) {
      if (!question.kind().takes(answer)) {
        wrongKind("a choice ({\"choice\": ...})");
      } else if (question.findOption(answer.optionId()).isEmpty()) {
        findings.add(question.kind() == QuestionKind.YES_NO
            ? finding(Code.NOT_YES_OR_NO, question, pointer + "/choice", id
                + " is a yes-no question, answered " + Messages.quote(answer.optionId())
                + "; the choice is yes or no")
            : finding(Code.UNKNOWN_OPTION, question, pointer + "/choice", id
                + " has no option " + Messages.quote(answer.optionId()) + "; its options: "
                + question.optionIds()));
      } else {
        otherText(answer, List.of(answer.optionId()), pointer + "/choice");
      }
      code(answer);
      return null;
    }

    @Override
    public @Nullable Void choices(Answer.Choices answer) {
      if (!question.kind().takes(answer)) {
        wrongKind("choices ({\"choices\": [...]})");
      } else {
        choices(answer.optionIds());
        otherText(answer, answer.optionIds(), pointer + "/choices/");
      }
      code(answer);
      return null;
    }

    @Override
    public @Nullable Void text(Answer.Text answer) {
      if (!question.kind().takes(answer)) {
        wrongKind("a text ({\"text\": ...})");
      } else {
        if (answer.text().isBlank()) {
          findings.add(finding(Code.BLANK_TEXT, question, pointer + "/text",
              id + " is answered with blank text"));
        }
        if (answer.otherText().isPresent()) {
          findings.add(finding(Code.OTHER_TEXT_WITHOUT_OPTION, question,
              pointer + "/otherText",
              id + " has no option that carries text, yet the answer gives other text"));
        }
      }
      code(answer);
      return null;
    }

    private void wrongKind(String given) {
      findings.add(finding(Code.WRONG_ANSWER_KIND, question, pointer, id + " is a "
          + question.kind().id() + " question and takes " + question.kind().answerForm()
          + ", not " + given));
    }

    private void choices(List<String> chosen) {
      Set<String> seen = new HashSet<>();
      int distinctKnown = (int) chosen.stream().distinct()
          .filter(c -> question.findOption(c).isPresent()).count();
      for (int i = 0; i < chosen.size(); i++) {
        String choice = chosen.get(i);
        String at = pointer + "/choices/" + i;
        Optional<Option> option = question.findOption(choice);
        if (!seen.add(choice)) {
          findings.add(finding(Code.REPEATED_OPTION, question, at, id + " lists option "
              + Messages.quote(choice) + " more than once"));
        } else if (option.isEmpty()) {
          findings.add(finding(Code.UNKNOWN_OPTION, question, at, id + " has no option "
              + Messages.quote(choice) + "; its options: " + question.optionIds()));
        } else if (option.get().exclusive() && distinctKnown > 1) {
          findings.add(finding(Code.EXCLUSIVE_OPTION_COMBINED, question, at, id
              + "'s option '" + choice + "' excludes every other option, yet the answer"
              + " chooses " + distinctKnown + " options"));
        }
      }
    }

    /**
     * An option that carries text needs otherText, and otherText needs such an option. For a
     * choice, {@code at} is the pointer of the choice; for choices, the prefix of each one's.
     */
    private void otherText(Answer answer, List<String> chosen, String at) {
      boolean textual = false;
      for (int i = 0; i < chosen.size(); i++) {
        Optional<Option> option = question.findOption(chosen.get(i));
        if (option.isPresent() && option.get().carriesText()) {
          textual = true;
          if (answer.otherText().filter(t -> !t.isBlank()).isEmpty()) {
            findings.add(finding(Code.OPTION_WITHOUT_TEXT, question,
                at.endsWith("/") ? at + i : at, id + "'s option '" + chosen.get(i)
                    + "' asks for a description, but the answer gives no otherText"));
          }
        }
      }
      if (!textual && answer.otherText().isPresent()) {
        findings.add(finding(Code.OTHER_TEXT_WITHOUT_OPTION, question, pointer + "/otherText",
            id + " gives otherText, but chooses no option that carries text ("
                + question.options().stream().filter(Option::carriesText).map(Option::id)
                    .reduce((a, b) -> a + ", " + b).orElse("it has none") + ")"));
      }
    }

    private void code(Answer answer) {
      answer.code().ifPresent(code -> {
        if (question.codes().isEmpty()) {
          findings.add(finding(Code.CODE_NOT_TAKEN, question, pointer + "/code", id
              + " takes no analyst code, yet the answer carries " + Messages.quote(code)));
        } else if (!question.codes().contains(code)) {
          findings.add(finding(Code.UNKNOWN_CODE, question, pointer + "/code", id
              + " takes the codes " + question.codes() + ", not " + Messages.quote(code)));
        }
      });
    }
  }

  private static ValidationFinding finding(Code code, Question question, String pointer,
      String message) {
    return ValidationFinding.of(code, Severity.ERROR, question.id(), pointer, message);
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
