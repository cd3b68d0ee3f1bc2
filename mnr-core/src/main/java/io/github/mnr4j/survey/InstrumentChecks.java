package io.github.mnr4j.survey;

import static java.util.stream.Collectors.toUnmodifiableList;

import io.github.mnr4j.Severity;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.InstrumentFinding.Code;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A static analysis of an instrument: the defects that leave it well-formed but broken.
 *
 * <ul>
 *   <li>{@code skip-backward}, {@code skip-to-self}: a skip target at or before the rule's
 *       question, which would loop (the printed survey's erratum E1, q33 to q32);
 *   <li>{@code skip-outside-section}: a rule that skips questions of another section;
 *   <li>{@code enablement-cycle}: a question whose enablement depends on its own answer;
 *   <li>{@code unreachable-question}, {@code required-never-enabled}: questions no answers can
 *       enable;
 *   <li>{@code option-never-selectable}: an option whose choice disables its own question;
 *   <li>{@code condition-kind-mismatch}: {@code is} on a multi-choice question, {@code includes} on
 *       a single choice, a count on a text, or a count above the number of options;
 *   <li>{@code capability-uninformed}: a capability of the framework that no question informs.
 * </ul>
 *
 * <p>References to questions, options, codes and capabilities that do not exist never reach this
 * analysis: building the {@link Instrument} rejects them.
 *
 * <p>Reachability is decided by trying, for each question, every combination of answers to the
 * questions its skip conditions read (unanswered, each option, no option, all options, each code);
 * a question whose conditions read so many questions that the combinations exceed 4096 is taken as
 * reachable, and so is every question left once ten million rule tests have been tried in all. Time
 * and memory grow with the questions and rules, not with their product: rules that cover ranges of
 * questions are followed as a sweep over the questions and, for cycles, through a tree of ranges. A
 * finding lists at most 30 questions (a {@code skip-outside-section} names the first 30 questions
 * skipped and counts the rest).
 *
 * <pre>{@code
 * InstrumentChecks.check(Instruments.mnrSurvey2021()).findings();          // []
 * InstrumentChecks.check(Instruments.mnrSurvey2021AsPrinted()).errors();   // [error skip-backward ...]
 * }</pre>
 *
 * <p>Findings are returned as data, each located by a JSON Pointer into the instrument's document
 * ({@code /skipRules/4}, {@code /questions/32}): {@code check} never throws for a defect it finds.
 */
public final class InstrumentChecks {
  /** The most answer combinations tried for one question. */
  private static final int MAX_COMBINATIONS = 4096;

  private final Instrument instrument;
  private final List<InstrumentFinding> findings = new ArrayList<>();

  /** The most rule tests the reachability check makes in all. */
  private static final long MAX_RULE_TESTS = 10_000_000;

  /**
   * Each skip rule's question, the first and last positions it covers (none if first is after
   * last), and the positions of the questions its condition reads.
   */
  private final int[] source;

  private final int[] first;
  private final int[] last;
  private final int[][] reads;

  /**
   * Each section's question positions, in order; and where each run of a section's questions ends.
   */
  private final Map<String, int[]> sectionPositions;

  private final int[] runEnds;

  private InstrumentChecks(Instrument instrument) {
    this.instrument = instrument;
    List<SkipRule> rules = instrument.skipRules();
    source = new int[rules.size()];
    first = new int[rules.size()];
    last = new int[rules.size()];
    reads = new int[rules.size()][];
    for (int r = 0; r < rules.size(); r++) {
      SkipRule rule = rules.get(r);
      source[r] = instrument.position(rule.questionId());
      first[r] = instrument.firstCovered(rule);
      last[r] = instrument.lastCovered(rule);
      reads[r] = rule.when().questionIds().stream().mapToInt(instrument::position).toArray();
    }
    sectionPositions = sectionPositions(instrument.questions());
    runEnds = runEnds(instrument.questions());
  }

  /**
   * Runs every check on an instrument and reports the findings with the instrument's reference, as
   * {@code mnr lint} prints them.
   *
   * @param instrument the instrument
   * @return the report
   */
  public static InstrumentCheckReport check(Instrument instrument) {
    InstrumentChecks checks = new InstrumentChecks(instrument);
    checks.skipTargets();
    checks.conditionKinds();
    checks.cycles();
    checks.reachability();
    checks.uninformedCapabilities();
    return InstrumentCheckReport.of(instrument.reference(), checks.findings);
  }

  private void skipTargets() {
    for (int r = 0; r < instrument.skipRules().size(); r++) {
      SkipRule rule = instrument.skipRules().get(r);
      int from = instrument.position(rule.questionId());
      int to = instrument.position(rule.targetId());
      String source = rule.questionId();
      if (to == from) {
        add(
            Code.SKIP_TO_SELF,
            Severity.ERROR,
            "/skipRules/" + r,
            List.of(source),
            source + " skips to itself (" + rule + "), which would loop");
      } else if (to < from) {
        add(
            Code.SKIP_BACKWARD,
            Severity.ERROR,
            "/skipRules/" + r,
            List.of(source, rule.targetId()),
            source
                + " skips back to "
                + rule.targetId()
                + " ("
                + rule
                + "): the form would loop"
                + " through "
                + rule.targetId()
                + " to "
                + source
                + "; a skip jumps past the questions"
                + " that depend on the answer, to a later question");
      } else {
        outsideSection(r, from, to);
      }
    }
  }

  /**
   * Finds the questions a forward skip passes over that are not in its question's section: the
   * first {@link Messages#MAX_LISTED} by stepping over whole runs of the section's questions, and
   * how many in all by counting the section's questions in between.
   */
  private void outsideSection(int r, int from, int to) {
    SkipRule rule = instrument.skipRules().get(r);
    String section = instrument.questions().get(from).sectionId();
    int[] ofSection = Objects.requireNonNull(sectionPositions.get(section));
    int inSection = insertionPoint(ofSection, to) - insertionPoint(ofSection, from + 1);
    int count = to - from - 1 - inSection;
    if (count == 0) {
      return;
    }
    List<String> ids = new ArrayList<>(List.of(rule.questionId()));
    for (int p = from + 1; p < to && ids.size() <= Messages.MAX_LISTED; p++) {
      Question skipped = instrument.questions().get(p);
      if (skipped.sectionId().equals(section)) {
        p = runEnds[p];
      } else {
        ids.add(skipped.id());
      }
    }
    List<String> outside = ids.subList(1, ids.size());
    add(
        Code.SKIP_OUTSIDE_SECTION,
        Severity.WARNING,
        "/skipRules/" + r,
        ids,
        rule.questionId()
            + " ("
            + rule
            + ") skips questions outside its section '"
            + section
            + "': ["
            + Messages.list(outside, count)
            + "]");
  }

  /** Each section's question positions, in order. */
  private static Map<String, int[]> sectionPositions(List<Question> questions) {
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int p = 0; p < questions.size(); p++) {
      lists.computeIfAbsent(questions.get(p).sectionId(), k -> new ArrayList<>()).add(p);
    }
    Map<String, int[]> positions = new HashMap<>();
    lists.forEach((k, v) -> positions.put(k, v.stream().mapToInt(i -> i).toArray()));
    return positions;
  }

  /** For each position, the last position of the run of same-section questions it is in. */
  private static int[] runEnds(List<Question> questions) {
    int[] ends = new int[questions.size()];
    for (int p = questions.size() - 1; p >= 0; p--) {
      boolean continues =
          p + 1 < questions.size()
              && questions.get(p + 1).sectionId().equals(questions.get(p).sectionId());
      ends[p] = continues ? ends[p + 1] : p;
    }
    return ends;
  }

  /** How many of the sorted positions are below a position. */
  private static int insertionPoint(int[] sorted, int position) {
    int found = Arrays.binarySearch(sorted, position);
    return found >= 0 ? found : -found - 1;
  }

  private void conditionKinds() {
    for (int r = 0; r < instrument.skipRules().size(); r++) {
      SkipRule rule = instrument.skipRules().get(r);
      String pointer = "/skipRules/" + r + "/when";
      for (Condition.Leaf leaf : Conditions.leaves(rule.when())) {
        Question question = instrument.question(leaf.questionId());
        Conditions.kindProblem(leaf, question)
            .ifPresent(
                problem ->
                    add(
                        Code.CONDITION_KIND_MISMATCH,
                        Severity.ERROR,
                        pointer,
                        List.of(rule.questionId(), question.id()),
                        "the skip rule on "
                            + rule.questionId()
                            + " ("
                            + rule
                            + "): "
                            + problem
                            + "; the condition can never hold as meant"));
      }
    }
  }

  /**
   * Finds questions whose enablement depends on themselves, with Tarjan's algorithm. A question
   * depends on the question and the condition of every rule that covers it; rather than an edge for
   * each, which would grow with the questions times the rules, a question leads up a tree of ranges
   * of positions, each range to the rules that cover it whole (a rule hangs on a few ranges), and
   * each rule to what it reads. A question then reaches what it reached before and nothing else, so
   * questions that loop share a component; the tree's and rules' nodes, which lead only up or on to
   * questions, close no loop of their own.
   */
  private void cycles() {
    int n = instrument.questions().size();
    int leaves = Integer.highestOneBit(Math.max(1, n - 1)) * 2;
    int tree = n;
    int rules = n + 2 * leaves;
    List<List<Integer>> edges = new ArrayList<>();
    for (int v = 0; v < rules + source.length; v++) {
      edges.add(new ArrayList<>(1));
    }
    for (int p = 0; p < n; p++) {
      edges.get(p).add(tree + leaves + p);
    }
    for (int t = 2; t < 2 * leaves; t++) {
      edges.get(tree + t).add(tree + t / 2);
    }
    for (int r = 0; r < source.length; r++) {
      for (int lo = first[r] + leaves, hi = last[r] + leaves + 1; lo < hi; lo /= 2, hi /= 2) {
        if ((lo & 1) == 1) {
          edges.get(tree + lo++).add(rules + r);
        }
        if ((hi & 1) == 1) {
          edges.get(tree + --hi).add(rules + r);
        }
      }
      edges.get(rules + r).add(source[r]);
      for (int read : reads[r]) {
        edges.get(rules + r).add(read);
      }
    }
    new Tarjan(edges)
        .components()
        .forEach(
            component -> {
              if (component.size() > 1) {
                List<String> ids =
                    component.stream()
                        .filter(v -> v < n)
                        .sorted()
                        .map(p -> instrument.questions().get(p).id())
                        .collect(toUnmodifiableList());
                add(
                    Code.ENABLEMENT_CYCLE,
                    Severity.ERROR,
                    "/questions/"
                        + component.stream().filter(v -> v < n).min(Integer::compare).orElseThrow(),
                    ids,
                    "whether "
                        + String.join(", ", ids)
                        + (ids.size() == 1 ? " is" : " are")
                        + " enabled depends on "
                        + (ids.size() == 1 ? "its own answer" : "their own answers")
                        + " through skip rules");
              }
            });
  }

  /**
   * Sweeps over the questions, keeping the rules that cover the current one and how many of them
   * read each question: a question is tried only if its rules read few enough questions, so that
   * the work does not grow with the questions times the rules.
   */
  private void reachability() {
    int n = instrument.questions().size();
    List<List<Integer>> starting = new ArrayList<>();
    List<List<Integer>> ending = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      starting.add(new ArrayList<>(0));
      ending.add(new ArrayList<>(0));
    }
    for (int r = 0; r < source.length; r++) {
      if (first[r] <= last[r]) {
        starting.get(first[r]).add(r);
        ending.get(last[r]).add(r);
      }
    }
    Set<Integer> active = new TreeSet<>();
    int[] readers = new int[n];
    Set<Integer> read = new LinkedHashSet<>();
    testsLeft = MAX_RULE_TESTS;
    for (int p = 0; p < n && testsLeft >= 0; p++) {
      for (int r : starting.get(p)) {
        active.add(r);
        for (int q : reads[r]) {
          if (readers[q]++ == 0) {
            read.add(q);
          }
        }
      }
      // Each question read has two states or more (unanswered, answered), so more than 12 of them
      // make more than MAX_COMBINATIONS (2 to the 12th).
      if (!active.isEmpty() && read.size() <= 12) {
        reachable(p, active, read);
      }
      for (int r : ending.get(p)) {
        active.remove(r);
        for (int q : reads[r]) {
          if (--readers[q] == 0) {
            read.remove(q);
          }
        }
      }
    }
  }

  /** How many more rule tests the reachability check may make; below 0 once it has stopped. */
  private long testsLeft;

  /**
   * Tries whether any answers enable the question at a position, and whether choosing each of its
   * own options does, if the tests it takes are within the combinations allowed one question and
   * the tests left: the rules are listed only then.
   */
  private void reachable(int position, Set<Integer> active, Set<Integer> readPositions) {
    Question question = instrument.questions().get(position);
    List<String> read =
        readPositions.stream()
            .map(q -> instrument.questions().get(q).id())
            .collect(toUnmodifiableList());
    List<List<Optional<Answer>>> states =
        read.stream().map(id -> states(instrument.question(id))).collect(toUnmodifiableList());
    long combinations = states.stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
    if (combinations > MAX_COMBINATIONS) {
      return;
    }
    long tests = combinations * active.size() * (1 + question.options().size());
    if (tests > testsLeft) {
      testsLeft = -1;
      return;
    }
    testsLeft -= tests;
    List<SkipRule> rules =
        active.stream().map(instrument.skipRules()::get).collect(toUnmodifiableList());
    if (!anyEnabling(rules, read, states, new HashMap<>(), 0)) {
      add(
          question.isRequired() ? Code.REQUIRED_NEVER_ENABLED : Code.UNREACHABLE_QUESTION,
          question.isRequired() ? Severity.ERROR : Severity.WARNING,
          "/questions/" + position,
          List.of(question.id()),
          (question.isRequired() ? "required question " : "")
              + question.id()
              + " can never be enabled: whatever the answers, one of these rules skips it: "
              + Messages.list(rules));
      return;
    }
    int self = read.indexOf(question.id());
    if (self < 0) {
      return;
    }
    for (int o = 0; o < question.options().size(); o++) {
      Option option = question.options().get(o);
      List<List<Optional<Answer>>> fixed = new ArrayList<>(states);
      fixed.set(
          self,
          List.of(
              Optional.of(
                  question.kind() == QuestionKind.MULTI_CHOICE
                      ? Answer.ofChoices(option.id())
                      : Answer.ofChoice(option.id()))));
      if (!anyEnabling(rules, read, fixed, new HashMap<>(), 0)) {
        add(
            Code.OPTION_NEVER_SELECTABLE,
            Severity.WARNING,
            "/questions/" + position + "/options/" + o,
            List.of(question.id()),
            "choosing '"
                + option.id()
                + "' on "
                + question.id()
                + " disables "
                + question.id()
                + " itself ("
                + Messages.list(rules)
                + "), so no valid answer"
                + " can choose it");
      }
    }
  }

  /** Tries every combination of states; true if one fires none of the rules. */
  static boolean anyEnabling(
      List<SkipRule> rules,
      List<String> read,
      List<List<Optional<Answer>>> states,
      Map<String, Answer> answers,
      int index) {
    if (index == read.size()) {
      return rules.stream().noneMatch(rule -> rule.when().test(answers));
    }
    for (Optional<Answer> state : states.get(index)) {
      if (state.isPresent()) {
        answers.put(read.get(index), state.get());
      } else {
        answers.remove(read.get(index));
      }
      if (anyEnabling(rules, read, states, answers, index + 1)) {
        return true;
      }
    }
    answers.remove(read.get(index));
    return false;
  }

  /** The answers worth trying for a question; empty stands for leaving it unanswered. */
  static List<Optional<Answer>> states(Question question) {
    List<Answer> answers = new ArrayList<>();
    switch (question.kind()) {
      case TEXT -> {
        answers.add(Answer.ofText("answered"));
        question.codes().forEach(code -> answers.add(Answer.ofText("answered").withCode(code)));
      }
      case MULTI_CHOICE -> {
        answers.add(Answer.ofChoices());
        question.options().forEach(o -> answers.add(Answer.ofChoices(o.id())));
        List<String> all =
            question.options().stream()
                .filter(o -> !o.isExclusive())
                .map(Option::id)
                .collect(toUnmodifiableList());
        answers.add(Answer.ofChoices(all));
      }
      default -> question.options().forEach(o -> answers.add(Answer.ofChoice(o.id())));
    }
    List<Optional<Answer>> states = new ArrayList<>();
    states.add(Optional.empty());
    answers.forEach(answer -> states.add(Optional.of(answer)));
    return states;
  }

  private void uninformedCapabilities() {
    List<Capability> capabilities = instrument.framework().capabilities();
    for (int c = 0; c < capabilities.size(); c++) {
      Capability capability = capabilities.get(c);
      if (instrument.questionsInforming(capability.id()).isEmpty()) {
        add(
            Code.CAPABILITY_UNINFORMED,
            Severity.WARNING,
            "/framework/capabilities/" + c,
            List.of(),
            "no question informs"
                + " capability "
                + capability.number()
                + " '"
                + capability.id()
                + "' of framework '"
                + instrument.framework().id()
                + "'");
      }
    }
  }

  private void add(
      Code code, Severity severity, String pointer, List<String> questionIds, String message) {
    findings.add(InstrumentFinding.of(code, severity, pointer, questionIds, message));
  }

  /**
   * Tarjan's strongly connected components, in the order their first node appears, with an explicit
   * stack rather than recursion, so that a chain of thousands of questions cannot overflow the
   * thread's stack.
   */
  static final class Tarjan {
    private final int[][] edges;
    private final int[] index;
    private final int[] low;
    private final boolean[] onStack;
    private final Deque<Integer> stack = new ArrayDeque<>();
    private final List<List<Integer>> components = new ArrayList<>();
    private int counter = 1;

    Tarjan(List<List<Integer>> edges) {
      this.edges = new int[edges.size()][];
      for (int v = 0; v < edges.size(); v++) {
        this.edges[v] = edges.get(v).stream().mapToInt(Integer::intValue).toArray();
      }
      this.index = new int[edges.size()];
      this.low = new int[edges.size()];
      this.onStack = new boolean[edges.size()];
    }

    List<List<Integer>> components() {
      for (int v = 0; v < edges.length; v++) {
        if (index[v] == 0) {
          visit(v);
        }
      }
      components.sort(
          (a, b) ->
              Integer.compare(
                  a.stream().min(Integer::compare).orElse(0),
                  b.stream().min(Integer::compare).orElse(0)));
      return components;
    }

    /** Visits from a root: each frame is a vertex and how many of its edges are done. */
    private void visit(int root) {
      Deque<int[]> frames = new ArrayDeque<>();
      open(root);
      frames.push(new int[] {root, 0});
      while (!frames.isEmpty()) {
        int[] frame = frames.peek();
        int v = frame[0];
        if (frame[1] < edges[v].length) {
          int w = edges[v][frame[1]++];
          if (index[w] == 0) {
            open(w);
            frames.push(new int[] {w, 0});
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
          continue;
        }
        frames.pop();
        if (!frames.isEmpty()) {
          int parent = frames.peek()[0];
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == index[v]) {
          List<Integer> component = new ArrayList<>();
          int w;
          do {
            w = stack.pop();
            onStack[w] = false;
            component.add(w);
          } while (w != v);
          components.add(component);
        }
      }
    }

    private void open(int v) {
      index[v] = counter;
      low[v] = counter++;
      stack.push(v);
      onStack[v] = true;
    }
  }
}
