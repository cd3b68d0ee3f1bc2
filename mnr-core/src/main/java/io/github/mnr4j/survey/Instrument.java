package io.github.mnr4j.survey;

import static java.util.stream.Collectors.toUnmodifiableList;

import com.google.common.collect.ImmutableMap;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Note;
import io.github.mnr4j.framework.Passage;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.internal.checks.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A survey instrument: sections of questions, the skip rules between them, and the links from
 * questions to the capabilities of a {@link Framework}. {@link Instruments#mnrSurvey2021()} is the
 * Alliance's 2021 survey of governments; users can build others, such as the UNICEF survey that
 * asked whether laws were comprehensive, partial or absent.
 *
 * <pre>{@code
 * Instrument survey = Instruments.mnrSurvey2021();
 * survey.reference();                      // "wpga-mnr-survey@2021"
 * survey.question("q17").options().size(); // 11
 * survey.questionsInforming("legislation").stream().map(Question::id).toList();  // [q16, q17, q18]
 * }</pre>
 *
 * <p>Construction checks every reference at once: ids unique; sections, domains, enablers and
 * capabilities known to the framework; skip rules and their conditions naming questions, options
 * and codes that exist. Defects that leave an instrument well-formed but unusable (backward skips,
 * unreachable questions) are for {@link InstrumentChecks}.
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
   * Returns the instrument's edition, such as {@code 2021}: instruments are revised, and responses
   * name the edition they answer.
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
  public abstract List<Section> sections();

  /**
   * Returns every question, in the instrument's order.
   *
   * @return the questions
   */
  public abstract List<Question> questions();

  /**
   * Returns the skip rules, in the order of their questions.
   *
   * @return the rules
   */
  public abstract List<SkipRule> skipRules();

  /**
   * Returns the defects of the printed instrument that this encoding records.
   *
   * @return the errata
   */
  public abstract List<Erratum> errata();

  /**
   * Returns notes on the encoding.
   *
   * @return notes, in order, each with an id of its own
   */
  public abstract List<Note> notes();

  /**
   * Returns passages of the printed instrument that are not questions, verbatim and with ids: for
   * the 2021 survey, its overview ({@code overview}: "Questions marked with an * require a
   * response") and the documentation it asks for, by domain ({@code documentation-...}).
   *
   * @return the passages, in print order; possibly empty
   */
  public abstract List<Passage> passages();

  /**
   * Returns the passage with an id.
   *
   * @param passageId such as {@code overview}
   * @return the passage
   * @throws MnrException naming the id and the known ids if there is no such passage
   */
  public Passage passage(String passageId) {
    return passages().stream()
        .filter(p -> p.id().equals(passageId))
        .findFirst()
        .orElseThrow(
            () ->
                new MnrException(
                    Messages.unknown(
                        "passage",
                        passageId,
                        "instrument '" + reference() + "'",
                        passages().stream().map(Passage::id).collect(toUnmodifiableList()))));
  }

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableInstrument.builder();
  }

  /**
   * Returns the reference responses use: {@code id@edition}.
   *
   * @return such as {@code wpga-mnr-survey@2021}
   */
  @Value.Lazy // made once: every response validated or assessed is checked against it
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
    return findQuestion(questionId).orElseThrow(() -> unknownQuestion(questionId));
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
  int position(String questionId) {
    Integer position = positions().get(questionId);
    if (position == null) {
      throw unknownQuestion(questionId);
    }
    return position;
  }

  /**
   * The first question position a skip rule covers, for the validator and the checks to agree on: a
   * rule that skips forward covers the questions between its own and its target; one that skips
   * back or to itself loops over the questions from its target to its own, and is taken to cover
   * them all. A forward skip to the very next question covers none: its first is after its last.
   */
  int firstCovered(SkipRule rule) {
    int from = position(rule.questionId());
    int to = position(rule.targetId());
    return from < to ? from + 1 : to;
  }

  /** The last question position a skip rule covers: see {@link #firstCovered}. */
  int lastCovered(SkipRule rule) {
    int from = position(rule.questionId());
    int to = position(rule.targetId());
    return from < to ? to - 1 : from;
  }

  private MnrException unknownQuestion(String questionId) {
    return new MnrException(
        Messages.unknown(
            "question",
            questionId,
            "instrument '" + reference() + "'",
            questions().stream().map(Question::id).collect(toUnmodifiableList())));
  }

  /**
   * Returns a section.
   *
   * @param sectionId the section's id
   * @return the section
   * @throws MnrException naming the id if the instrument has no such section
   */
  public Section section(String sectionId) {
    return findSection(sectionId)
        .orElseThrow(
            () ->
                new MnrException(
                    Messages.unknown(
                        "section",
                        sectionId,
                        "instrument '" + reference() + "'",
                        sections().stream().map(Section::id).collect(toUnmodifiableList()))));
  }

  /**
   * Looks up a section.
   *
   * @param sectionId the section's id
   * @return the section, or empty
   */
  public Optional<Section> findSection(String sectionId) {
    return sections().stream().filter(s -> s.id().equals(sectionId)).findFirst();
  }

  /**
   * Returns the questions of a section, in order.
   *
   * @param sectionId the section's id
   * @return the questions; empty for a section without questions
   * @throws MnrException naming the id if the instrument has no such section
   */
  public List<Question> questionsOf(String sectionId) {
    section(sectionId);
    return questions().stream()
        .filter(q -> q.sectionId().equals(sectionId))
        .collect(toUnmodifiableList());
  }

  /**
   * Returns the questions that inform a capability or domain, directly or through an option.
   *
   * @param capabilityOrDomainId a capability or domain id of the framework
   * @return the questions, in order
   */
  public List<Question> questionsInforming(String capabilityOrDomainId) {
    return questions().stream()
        .filter(
            q ->
                q.informs().contains(capabilityOrDomainId)
                    || q.options().stream()
                        .anyMatch(o -> o.alsoInforms().contains(capabilityOrDomainId)))
        .collect(toUnmodifiableList());
  }

  /**
   * Renders the instrument as a readable outline for terminals and JShell: its overview, each
   * section with its introduction, enablers, outcome and capability blurbs, then its questions with
   * their kind, a {@code *} for required, their options, skip rules and the capabilities they
   * inform; then the documentation it asks for, and its errata.
   *
   * <pre>
   * q7* [yes-no, gate of leadership]
   *     [Is there a national] governance or oversight committee to deal with CSEA ...
   *     if q7 = no, skip to q9
   * </pre>
   *
   * @return the outline, lines ended by {@code \n}
   */
  public String toOutline() {
    StringBuilder out = new StringBuilder();
    out.append(title()).append(" (").append(reference()).append(")\n");
    // The overview stands before the sections in print; every other passage after them.
    passages().stream()
        .filter(p -> p.id().equals(OVERVIEW))
        .forEach(p -> indented(out.append('\n'), p.text()));
    for (Section section : sections()) {
      out.append("\nSection ")
          .append(section.number())
          .append(": ")
          .append(section.title())
          .append('\n');
      section.introduction().ifPresent(text -> indented(out, text));
      if (!section.enablerIds().isEmpty()) {
        out.append("  Enablers: ").append(String.join(", ", section.enablerIds())).append('\n');
      }
      section.outcome().ifPresent(text -> out.append("  Outcome: ").append(text).append('\n'));
      section
          .capabilityBlurbs()
          .values()
          .forEach(blurb -> out.append("  - ").append(blurb).append('\n'));
      for (Question question : questionsOf(section.id())) {
        out.append('\n')
            .append(question.id())
            .append(question.isRequired() ? "* [" : " [")
            .append(question.kind().id())
            .append(", ")
            .append(question.role().id());
        if (!question.informs().isEmpty()) {
          out.append(" of ").append(String.join(", ", question.informs()));
        }
        out.append("]\n    ").append(question.text()).append('\n');
        if (question.kind() != QuestionKind.YES_NO) {
          for (Option option : question.options()) {
            out.append("    - ").append(option.id()).append(": ").append(option.text());
            if (option.isExclusive()) {
              out.append(" (only on its own)");
            }
            if (option.carriesText()) {
              out.append(" (with a description)");
            }
            out.append('\n');
          }
        }
        if (!question.codes().isEmpty()) {
          out.append("    analyst codes: ")
              .append(String.join(", ", question.codes()))
              .append('\n');
        }
        if (question.asksForPersonalData()) {
          out.append("    personal data: answered by the respondent block\n");
        }
        skipRules().stream()
            .filter(rule -> rule.questionId().equals(question.id()))
            .forEach(rule -> out.append("    ").append(rule).append('\n'));
      }
    }
    for (Passage passage : passages()) {
      if (!passage.id().equals(OVERVIEW)) {
        passage.heading().ifPresent(h -> out.append('\n').append(h).append('\n'));
        out.append(passage.domainIds().isEmpty() ? "  " : "  - ")
            .append(passage.text())
            .append('\n');
      }
    }
    if (!errata().isEmpty()) {
      out.append("\nErrata\n");
      errata().forEach(erratum -> out.append("  ").append(erratum).append('\n'));
    }
    out.append("\nSource: ").append(source()).append('\n');
    return out.toString();
  }

  /** The id of the passage an outline prints first, before the sections. */
  private static final String OVERVIEW = "overview";

  /** Appends a text of paragraphs, every line indented by two spaces. */
  private static void indented(StringBuilder out, String text) {
    text.lines().forEach(line -> out.append(line.isEmpty() ? "" : "  ").append(line).append('\n'));
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
    Checks checks =
        Checks.of("instrument '" + id() + "@" + edition() + "'")
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
        checks.add(
            List.of("sections", at, "number"), "duplicate section number " + section.number());
      }
      section
          .domainId()
          .filter(d -> framework.findDomain(d).isEmpty())
          .ifPresent(
              d ->
                  checks.add(
                      List.of("sections", at, "domainId"),
                      "unknown domain '" + d + "' in framework '" + framework.id() + "'"));
      for (int j = 0; j < section.enablerIds().size(); j++) {
        String enabler = section.enablerIds().get(j);
        if (framework.findEnabler(enabler).isEmpty()) {
          checks.add(
              List.of("sections", at, "enablerIds", String.valueOf(j)),
              "unknown enabler '" + enabler + "' in framework '" + framework.id() + "'");
        }
      }
      for (String capability : section.capabilityBlurbs().keySet()) {
        if (framework.findCapability(capability).isEmpty()) {
          checks.add(
              List.of("sections", at, "capabilityBlurbs", capability),
              "unknown capability '" + capability + "' in framework '" + framework.id() + "'");
        }
      }
    }
    Map<String, Question> questions = new HashMap<>();
    Map<Integer, String> numbers = new HashMap<>();
    List<String> personal = new ArrayList<>();
    for (int i = 0; i < questions().size(); i++) {
      Question question = questions().get(i);
      String at = String.valueOf(i);
      if (questions.putIfAbsent(question.id(), question) != null) {
        checks.add(List.of("questions", at, "id"), "duplicate question id '" + question.id() + "'");
      }
      String other = numbers.putIfAbsent(question.number(), question.id());
      if (other != null) {
        checks.add(
            List.of("questions", at, "number"),
            "duplicate question number " + question.number() + " (also " + other + ")");
      }
      if (!sections.containsKey(question.sectionId())) {
        checks.add(
            List.of("questions", at, "sectionId"),
            "unknown section '" + question.sectionId() + "'");
      }
      for (int j = 0; j < question.informs().size(); j++) {
        String id = question.informs().get(j);
        if (framework.findCapability(id).isEmpty() && framework.findDomain(id).isEmpty()) {
          checks.add(
              List.of("questions", at, "informs", String.valueOf(j)),
              "'"
                  + id
                  + "' is neither a capability nor a domain of framework '"
                  + framework.id()
                  + "'");
        }
      }
      for (int j = 0; j < question.options().size(); j++) {
        Option option = question.options().get(j);
        for (int k = 0; k < option.alsoInforms().size(); k++) {
          String id = option.alsoInforms().get(k);
          if (framework.findCapability(id).isEmpty()) {
            checks.add(
                List.of(
                    "questions",
                    at,
                    "options",
                    String.valueOf(j),
                    "alsoInforms",
                    String.valueOf(k)),
                "unknown capability '" + id + "' in framework '" + framework.id() + "'");
          }
        }
      }
      if (question.asksForPersonalData()) {
        personal.add(question.id());
      }
    }
    if (personal.size() > 1) {
      checks.add(
          "questions",
          "at most one question can be personal data (answered by the"
              + " respondent block), not "
              + personal);
    }
    for (int i = 0; i < skipRules().size(); i++) {
      SkipRule rule = skipRules().get(i);
      String at = String.valueOf(i);
      if (!questions.containsKey(rule.questionId())) {
        checks.add(
            List.of("skipRules", at, "questionId"), "unknown question '" + rule.questionId() + "'");
      }
      if (!questions.containsKey(rule.targetId())) {
        checks.add(
            List.of("skipRules", at, "target"),
            "unknown skip target '" + rule.targetId() + "': no such question in the instrument");
      }
      referenceProblems(rule.when(), id -> Optional.ofNullable(questions.get(id)))
          .forEach(message -> checks.add(List.of("skipRules", at, "when"), message));
    }
    checks.unique("passages", passages(), Passage::id, "id", "passage id");
    for (int i = 0; i < passages().size(); i++) {
      Passage passage = passages().get(i);
      for (String domainId : passage.domainIds()) {
        if (framework.findDomain(domainId).isEmpty()) {
          checks.add(
              List.of("passages", String.valueOf(i), "domainIds"),
              "unknown domain '" + domainId + "' in framework '" + framework.id() + "'");
        }
      }
    }
    checks.unique("notes", notes(), Note::id, "id", "note id");
    checks.throwIfAny();
  }

  /**
   * Lists what a condition names that the instrument lacks: questions it does not have, options and
   * codes its questions do not have.
   */
  private static List<String> referenceProblems(
      Condition condition, Function<String, Optional<Question>> questions) {
    List<String> messages = new ArrayList<>();
    for (Condition.Leaf leaf : Conditions.leaves(condition)) {
      Optional<Question> question = questions.apply(leaf.questionId());
      if (question.isEmpty()) {
        messages.add(
            "condition " + leaf + " names unknown question " + Messages.quote(leaf.questionId()));
      } else {
        Conditions.referenceProblem(leaf, question.get()).ifPresent(messages::add);
      }
    }
    return messages;
  }

  @Override
  public String toString() {
    return "Instrument "
        + reference()
        + " ("
        + title()
        + "): "
        + sections().size()
        + " sections, "
        + questions().size()
        + " questions, "
        + skipRules().size()
        + " skip rules";
  }

  /** Builds an {@link Instrument}; {@link #build()} checks every reference at once. */
  public interface Builder {
    /**
     * Sets the id.
     *
     * @param id such as {@code wpga-mnr-survey}
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the edition.
     *
     * @param edition such as {@code 2021}
     * @return this builder
     */
    Builder edition(String edition);

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    Builder title(String title);

    /**
     * Sets the source.
     *
     * @param source a citation
     * @return this builder
     */
    Builder source(String source);

    /**
     * Sets the framework whose capabilities the questions inform.
     *
     * @param framework the framework
     * @return this builder
     */
    Builder framework(Framework framework);

    /**
     * Adds a section.
     *
     * @param section the section
     * @return this builder
     */
    Builder addSection(Section section);

    /**
     * Adds sections, in order.
     *
     * @param sections the sections
     * @return this builder
     */
    Builder addAllSections(Iterable<? extends Section> sections);

    /**
     * Adds a question.
     *
     * @param question the question
     * @return this builder
     */
    Builder addQuestion(Question question);

    /**
     * Adds questions, in order.
     *
     * @param questions the questions
     * @return this builder
     */
    Builder addAllQuestions(Iterable<? extends Question> questions);

    /**
     * Adds a skip rule.
     *
     * @param rule the rule
     * @return this builder
     */
    Builder addSkipRule(SkipRule rule);

    /**
     * Adds skip rules, in the order of their questions.
     *
     * @param rules the rules
     * @return this builder
     */
    Builder addAllSkipRules(Iterable<? extends SkipRule> rules);

    /**
     * Adds an erratum of the printed instrument.
     *
     * @param erratum the erratum
     * @return this builder
     */
    Builder addErratum(Erratum erratum);

    /**
     * Adds errata of the printed instrument.
     *
     * @param errata the errata
     * @return this builder
     */
    Builder addAllErrata(Iterable<? extends Erratum> errata);

    /**
     * Adds a passage of the printed instrument.
     *
     * @param passage the passage
     * @return this builder
     */
    Builder addPassage(Passage passage);

    /**
     * Adds passages of the printed instrument.
     *
     * @param passages the passages, in order
     * @return this builder
     */
    Builder addAllPassages(Iterable<? extends Passage> passages);

    /**
     * Adds a note on the encoding.
     *
     * @param note the note
     * @return this builder
     */
    Builder addNote(Note note);

    /**
     * Adds notes on the encoding.
     *
     * @param notes the notes
     * @return this builder
     */
    Builder addAllNotes(Iterable<? extends Note> notes);

    /**
     * Builds the instrument.
     *
     * @return the instrument
     * @throws io.github.mnr4j.InvalidDefinitionException listing every broken reference
     */
    Instrument build();
  }
}
