package io.github.mnr4j.survey;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.internal.checks.Checks;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One question of an instrument: its id ({@code q7}), display number, verbatim text, kind, whether
 * it is required, its role and the capabilities (or, for a section's closing questions, the domain)
 * whose evidence it gives.
 *
 * <p>Words lost in the source and reconstructed stand in square brackets in {@link #text()}, as the
 * transcription marks them; {@link #plainText()} drops the brackets for display.
 *
 * <pre>{@code
 * Question q7 = Instruments.mnrSurvey2021().question("q7");
 * q7.kind();      // YES_NO
 * q7.informs();   // [leadership]
 * q7.optionIds(); // [yes, no]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Question {
  private static final List<Option> YES_NO_OPTIONS =
      List.of(
          Option.builder().id("yes").text("Yes").verdict(Verdict.AFFIRMS).build(),
          Option.builder().id("no").text("No").verdict(Verdict.DENIES).build());

  Question() {}

  /**
   * Returns the question's id, such as {@code q7}.
   *
   * @return the id, unique in its instrument
   */
  public abstract String id();

  /**
   * Returns the number the instrument prints.
   *
   * @return the display number
   */
  public abstract int number();

  /**
   * Returns the id of the section that holds the question.
   *
   * @return a section id
   */
  public abstract String sectionId();

  /**
   * Returns the question's text as printed, reconstructed words in square brackets.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * Returns the kind of answer the question takes.
   *
   * @return the kind
   */
  public abstract QuestionKind kind();

  /**
   * Tells whether an answer is required when the question is enabled.
   *
   * @return true for a required question (marked {@code *} in the survey)
   */
  @Value.Default
  public boolean isRequired() {
    return false;
  }

  /**
   * Returns what the answer is evidence of.
   *
   * @return the role
   */
  public abstract QuestionRole role();

  /**
   * Returns the ids of the capabilities the question informs, or of the domain for a section's
   * closing questions.
   *
   * @return capability or domain ids of the instrument's framework; possibly empty
   */
  public abstract List<String> informs();

  /**
   * Returns the options of a choice question; {@code yes} and {@code no} for a yes-no question.
   *
   * @return the options, in the printed order; empty for a text question
   */
  public abstract List<Option> options();

  /**
   * Returns the analyst codes an answer may carry (q78: {@code yes}, {@code no}).
   *
   * @return the allowed codes; empty when the question takes none
   */
  public abstract List<String> codes();

  /**
   * Returns groups of analyst codes that a tally counts as one, each with its codes in order: q52's
   * {@code inhope}, the national hotlines and the Internet Watch Foundation's portals, which the
   * report counts together as INHOPE members ("29 of 38") and then apart ("19 of 29").
   *
   * @return code lists by group id; empty for most questions
   */
  public abstract Map<String, List<String>> codeGroups();

  /**
   * Tells whether the answer is personal data (q2, the contact person), which a response holds in
   * its respondent block rather than among its answers.
   *
   * @return true for a personal-data question
   */
  @Value.Default
  public boolean asksForPersonalData() {
    return false;
  }

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableQuestion.builder();
  }

  /**
   * Returns the question's text without the square brackets that mark reconstructed words.
   *
   * @return the text for display
   */
  public String plainText() {
    return text().replace("[", "").replace("]", "");
  }

  /**
   * Looks up an option.
   *
   * @param optionId the option's id
   * @return the option, or empty
   */
  public Optional<Option> findOption(String optionId) {
    int index = optionIndex(optionId);
    return index < 0 ? Optional.empty() : Optional.of(options().get(index));
  }

  /**
   * The position of an option in {@link #options()}, -1 if none: by comparing each (equal strings
   * are often the same instance: mnr4j's JSON reader gives the built-in survey's answers its own
   * option strings), for the few options a survey question has; by a hash look-up beyond.
   */
  int optionIndex(String optionId) {
    List<Option> options = options();
    if (options.size() <= SCANNED_OPTIONS) {
      for (int i = 0; i < options.size(); i++) {
        String id = options.get(i).id();
        if (id.equals(optionId)) {
          return i;
        }
      }
      return -1;
    }
    Integer index = optionIndexes().get(optionId);
    return index == null ? -1 : index;
  }

  /** Up to this many options, comparing each is quicker than hashing (q17 has 11). */
  private static final int SCANNED_OPTIONS = 16;

  @Value.Lazy
  Map<String, Integer> optionIndexes() {
    Map<String, Integer> indexes = new HashMap<>();
    for (int i = 0; i < options().size(); i++) {
      indexes.putIfAbsent(options().get(i).id(), i);
    }
    return ImmutableMap.copyOf(indexes);
  }

  /**
   * Returns an option.
   *
   * @param optionId the option's id
   * @return the option
   * @throws MnrException naming the option and the question if there is no such option
   */
  public Option option(String optionId) {
    return findOption(optionId)
        .orElseThrow(
            () ->
                new MnrException(
                    Messages.unknown("option", optionId, "question " + id(), optionIds())));
  }

  /**
   * Returns the ids of the options, in order.
   *
   * @return option ids
   */
  public List<String> optionIds() {
    return options().stream().map(Option::id).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Gives a yes-no question its two options, yes affirming and no denying, so that every choice
   * kind lists its options.
   */
  @Value.Check
  Question normalize() {
    // Code lists are copied, so that no list the caller keeps can change the question.
    boolean mutableGroups =
        codeGroups().values().stream().anyMatch(codes -> !(codes instanceof ImmutableList));
    boolean yesNoOptions =
        kind() == QuestionKind.YES_NO
            && !options().equals(yesNoOptions())
            && (options().isEmpty() || optionIds().equals(List.of("yes", "no")));
    if (mutableGroups || yesNoOptions) {
      Builder copy =
          builder()
              .id(id())
              .number(number())
              .sectionId(sectionId())
              .text(text())
              .kind(kind())
              .required(isRequired())
              .role(role())
              .addAllInforms(informs())
              .addAllCodes(codes())
              .putAllCodeGroups(Maps.transformValues(codeGroups(), ImmutableList::copyOf))
              .asksForPersonalData(asksForPersonalData())
              .addAllOptions(yesNoOptions ? yesNoOptions() : options());
      return copy.build();
    }
    check();
    return this;
  }

  /**
   * A yes-no question's two options: yes affirming and no denying, with the texts given (a
   * translation's) or "Yes" and "No".
   */
  private List<Option> yesNoOptions() {
    if (!optionIds().equals(List.of("yes", "no"))) {
      return YES_NO_OPTIONS;
    }
    return List.of(
        Option.builder().id("yes").text(options().get(0).text()).verdict(Verdict.AFFIRMS).build(),
        Option.builder().id("no").text(options().get(1).text()).verdict(Verdict.DENIES).build());
  }

  private void check() {
    Checks checks =
        Checks.of("question '" + id() + "'")
            .id("id", id())
            .positive("number", number())
            .id("sectionId", sectionId())
            .notBlank("text", text());
    if (kind() == QuestionKind.YES_NO && !options().equals(yesNoOptions())) {
      checks.add("options", "a yes-no question has the options yes and no, not " + optionIds());
    }
    if (kind() == QuestionKind.TEXT && !options().isEmpty()) {
      checks.add("options", "a text question has no options");
    }
    if (kind() == QuestionKind.SINGLE_CHOICE && options().size() < 2) {
      checks.add("options", "a single-choice question needs two options or more");
    }
    if (kind() == QuestionKind.MULTI_CHOICE && options().isEmpty()) {
      checks.add("options", "a multi-choice question needs options");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < options().size(); i++) {
      if (!seen.add(options().get(i).id())) {
        checks.add(
            List.of("options", String.valueOf(i), "id"),
            "duplicate option id '" + options().get(i).id() + "'");
      }
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < codes().size(); i++) {
      String code = codes().get(i);
      if (code.isBlank() || !codes.add(code)) {
        checks.add(
            List.of("codes", String.valueOf(i)),
            "codes must be unique and not blank," + " not '" + code + "'");
      }
    }
    codeGroups()
        .forEach(
            (group, grouped) -> {
              List<String> path = List.of("codeGroups", group);
              if (codes.contains(group)) {
                checks.add(path, "a code group's id '" + group + "' is also a code");
              }
              if (grouped.size() < 2 || new HashSet<>(grouped).size() != grouped.size()) {
                checks.add(path, "a code group holds two different codes or more, not " + grouped);
              }
              for (String code : grouped) {
                if (!codes.contains(code)) {
                  checks.add(
                      path,
                      "code group '" + group + "' names '" + code + "', not a code of " + id());
                }
              }
            });
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return "Question "
        + id()
        + " ("
        + kind().id()
        + (isRequired() ? ", required" : "")
        + ", "
        + role().id()
        + (informs().isEmpty() ? "" : " of " + String.join(", ", informs()))
        + ")";
  }

  /** Builds a {@link Question}; {@link #build()} checks it. */
  public interface Builder {
    /**
     * Sets the id.
     *
     * @param id such as {@code q7}
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the number the instrument prints.
     *
     * @param number from 1
     * @return this builder
     */
    Builder number(int number);

    /**
     * Sets the section that holds the question.
     *
     * @param sectionId the section's id
     * @return this builder
     */
    Builder sectionId(String sectionId);

    /**
     * Sets the text as printed, reconstructed words in square brackets.
     *
     * @param text the text
     * @return this builder
     */
    Builder text(String text);

    /**
     * Sets the kind of answer.
     *
     * @param kind the kind
     * @return this builder
     */
    Builder kind(QuestionKind kind);

    /**
     * Says whether an answer is required when the question is enabled; by default not.
     *
     * @param required true for a required question
     * @return this builder
     */
    Builder required(boolean required);

    /**
     * Sets what the answer is evidence of.
     *
     * @param role the role
     * @return this builder
     */
    Builder role(QuestionRole role);

    /**
     * Adds a capability (or domain) the question informs.
     *
     * @param id a capability or domain id
     * @return this builder
     */
    Builder addInform(String id);

    /**
     * Adds capabilities (or domains) the question informs.
     *
     * @param ids capability or domain ids
     * @return this builder
     */
    Builder addAllInforms(Iterable<String> ids);

    /**
     * Adds an option; a yes-no question gets yes and no without being given them.
     *
     * @param option the option
     * @return this builder
     */
    Builder addOption(Option option);

    /**
     * Adds options, in the printed order.
     *
     * @param options the options
     * @return this builder
     */
    Builder addAllOptions(Iterable<? extends Option> options);

    /**
     * Adds an analyst code an answer may carry.
     *
     * @param code such as {@code yes}
     * @return this builder
     */
    Builder addCode(String code);

    /**
     * Adds analyst codes an answer may carry.
     *
     * @param codes such as {@code yes} and {@code no}
     * @return this builder
     */
    Builder addAllCodes(Iterable<String> codes);

    /**
     * Adds a group of analyst codes that tallies count as one.
     *
     * @param groupId the group's id, such as {@code inhope}
     * @param codes two codes or more of the question's
     * @return this builder
     */
    Builder putCodeGroup(String groupId, List<String> codes);

    /**
     * Adds groups of analyst codes.
     *
     * @param groups code lists by group id
     * @return this builder
     */
    Builder putAllCodeGroups(Map<String, ? extends List<String>> groups);

    /**
     * Says whether the answer is personal data, answered by the respondent block; by default not.
     *
     * @param asksForPersonalData true for the contact-person question
     * @return this builder
     */
    Builder asksForPersonalData(boolean asksForPersonalData);

    /**
     * Builds the question.
     *
     * @return the question
     * @throws io.github.mnr4j.InvalidDefinitionException listing every problem
     */
    Question build();
  }
}
