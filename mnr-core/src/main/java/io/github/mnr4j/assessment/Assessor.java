package io.github.mnr4j.assessment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns responses to one instrument into {@link Assessment}s. Create it once per instrument: it
 * works out, for each capability of the instrument's framework, which questions are its primary
 * gate, secondary gates, details, checklists and challenges (by the questions' roles and links),
 * so that assessing a response reads each of those answers once.
 *
 * <p>A gate reads yes or no from the chosen option (a yes-no question's yes and no; a
 * single-choice gate's options whose {@link Option#verdict() verdict} affirms or denies), or
 * from a text answer's analyst code (q78). Answers to disabled questions, blank texts and answers that are
 * neither yes nor no are not evidence: a capability whose primary gate gives no yes or no is
 * {@link CapabilityStatus#UNKNOWN unknown}, never "not in place".
 *
 * <pre>{@code
 * Assessor assessor = Assessor.of(Instruments.mnrSurvey2021());
 * Assessment assessment = assessor.assess(response);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Assessor {
  private final Instrument instrument;
  private final Validator validator;
  private final ImmutableList<Links> links;

  /** The questions that give evidence for one capability. */
  private static final class Links {
    final String capabilityId;
    final Optional<Question> primaryGate;
    final ImmutableList<Question> secondaryGates;
    final ImmutableList<Question> details;
    final ImmutableList<Question> checklists;
    final ImmutableList<Question> challenges;
    final int offered;

    Links(String capabilityId, List<Question> informing) {
      this.capabilityId = capabilityId;
      this.primaryGate = informing.stream().filter(q -> q.role() == QuestionRole.GATE)
          .findFirst();
      this.secondaryGates = withRole(informing, QuestionRole.SECONDARY_GATE);
      this.details = withRole(informing, QuestionRole.DETAIL);
      this.checklists = withRole(informing, QuestionRole.CHECKLIST);
      this.challenges = withRole(informing, QuestionRole.CHALLENGES);
      this.offered = checklists.stream().mapToInt(q -> (int) q.options().stream()
          .filter(Assessor::counted).count()).sum();
    }

    private static ImmutableList<Question> withRole(List<Question> questions, QuestionRole role) {
      return questions.stream().filter(q -> q.role() == role)
          .collect(ImmutableList.toImmutableList());
    }
  }

  private Assessor(Instrument instrument) {
    this.instrument = instrument;
    this.validator = Validator.of(instrument);
    ImmutableList.Builder<Links> builder = ImmutableList.builder();
    for (Capability capability : instrument.framework().capabilities()) {
      List<Question> informing = instrument.questions().stream()
          .filter(q -> q.informs().contains(capability.id()))
          .collect(ImmutableList.toImmutableList());
      builder.add(new Links(capability.id(), informing));
    }
    this.links = builder.build();
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
   * Assesses a response.
   *
   * @param response a response to this assessor's instrument
   * @return the evidence for every capability of the instrument's framework
   */
  public Assessment assess(Response response) {
    Enablement enablement = validator.enablement(response);
    ImmutableMap.Builder<String, Answer> enabled = ImmutableMap.builder();
    for (Map.Entry<String, Answer> entry : response.answers().entrySet()) {
      if (instrument.findQuestion(entry.getKey()).isPresent()
          && enablement.isEnabled(entry.getKey())) {
        enabled.put(entry);
      }
    }
    ImmutableMap<String, Answer> answers = enabled.build();
    ImmutableAssessment.Builder assessment = ImmutableAssessment.builder()
        .instrument(response.instrument())
        .framework(instrument.framework())
        .jurisdiction(response.jurisdiction())
        .putAllAnswers(answers);
    for (Links link : links) {
      assessment.addCapability(evidence(link, answers));
    }
    return assessment.build();
  }

  private static CapabilityEvidence evidence(Links link, Map<String, Answer> answers) {
    List<String> readings = new ArrayList<>();
    CapabilityStatus status = CapabilityStatus.UNKNOWN;
    if (link.primaryGate.isPresent()) {
      Verdict gate = gate(link.primaryGate.get(), answers, readings);
      status = gate == Verdict.AFFIRMS ? CapabilityStatus.IN_PLACE
          : gate == Verdict.DENIES ? CapabilityStatus.NOT_IN_PLACE : CapabilityStatus.UNKNOWN;
    }
    ImmutableCapabilityEvidence.Builder evidence = ImmutableCapabilityEvidence.builder()
        .capabilityId(link.capabilityId)
        .status(status);
    link.primaryGate.ifPresent(gate -> evidence.primaryGate(gate.id()));
    for (Question gate : link.secondaryGates) {
      evidence.addSecondaryGate(gate.id());
      if (gate(gate, answers, readings) == Verdict.AFFIRMS) {
        evidence.addSecondaryGatesAnsweredYes(gate.id());
      }
    }
    for (Question detail : link.details) {
      evidence.addDetailQuestion(detail.id());
      if (answered(detail, answers, readings)) {
        evidence.addAnsweredDetail(detail.id());
      }
    }
    int chosen = 0;
    for (Question checklist : link.checklists) {
      evidence.addChecklistQuestion(checklist.id());
      Answer answer = answers.get(checklist.id());
      long offered = checklist.options().stream().filter(Assessor::counted).count();
      if (answer == null) {
        readings.add(checklist.id() + " unanswered");
        continue;
      }
      long picked = checklist.options().stream()
          .filter(o -> counted(o) && answer.chose(o.id())).count();
      chosen += (int) picked;
      readings.add(checklist.id() + ": " + picked + " of " + offered + " options");
    }
    for (Question challenge : link.challenges) {
      if (answered(challenge, answers, readings)) {
        evidence.addAnsweredChallenge(challenge.id());
      }
    }
    return evidence.checklistOffered(link.offered).checklistChosen(chosen)
        .addAllReadings(readings).build();
  }

  /**
   * Reads yes or no from a gate: from the chosen option's {@link Option#verdict()} (a yes-no
   * question's yes and no), or from a text's analyst code.
   */
  private static Verdict gate(Question question, Map<String, Answer> answers,
      List<String> readings) {
    Answer answer = answers.get(question.id());
    if (answer == null) {
      readings.add(question.id() + " unanswered");
      return Verdict.NEUTRAL;
    }
    return answer.accept(new Answer.Visitor<Verdict>() {
      @Override
      public Verdict choice(Answer.Choice choice) {
        readings.add(question.id() + " = " + Messages.clip(choice.optionId()));
        return question.kind().takes(choice) ? question.findOption(choice.optionId())
            .map(Option::verdict).orElse(Verdict.NEUTRAL) : Verdict.NEUTRAL;
      }

      @Override
      public Verdict choices(Answer.Choices choices) {
        readings.add(question.id() + " has no single choice");
        return Verdict.NEUTRAL;
      }

      @Override
      public Verdict text(Answer.Text text) {
        Optional<String> code = text.code();
        readings.add("code(" + question.id() + ")"
            + code.map(c -> " = " + Messages.clip(c)).orElse(" not coded"));
        if (!question.kind().takes(text)) {
          return Verdict.NEUTRAL;
        }
        return code.map(c -> c.equals("yes") ? Verdict.AFFIRMS
            : c.equals("no") ? Verdict.DENIES : Verdict.NEUTRAL).orElse(Verdict.NEUTRAL);
      }
    });
  }

  private static boolean answered(Question question, Map<String, Answer> answers,
      List<String> readings) {
    Answer answer = answers.get(question.id());
    boolean answered = answer != null && !answer.isBlank();
    readings.add(question.id() + (answered ? " answered" : " unanswered"));
    return answered;
  }

  /** Checklist coverage counts the substantive options: not "Other", not exclusive ones. */
  private static boolean counted(Option option) {
    return !option.carriesText() && !option.exclusive();
  }

  @Override
  public String toString() {
    return "Assessor[" + instrument.reference() + "]";
  }
}
