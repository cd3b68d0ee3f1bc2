package io.github.mnr4j.assessment;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Enablement;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionRole;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.Validator;
import io.github.mnr4j.survey.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns responses to one instrument into {@link Assessment}s. Create it once per instrument: it
 * works out, for each capability of the instrument's framework, which questions are its primary
 * gate, secondary gates, details, checklists and challenges (by the questions' roles and links), so
 * that assessing a response reads each gate's answer once.
 *
 * <p>A gate reads yes or no from the chosen option (a yes-no question's yes and no; a single-choice
 * gate's options whose {@link Option#verdict() verdict} affirms or denies), or from a text answer's
 * analyst code (q78). Answers to disabled questions, blank texts and answers that are neither yes
 * nor no are not evidence: a capability whose primary gate gives no yes or no is {@link
 * CapabilityStatus#UNKNOWN unknown}, never "not in place".
 *
 * <pre>{@code
 * Assessor assessor = Assessor.of(Instruments.mnrSurvey2021());
 * Assessment assessment = assessor.assess(response);
 * }</pre>
 *
 * <p>Assessing works out the statuses only; the rest of the evidence (details answered, checklist
 * coverage, the readings that explain it) is read from the response when it is asked for, so that
 * tallies of large cohorts do not pay for explanations they do not print.
 *
 * <p>Immutable and thread-safe.
 */
public final class Assessor {
  private final Instrument instrument;
  private final Validator validator;
  private final Links[] links;

  /**
   * Whether a skip rule can disable a primary gate; if none can (as in the 2021 survey), the
   * statuses are read without working out which questions the response enables.
   */
  private final boolean gatesCanBeDisabled;

  /** Each question's position in the instrument. */
  private final Set<String> personalData = new HashSet<>();

  /** A question that gives evidence, with its position in the instrument. */
  static final class Linked {
    final Question question;
    final int position;

    Linked(Question question, int position) {
      this.question = question;
      this.position = position;
    }

    String id() {
      return question.id();
    }
  }

  /** The questions that give evidence for one capability. */
  static final class Links {
    final String capabilityId;
    final @Nullable Linked primaryGate;
    final Optional<String> primaryGateId;
    final Linked[] secondaryGates;
    final Linked[] details;
    final Linked[] checklists;
    final Linked[] challenges;
    final List<String> secondaryGateIds;
    final List<String> detailIds;
    final List<String> checklistIds;
    final int offered;

    Links(String capabilityId, List<Linked> informing) {
      this.capabilityId = capabilityId;
      this.primaryGate =
          informing.stream()
              .filter(q -> q.question.role() == QuestionRole.GATE)
              .findFirst()
              .orElse(null);
      this.primaryGateId = Optional.ofNullable(primaryGate).map(Linked::id);
      this.secondaryGates = withRole(informing, QuestionRole.SECONDARY_GATE);
      this.details = withRole(informing, QuestionRole.DETAIL);
      this.checklists = withRole(informing, QuestionRole.CHECKLIST);
      this.challenges = withRole(informing, QuestionRole.CHALLENGES);
      this.secondaryGateIds = ids(secondaryGates);
      this.detailIds = ids(details);
      this.checklistIds = ids(checklists);
      int offered = 0;
      for (Linked checklist : checklists) {
        offered += (int) checklist.question.options().stream().filter(Assessor::counted).count();
      }
      this.offered = offered;
    }

    private static Linked[] withRole(List<Linked> questions, QuestionRole role) {
      return questions.stream().filter(q -> q.question.role() == role).toArray(Linked[]::new);
    }

    private static List<String> ids(Linked[] questions) {
      return Arrays.stream(questions).map(Linked::id).collect(Collectors.toUnmodifiableList());
    }
  }

  private Assessor(Instrument instrument) {
    this.instrument = instrument;
    this.validator = Validator.of(instrument);
    List<Capability> capabilities = instrument.framework().capabilities();
    this.links = new Links[capabilities.size()];
    List<Question> questions = instrument.questions();
    for (Question question : questions) {
      if (question.asksForPersonalData()) {
        personalData.add(question.id());
      }
    }
    for (int c = 0; c < links.length; c++) {
      String id = capabilities.get(c).id();
      List<Linked> informing = new ArrayList<>();
      for (int p = 0; p < questions.size(); p++) {
        if (questions.get(p).informs().contains(id)) {
          informing.add(new Linked(questions.get(p), p));
        }
      }
      links[c] = new Links(id, informing);
    }
    this.gatesCanBeDisabled =
        Arrays.stream(links)
            .anyMatch(
                link -> link.primaryGate != null && validator.canDisable(link.primaryGate.id()));
  }

  /**
   * Creates an assessor for an instrument.
   *
   * @param instrument the instrument
   * @return the assessor
   */
  public static Assessor of(Instrument instrument) {
    return new Assessor(instrument);
  }

  /**
   * Returns the instrument whose responses this assessor reads.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * Assesses a response. Invalid responses are assessed too, as far as their answers go; the
   * assessment carries the {@link Assessment#validation() validation} that says what is wrong.
   *
   * @param response a response to this assessor's instrument
   * @return the evidence for every capability of the instrument's framework
   * @throws MnrException naming both if the response answers another instrument
   */
  public Assessment assess(Response response) {
    if (!response.instrumentReference().equals(instrument.reference())) {
      throw new MnrException(
          "the response of "
              + response.jurisdiction()
              + " answers "
              + Messages.quote(response.instrumentReference())
              + ", not "
              + Messages.quote(instrument.reference())
              + ", which this assessor reads");
    }
    Enablement enablement = gatesCanBeDisabled ? validator.enablement(response) : null;
    CapabilityStatus[] statuses = new CapabilityStatus[links.length];
    for (int c = 0; c < links.length; c++) {
      Linked gate = links[c].primaryGate;
      Verdict verdict =
          gate == null
              ? Verdict.NEUTRAL
              : verdict(
                  gate.question,
                  enablement == null
                      ? response.answers().get(gate.id())
                      : answer(enablement, gate));
      statuses[c] =
          verdict == Verdict.AFFIRMS
              ? CapabilityStatus.IN_PLACE
              : verdict == Verdict.DENIES
                  ? CapabilityStatus.NOT_IN_PLACE
                  : CapabilityStatus.UNKNOWN;
    }
    return new Assessment(this, response, enablement, statuses);
  }

  Links[] links() {
    return links;
  }

  Validator validator() {
    return validator;
  }

  /**
   * Whether an answer to the question counts as evidence: it is the instrument's, and not one that
   * asks for personal data.
   */
  boolean isEvidence(String questionId) {
    return instrument.findQuestion(questionId).isPresent() && !personalData.contains(questionId);
  }

  /** The answer to a linked question, or null when it is unanswered or disabled. */
  static @Nullable Answer answer(Enablement enablement, Linked question) {
    return enablement.enabledAnswers().get(question.id());
  }

  /**
   * Reads yes or no from a gate's answer: from the chosen option's {@link Option#verdict()} (a
   * yes-no question's yes and no), or from a text's analyst code.
   */
  static Verdict verdict(Question gate, @Nullable Answer answer) {
    if (answer == null || !gate.kind().takes(answer)) {
      return Verdict.NEUTRAL;
    }
    // By the answer's class rather than a visitor: the call site sees every kind of answer and
    // would not be inlined, and it runs for each capability of each response assessed.
    if (answer instanceof Answer.Choice choice) {
      Optional<Option> option = gate.findOption(choice.optionId());
      return option.isPresent() ? option.get().verdict() : Verdict.NEUTRAL;
    }
    if (answer instanceof Answer.Text text) {
      String code = text.code().orElse("");
      return code.equals("yes")
          ? Verdict.AFFIRMS
          : code.equals("no") ? Verdict.DENIES : Verdict.NEUTRAL;
    }
    return Verdict.NEUTRAL; // a list of choices says neither yes nor no
  }

  /** What a gate's answer reads, for explanations: {@code q7 = yes}. */
  static String gateReading(Question gate, @Nullable Answer answer) {
    String id = gate.id();
    if (answer == null) {
      return id + " unanswered";
    }
    if (answer instanceof Answer.Choice choice) {
      return id + " = " + Messages.clip(choice.optionId());
    }
    if (answer instanceof Answer.Choices) {
      return id + " has no single choice";
    }
    return "code("
        + id
        + ")"
        + answer.code().map(c -> " = " + Messages.clip(c)).orElse(" not coded");
  }

  /** Checklist coverage counts the substantive options: not "Other", not exclusive ones. */
  static boolean counted(Option option) {
    return !option.carriesText() && !option.isExclusive();
  }

  @Override
  public String toString() {
    return "Assessor[" + instrument.reference() + "]";
  }
}
