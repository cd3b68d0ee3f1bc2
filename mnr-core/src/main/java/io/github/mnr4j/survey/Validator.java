package io.github.mnr4j.survey;

import io.github.mnr4j.Severity;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.ValidationFinding.Code;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * report.hasErrors();  // false
 * report.findingsFor("q17");  // []
 * validator.enablement(response).explain("q8");  // q8 is enabled
 * }</pre>
 *
 * <p>The rules: a required question must be answered when it is enabled (a warning in a draft); a
 * disabled question must stay unanswered; an answer must fit its question's kind, name options the
 * question has, not combine an exclusive option with others, give text with an option that carries
 * text and no such text without one, and carry only the codes the question allows; an answer to an
 * unknown question is an error. Nothing is fixed or dropped: every problem is a finding.
 *
 * <p>Immutable and thread-safe.
 */
public final class Validator {
  private final Instrument instrument;

  /**
   * For each question position, the skip rules that cover it as a bit set over the rules' indexes:
   * word w holds rules 64w to 64w + 63, and there are no more words than its last rule needs (none
   * for a question no rule covers).
   */
  private final long[][] covering;

  /** How many words a bit set over every rule has. */
  private final int ruleWords;

  /**
   * The rules that cover a question, in the order they are read: those that loop back first, then
   * those that skip forward by their own question's position. Whether a forward rule's question is
   * enabled then depends only on rules read before it, since a rule that covers it either loops
   * back or skips forward from an earlier question.
   */
  private final int[] readingOrder;

  /** For each rule, whether it skips forward (its question comes before its target). */
  private final boolean[] forward;

  private final int[] rulePosition;

  /**
   * For each rule whose condition is one leaf on a question of the instrument (every rule of the
   * 2021 survey), the position of that question: the rule is then read from the answers by
   * position, without a look-up. -1 for other rules.
   */
  private final int[] leafPosition;

  /**
   * For each question position, the finding that it is required but unanswered: an error, and the
   * warning a draft gets. Made once, since incomplete responses have many.
   */
  private final ValidationFinding[] unansweredError;

  private final ValidationFinding[] unansweredWarning;

  /** Whether the question at each position is required. */
  private final boolean[] required;

  /** The most options a question of the instrument has. */
  private final int mostOptions;

  private Validator(Instrument instrument) {
    this.instrument = instrument;
    List<SkipRule> rules = instrument.skipRules();
    int questions = instrument.questions().size();
    ruleWords = (rules.size() + 63) / 64;
    covering = new long[questions][];
    Arrays.fill(covering, new long[0]);
    forward = new boolean[rules.size()];
    rulePosition = new int[rules.size()];
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      int from = instrument.position(rules.get(r).questionId());
      int to = instrument.position(rules.get(r).targetId());
      rulePosition[r] = from;
      forward[r] = from < to;
      int first = instrument.firstCovered(rules.get(r));
      int last = instrument.lastCovered(rules.get(r));
      for (int p = first; p <= last; p++) {
        if (covering[p].length <= r / 64) {
          covering[p] = Arrays.copyOf(covering[p], r / 64 + 1);
        }
        covering[p][r / 64] |= 1L << r;
      }
      if (first <= last) {
        order.add(r);
      }
    }
    order.sort(Comparator.comparing((Integer r) -> forward[r]).thenComparing(r -> rulePosition[r]));
    readingOrder = order.stream().mapToInt(Integer::intValue).toArray();
    leafPosition = new int[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      Condition when = rules.get(r).when();
      leafPosition[r] =
          when instanceof Condition.Leaf leaf
                  && instrument.findQuestion(leaf.questionId()).isPresent()
              ? instrument.position(leaf.questionId())
              : -1;
    }
    unansweredError = new ValidationFinding[questions];
    unansweredWarning = new ValidationFinding[questions];
    for (int p = 0; p < questions; p++) {
      Question question = instrument.questions().get(p);
      unansweredError[p] = unanswered(question, Severity.ERROR);
      unansweredWarning[p] = unanswered(question, Severity.WARNING);
    }
    required = new boolean[questions];
    for (int p = 0; p < questions; p++) {
      required[p] = instrument.questions().get(p).isRequired();
    }
    mostOptions = instrument.questions().stream().mapToInt(q -> q.options().size()).max().orElse(0);
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
   * Tells whether some skip rule of the instrument can disable a question. A question no rule can
   * disable is enabled in every response, so that reading its answer needs no {@link
   * #enablement(Response)}.
   *
   * @param questionId a question of the instrument
   * @return true if a rule covers it
   * @throws io.github.mnr4j.MnrException naming the id if the instrument has no such question
   */
  public boolean canDisable(String questionId) {
    return covering[instrument.position(questionId)].length > 0;
  }

  /**
   * Works out which questions a response enables. A rule fires when its condition holds and, for a
   * forward rule, its own question is enabled.
   *
   * @param response the response
   * @return the enablement
   */
  public Enablement enablement(Response response) {
    return enablement(response.answers(), byPosition(response.answers()));
  }

  private Enablement enablement(Map<String, Answer> answers, Answer[] byPosition) {
    List<SkipRule> rules = instrument.skipRules();
    long[] fired = new long[ruleWords];
    for (int r : readingOrder) {
      if ((!forward[r] || firstFired(rulePosition[r], fired) < 0)
          && holds(rules.get(r), leafPosition[r], answers, byPosition)) {
        fired[r / 64] |= 1L << r;
      }
    }
    return new Enablement(this, fired, byPosition);
  }

  /**
   * The first rule, in the instrument's order, of those that fired that covers the question at a
   * position, or -1 when none does: the question is then enabled.
   */
  int firstFired(int position, long[] fired) {
    long[] rules = covering[position];
    for (int w = 0; w < rules.length; w++) {
      long both = rules[w] & fired[w];
      if (both != 0) {
        return w * 64 + Long.numberOfTrailingZeros(both);
      }
    }
    return -1;
  }

  private static boolean holds(
      SkipRule rule, int leafPosition, Map<String, Answer> answers, Answer[] byPosition) {
    if (leafPosition < 0) {
      return rule.when().test(answers);
    }
    Answer answer = byPosition[leafPosition];
    return answer != null && Conditions.holdsFor((Condition.Leaf) rule.when(), answer);
  }

  /** The answers by their questions' positions; answers to unknown questions are left out. */
  private Answer[] byPosition(Map<String, Answer> answers) {
    Answer[] byPosition = new Answer[instrument.questions().size()];
    answers.forEach(
        (questionId, answer) -> {
          int position = positionOf(questionId);
          if (position >= 0) {
            byPosition[position] = answer;
          }
        });
    return byPosition;
  }

  /** A question's position, or -1 if the instrument has no such question. */
  private int positionOf(String questionId) {
    Integer position = instrument.positions().get(questionId);
    return position == null ? -1 : position;
  }

  /**
   * Validates a response.
   *
   * @param response the response
   * @return every finding, in a stable order
   */
  public ValidationReport validate(Response response) {
    // Room for the findings of a typical draft (the synthetic cohort's have 16 or 17, mostly
    // unanswered questions), so that the list seldom grows.
    List<ValidationFinding> findings = new ArrayList<>(24);
    if (!response.instrumentReference().equals(instrument.reference())) {
      findings.add(
          ValidationFinding.of(
              Code.INSTRUMENT_MISMATCH,
              Severity.ERROR,
              "/instrument",
              "the response answers "
                  + Messages.quote(response.instrumentReference())
                  + ", not '"
                  + instrument.reference()
                  + "'"));
    }
    Map<String, Answer> answers = response.answers();
    Answer[] byPosition = byPosition(response.answers());
    Enablement enablement = enablement(answers, byPosition);
    Severity missing =
        response.status() == ResponseStatus.COMPLETED ? Severity.ERROR : Severity.WARNING;
    List<Question> questions = instrument.questions();
    AnswerCheck check = new AnswerCheck(findings, mostOptions);
    int known = 0;
    for (int p = 0; p < questions.size(); p++) {
      Answer answer = byPosition[p];
      if (answer == null && !required[p]) {
        continue; // the common case of a draft: nothing to check, nothing missing
      }
      SkipRule rule = enablement.disabledBy(p);
      if (answer == null && rule != null) {
        continue;
      }
      Question question = questions.get(p);
      String id = question.id();
      boolean answered = answer != null;
      known += answered ? 1 : 0;
      if (question.asksForPersonalData()) {
        if (answered) {
          findings.add(
              finding(
                  Code.PERSONAL_DATA_IN_ANSWERS,
                  question,
                  answerPointer(id),
                  id
                      + " asks for personal data, which belongs in the response's respondent block,"
                      + " not among its answers"));
        }
        answered = response.respondent().isPresent();
      }
      if (rule != null && answer != null) {
        findings.add(
            finding(
                Code.ANSWER_TO_DISABLED_QUESTION,
                question,
                answerPointer(id),
                id + " is answered, but it is disabled: " + rule));
      }
      if (rule == null && required[p] && !answered) {
        findings.add(missing == Severity.ERROR ? unansweredError[p] : unansweredWarning[p]);
      } else if (rule == null
          && required[p]
          && answer instanceof Answer.Choices
          && answer.isBlank()) {
        findings.add(
            ValidationFinding.of(
                Code.REQUIRED_UNANSWERED,
                missing,
                id,
                answerPointer(id) + "/choices",
                id + " is required but chooses no option, which is no answer"));
      }
      if (answer != null) {
        check.check(question, answer);
      }
    }
    if (known < answers.size()) {
      for (String id : answers.keySet()) {
        if (instrument.findQuestion(id).isEmpty()) {
          findings.add(
              ValidationFinding.of(
                  Code.UNKNOWN_QUESTION,
                  Severity.ERROR,
                  id,
                  answerPointer(id),
                  "answer to unknown question "
                      + Messages.quote(id)
                      + ": "
                      + instrument.reference()
                      + " has no such question"));
        }
      }
    }
    // One copy of the findings, where the builder would add them one by one.
    return ImmutableValidationReport.of(
            instrument.reference(), response.jurisdiction().id(), findings)
        .withSynthetic(response.jurisdiction().isSynthetic());
  }

  /**
   * The checks that depend on the kind of answer, and the checks common to all kinds, of one answer
   * at a time. Pointers and messages are made only for findings: most answers have none.
   */
  private static final class AnswerCheck {
    private final List<ValidationFinding> findings;

    // Set by check(Question, Answer) before anything reads them.
    @SuppressWarnings("NullAway.Init")
    private Question question;

    @SuppressWarnings("NullAway.Init")
    private String id;

    /**
     * Which options the list of choices being checked has named: option i is named when {@code
     * namedIn[i] == list}, the list's number, so that no answer needs an array of its own.
     */
    private final int[] namedIn;

    private int list;

    AnswerCheck(List<ValidationFinding> findings, int mostOptions) {
      this.findings = findings;
      this.namedIn = new int[mostOptions];
    }

    void check(Question question, Answer answer) {
      this.question = question;
      this.id = question.id();
      // By the answer's class rather than answer.accept(this): a call site that sees all three
      // kinds is not inlined, and this one runs for every answer validated.
      if (answer instanceof Answer.Choice choice) {
        choice(choice);
        code(choice.code());
      } else if (answer instanceof Answer.Choices choices) {
        choices(choices);
        code(choices.code());
      } else {
        Answer.Text text = (Answer.Text) answer;
        text(text);
        code(text.code());
      }
    }

    private String pointer() {
      return answerPointer(id);
    }

    /** Quotes a value of the answer, unless the question asks for personal data. */
    private String quote(String value) {
      return question.asksForPersonalData()
          ? "a value (not quoted: personal data)"
          : Messages.quote(value);
    }

    private void choice(Answer.Choice answer) {
      if (!question.kind().takesChoice()) {
        wrongKind("a choice ({\"choice\": ...})");
      } else {
        int index = question.optionIndex(answer.optionId());
        if (index < 0) {
          findings.add(
              question.kind() == QuestionKind.YES_NO
                  ? finding(
                      Code.NOT_YES_OR_NO,
                      question,
                      pointer() + "/choice",
                      id
                          + " is a yes-no question, answered "
                          + quote(answer.optionId())
                          + "; the choice is yes or no")
                  : finding(
                      Code.UNKNOWN_OPTION,
                      question,
                      pointer() + "/choice",
                      id
                          + " has no option "
                          + quote(answer.optionId())
                          + "; its options: "
                          + question.optionIds()));
        } else {
          boolean textual = question.options().get(index).carriesText();
          if (textual) {
            optionWithoutText(answer, answer.optionId(), -1);
          }
          otherTextWithoutOption(answer, textual);
        }
      }
    }

    private void choices(Answer.Choices answer) {
      if (!question.kind().takesChoices()) {
        wrongKind("choices ({\"choices\": [...]})");
      } else {
        List<String> chosen = answer.chosen();
        List<Option> options = question.options();
        list++;
        int distinctKnown = 0;
        boolean plain = true;
        boolean exclusive = false;
        boolean textual = false;
        for (int i = 0; i < chosen.size(); i++) {
          int index = question.optionIndex(chosen.get(i));
          if (index < 0 || namedIn[index] == list) {
            plain = false;
          } else {
            namedIn[index] = list;
            distinctKnown++;
            exclusive |= options.get(index).isExclusive();
            textual |= options.get(index).carriesText();
          }
        }
        // Most answers choose plain options: the loops for findings run only when one may be due.
        if (!plain) {
          repeatedOrUnknown(chosen, distinctKnown);
        } else if (exclusive && distinctKnown > 1) {
          for (int i = 0; i < chosen.size(); i++) {
            if (options.get(question.optionIndex(chosen.get(i))).isExclusive()) {
              exclusiveCombined(chosen.get(i), i, distinctKnown);
            }
          }
        }
        if (textual) {
          for (int i = 0; i < chosen.size(); i++) {
            int index = question.optionIndex(chosen.get(i));
            if (index >= 0 && options.get(index).carriesText()) {
              optionWithoutText(answer, chosen.get(i), i);
            }
          }
        }
        otherTextWithoutOption(answer, textual);
      }
    }

    /**
     * The findings of a list of choices that repeats or names unknown options, one per choice at
     * fault, in the list's order; an exclusive option is reported here too, so that each choice has
     * at most one finding.
     */
    private void repeatedOrUnknown(List<String> chosen, int distinctKnown) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < chosen.size(); i++) {
        String choice = chosen.get(i);
        String at = pointer() + "/choices/" + i;
        Optional<Option> option = question.findOption(choice);
        if (!seen.add(choice)) {
          findings.add(
              finding(
                  Code.REPEATED_OPTION,
                  question,
                  at,
                  id + " lists option " + quote(choice) + " more than once"));
        } else if (option.isEmpty()) {
          findings.add(
              finding(
                  Code.UNKNOWN_OPTION,
                  question,
                  at,
                  id
                      + " has no option "
                      + quote(choice)
                      + "; its options: "
                      + question.optionIds()));
        } else if (option.get().isExclusive() && distinctKnown > 1) {
          exclusiveCombined(choice, i, distinctKnown);
        }
      }
    }

    private void exclusiveCombined(String choice, int index, int distinctKnown) {
      findings.add(
          finding(
              Code.EXCLUSIVE_OPTION_COMBINED,
              question,
              pointer() + "/choices/" + index,
              id
                  + "'s option '"
                  + choice
                  + "' excludes every"
                  + " other option, yet the answer chooses "
                  + distinctKnown
                  + " options"));
    }

    private void text(Answer.Text answer) {
      if (!question.kind().takesText()) {
        wrongKind("a text ({\"text\": ...})");
      } else {
        if (answer.text().isBlank()) {
          findings.add(
              finding(
                  Code.BLANK_TEXT,
                  question,
                  pointer() + "/text",
                  id + " is answered with blank text"));
        }
        if (answer.otherText().isPresent()) {
          findings.add(
              finding(
                  Code.OTHER_TEXT_WITHOUT_OPTION,
                  question,
                  pointer() + "/otherText",
                  id + " has no option that carries text, yet the answer gives other text"));
        }
      }
    }

    private void wrongKind(String given) {
      findings.add(
          finding(
              Code.WRONG_ANSWER_KIND,
              question,
              pointer(),
              id
                  + " is a "
                  + question.kind().id()
                  + " question and takes "
                  + question.kind().answerForm()
                  + ", not "
                  + given));
    }

    /**
     * An option that carries text needs the text; index: its place among choices, -1 for a choice.
     */
    private void optionWithoutText(Answer answer, String optionId, int index) {
      if (answer.otherText().filter(t -> !t.isBlank()).isEmpty()) {
        findings.add(
            finding(
                Code.OPTION_WITHOUT_TEXT,
                question,
                index < 0 ? pointer() + "/choice" : pointer() + "/choices/" + index,
                id
                    + "'s option '"
                    + optionId
                    + "' asks for a description, but the answer gives no otherText"));
      }
    }

    /** OtherText needs an option that carries text. */
    private void otherTextWithoutOption(Answer answer, boolean textual) {
      if (!textual && answer.otherText().isPresent()) {
        findings.add(
            finding(
                Code.OTHER_TEXT_WITHOUT_OPTION,
                question,
                pointer() + "/otherText",
                id
                    + " gives otherText, but chooses no option that carries text ("
                    + question.options().stream()
                        .filter(Option::carriesText)
                        .map(Option::id)
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("it has none")
                    + ")"));
      }
    }

    private void code(Optional<String> given) {
      if (given.isEmpty()) {
        return;
      }
      String code = given.get();
      if (question.codes().isEmpty()) {
        findings.add(
            finding(
                Code.CODE_NOT_TAKEN,
                question,
                pointer() + "/code",
                id + " takes no analyst code, yet the answer carries " + quote(code)));
      } else if (!question.codes().contains(code)) {
        findings.add(
            finding(
                Code.UNKNOWN_CODE,
                question,
                pointer() + "/code",
                id + " takes the codes " + question.codes() + ", not " + quote(code)));
      }
    }
  }

  private static ValidationFinding unanswered(Question question, Severity severity) {
    String id = question.id();
    return ValidationFinding.of(
        Code.REQUIRED_UNANSWERED,
        severity,
        id,
        question.asksForPersonalData() ? "/respondent" : answerPointer(id),
        id
            + " is required"
            + (question.asksForPersonalData() ? " (the respondent block)" : "")
            + " but unanswered"
            + (severity == Severity.WARNING ? " (a draft may leave it for later)" : ""));
  }

  /** The JSON Pointer of an answer. */
  private static String answerPointer(String questionId) {
    return "/answers/" + escape(questionId);
  }

  private static ValidationFinding finding(
      Code code, Question question, String pointer, String message) {
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
