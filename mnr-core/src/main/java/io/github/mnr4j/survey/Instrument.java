package io.github.mnr4j.survey;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A survey instrument: sections of questions, the skip rules between them, and the links from
 * questions to the capabilities of a {@link Framework}. {@link Instruments#mnrSurvey2021()} is
 * the Alliance's 2021 survey of governments; users can build others, such as the UNICEF survey
 * that asked whether laws were comprehensive, partial or absent.
 *
 * <pre>{@code
 * Instrument survey = Instruments.mnrSurvey2021();
 * survey.reference();                      // "wpga-mnr-survey@2021"
 * survey.question("q17").options().size(); // 11
 * survey.questionsInforming("legislation");// q16, q17, q18
 * }</pre>
 *
 * <p>Construction checks every reference at once: ids unique; sections, domains, enablers and
 * capabilities known to the framework; skip rules and their conditions naming questions,
 * options and codes that exist. Defects that leave an instrument well-formed but unusable
 * (backward skips, unreachable questions) are for {@link InstrumentChecks}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Instrument {
  Instrument() {}

  /**
   * Returns the instrument's id, such as {@code wpga-mnr-survey}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the instrument's edition, such as {@code 2021}: instruments are revised, and
   * responses name the edition they answer.
   *
   * @return the edition
   */
  public abstract String edition();

  /**
   * Returns the instrument's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns where the instrument comes from.
   *
   * @return a citation
   */
  public abstract String source();

  /**
   * Returns the framework whose capabilities the questions inform.
   *
   * @return the framework
   */
  public abstract Framework framework();

  /**
   * Returns the sections, in order.
   *
   * @return the sections
   */
  public abstract ImmutableList<Section> sections();

  /**
   * Returns every question, in the instrument's order.
   *
   * @return the questions
   */
  public abstract ImmutableList<Question> questions();

  /**
   * Returns the skip rules, in the order of their questions.
   *
   * @return the rules
   */
  public abstract ImmutableList<SkipRule> skipRules();

  /**
   * Returns the defects of the printed instrument that this encoding records.
   *
   * @return the errata
   */
  public abstract ImmutableList<Erratum> errata();

  /**
   * Returns notes on the encoding.
   *
   * @return notes
   */
  public abstract ImmutableList<String> notes();

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the reference responses use: {@code id@edition}.
   *
   * @return such as {@code wpga-mnr-survey@2021}
   */
  public String reference() {
    return id() + "@" + edition();
  }

  /**
   * Returns a question.
   *
   * @param questionId the question's id
   * @return the question
   * @throws MnrException naming the id if the instrument has no such question
   */
  public Question question(String questionId) {
    return findQuestion(questionId).orElseThrow(() -> new MnrException("unknown question '"
        + questionId + "' in instrument '" + reference() + "'"));
  }

  /**
   * Looks up a question.
   *
   * @param questionId the question's id
   * @return the question, or empty
   */
  public Optional<Question> findQuestion(String questionId) {
    Integer position = positions().get(questionId);
    return position == null ? Optional.empty() : Optional.of(questions().get(position));
  }

  /**
   * Returns a question's position in the instrument's order.
   *
   * @param questionId the question's id
   * @return the position, from 0
   * @throws MnrException naming the id if the instrument has no such question
   */
  public int position(String questionId) {
    Integer position = positions().get(questionId);
    if (position == null) {
      throw new MnrException("unknown question '" + questionId + "' in instrument '"
          + reference() + "'");
    }
    return position;
  }

  /**
   * Returns a section.
   *
   * @param sectionId the section's id
   * @return the section
   * @throws MnrException naming the id if the instrument has no such section
   */
  public Section section(String sectionId) {
    return sections().stream().filter(s -> s.id().equals(sectionId)).findFirst()
        .orElseThrow(() -> new MnrException("unknown section '" + sectionId
            + "' in instrument '" + reference() + "'"));
  }

  /**
   * Returns the questions of a section, in order.
   *
   * @param sectionId the section's id
   * @return the questions; empty for a section without questions
   * @throws MnrException naming the id if the instrument has no such section
   */
  public ImmutableList<Question> questionsOf(String sectionId) {
    section(sectionId);
    return questions().stream().filter(q -> q.sectionId().equals(sectionId))
        .collect(toImmutableList());
  }

  /**
   * Returns the questions that inform a capability or domain, directly or through an option.
   *
   * @param capabilityOrDomainId a capability or domain id of the framework
   * @return the questions, in order
   */
  public ImmutableList<Question> questionsInforming(String capabilityOrDomainId) {
    return questions().stream()
        .filter(q -> q.informs().contains(capabilityOrDomainId) || q.options().stream()
            .anyMatch(o -> o.alsoInforms().contains(capabilityOrDomainId)))
        .collect(toImmutableList());
  }

  /**
   * Renders the instrument as a readable outline for terminals and JShell: each section with
   * its enablers and outcome, then its questions with their kind, a {@code *} for required,
   * their options, skip rules and the capabilities they inform.
   *
   * <pre>
   * q7* [yes-no, gate of leadership]
   *     [Is there a national] governance or oversight committee to deal with CSEA ...
   *     if q7 = no, skip to q9
   * </pre>
   *
   * @return the outline, lines ended by {@code \n}
   */
  public String outline() {
    StringBuilder out = new StringBuilder();
    out.append(title()).append(" (").append(reference()).append(")\n");
    for (Section section : sections()) {
      out.append("\nSection ").append(section.number()).append(": ").append(section.title())
          .append('\n');
      section.introduction().ifPresent(text -> out.append("  ").append(text).append('\n'));
      if (!section.enablerIds().isEmpty()) {
        out.append("  Enablers: ").append(String.join(", ", section.enablerIds())).append('\n');
      }
      section.outcome().ifPresent(text -> out.append("  Outcome: ").append(text).append('\n'));
      for (Question question : questionsOf(section.id())) {
        out.append('\n').append(question.id()).append(question.required() ? "* [" : " [")
            .append(question.kind().id()).append(", ").append(question.role().id());
        if (!question.informs().isEmpty()) {
          out.append(" of ").append(String.join(", ", question.informs()));
        }
        out.append("]\n    ").append(question.text()).append('\n');
        if (question.kind() != QuestionKind.YES_NO) {
          for (Option option : question.options()) {
            out.append("    - ").append(option.id()).append(": ").append(option.text());
            if (option.exclusive()) {
              out.append(" (only on its own)");
            }
            if (option.carriesText()) {
              out.append(" (with a description)");
            }
            out.append('\n');
          }
        }
        if (!question.codes().isEmpty()) {
          out.append("    analyst codes: ").append(String.join(", ", question.codes()))
              .append('\n');
        }
        if (question.personalData()) {
          out.append("    personal data: answered by the respondent block\n");
        }
        skipRules().stream().filter(rule -> rule.questionId().equals(question.id()))
            .forEach(rule -> out.append("    ").append(rule).append('\n'));
      }
    }
    if (!errata().isEmpty()) {
      out.append("\nErrata\n");
      errata().forEach(erratum -> out.append("  ").append(erratum).append('\n'));
    }
    out.append("\nSource: ").append(source()).append('\n');
    return out.toString();
  }

  @Value.Lazy
  ImmutableMap<String, Integer> positions() {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < questions().size(); i++) {
      positions.putIfAbsent(questions().get(i).id(), i);
    }
    return ImmutableMap.copyOf(positions);
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("instrument '" + id() + "@" + edition() + "'")
        .id("id", id())
        .id("edition", edition())
        .notBlank("title", title())
        .notBlank("source", source());
    Framework framework = framework();
    Map<String, Section> sections = new HashMap<>();
    Map<Integer, String> sectionNumbers = new HashMap<>();
    for (int i = 0; i < sections().size(); i++) {
      Section section = sections().get(i);
      String at = String.valueOf(i);
      if (sections.putIfAbsent(section.id(), section) != null) {
        checks.add(List.of("sections", at, "id"), "duplicate section id '" + section.id() + "'");
      }
      if (sectionNumbers.putIfAbsent(section.number(), section.id()) != null) {
        checks.add(List.of("sections", at, "number"),
            "duplicate section number " + section.number());
      }
      section.domainId().filter(d -> framework.findDomain(d).isEmpty()).ifPresent(d ->
          checks.add(List.of("sections", at, "domainId"), "unknown domain '" + d
              + "' in framework '" + framework.id() + "'"));
      for (int j = 0; j < section.enablerIds().size(); j++) {
        String enabler = section.enablerIds().get(j);
        if (framework.findEnabler(enabler).isEmpty()) {
          checks.add(List.of("sections", at, "enablerIds", String.valueOf(j)),
              "unknown enabler '" + enabler + "' in framework '" + framework.id() + "'");
        }
      }
    }
    Map<String, Question> questions = Maps.newHashMap();
    Map<Integer, String> numbers = new HashMap<>();
    List<String> personal = new ArrayList<>();
    for (int i = 0; i < questions().size(); i++) {
      Question question = questions().get(i);
      String at = String.valueOf(i);
      if (questions.putIfAbsent(question.id(), question) != null) {
        checks.add(List.of("questions", at, "id"),
            "duplicate question id '" + question.id() + "'");
      }
      String other = numbers.putIfAbsent(question.number(), question.id());
      if (other != null) {
        checks.add(List.of("questions", at, "number"), "duplicate question number "
            + question.number() + " (also " + other + ")");
      }
      if (!sections.containsKey(question.sectionId())) {
        checks.add(List.of("questions", at, "sectionId"),
            "unknown section '" + question.sectionId() + "'");
      }
      for (int j = 0; j < question.informs().size(); j++) {
        String id = question.informs().get(j);
        if (framework.findCapability(id).isEmpty() && framework.findDomain(id).isEmpty()) {
          checks.add(List.of("questions", at, "informs", String.valueOf(j)), "'" + id
              + "' is neither a capability nor a domain of framework '" + framework.id() + "'");
        }
      }
      for (int j = 0; j < question.options().size(); j++) {
        Option option = question.options().get(j);
        for (int k = 0; k < option.alsoInforms().size(); k++) {
          String id = option.alsoInforms().get(k);
          if (framework.findCapability(id).isEmpty()) {
            checks.add(List.of("questions", at, "options", String.valueOf(j), "alsoInforms",
                String.valueOf(k)), "unknown capability '" + id + "' in framework '"
                + framework.id() + "'");
          }
        }
      }
      if (question.personalData()) {
        personal.add(question.id());
      }
    }
    if (personal.size() > 1) {
      checks.add("questions", "at most one question can be personal data (answered by the"
          + " respondent block), not " + personal);
    }
    for (int i = 0; i < skipRules().size(); i++) {
      SkipRule rule = skipRules().get(i);
      String at = String.valueOf(i);
      if (!questions.containsKey(rule.questionId())) {
        checks.add(List.of("skipRules", at, "questionId"),
            "unknown question '" + rule.questionId() + "'");
      }
      if (!questions.containsKey(rule.target())) {
        checks.add(List.of("skipRules", at, "target"), "unknown skip target '" + rule.target()
            + "': no such question in the instrument");
      }
      checkCondition(rule.when(), questions, checks, List.of("skipRules", at, "when"));
    }
    checks.throwIfAny();
  }

  /**
   * Checks a scoring criterion against this instrument: every question, option and code it
   * names must exist. Criteria may read a capability's evidence, which skip rules may not.
   *
   * @param condition the criterion's condition
   * @return one message per problem; empty when it fits the instrument
   */
  public ImmutableList<String> problemsOf(Condition condition) {
    List<String> messages = new ArrayList<>();
    Map<String, Question> questions = new HashMap<>();
    questions().forEach(q -> questions.putIfAbsent(q.id(), q));
    collectProblems(condition, questions, true, messages);
    return ImmutableList.copyOf(messages);
  }

  /** Records a problem for each question, option or code a condition names that does not exist. */
  static void checkCondition(Condition condition, Map<String, Question> questions, Checks checks,
      List<String> path) {
    List<String> messages = new ArrayList<>();
    collectProblems(condition, questions, false, messages);
    messages.forEach(message -> checks.add(path, message));
  }

  private static void collectProblems(Condition condition, Map<String, Question> questions,
      boolean evidenceAllowed, List<String> messages) {
    if (!condition.operands().isEmpty()) {
      condition.operands().forEach(o -> collectProblems(o, questions, evidenceAllowed, messages));
      return;
    }
    if (condition.questionId().isEmpty()) {
      if (!evidenceAllowed) {
        messages.add("condition " + condition + " reads a capability's evidence; a skip rule"
            + " can read answers only");
      }
      return;
    }
    String questionId = condition.questionId().get();
    Question question = questions.get(questionId);
    if (question == null) {
      messages.add("condition " + condition + " names unknown question '" + questionId + "'");
      return;
    }
    String value = condition.value().orElse("");
    switch (condition.kind()) {
      case IS:
      case INCLUDES:
        if (question.findOption(value).isEmpty()) {
          messages.add("condition " + condition + " names option '" + value + "', which "
              + questionId + " does not have; its options: " + question.optionIds());
        }
        break;
      case CODE_IS:
        if (!question.codes().contains(value)) {
          messages.add("condition " + condition + " names code '" + value + "', which "
              + questionId + " does not take; its codes: " + question.codes());
        }
        break;
      default:
        break;
    }
  }

  @Override
  public String toString() {
    return "Instrument " + reference() + " (" + title() + "): " + sections().size()
        + " sections, " + questions().size() + " questions, " + skipRules().size()
        + " skip rules";
  }

  /** Builds an {@link Instrument}; {@link #build()} checks every reference at once. */
  public static final class Builder extends ImmutableInstrument.Builder {
    Builder() {}
  }
}
