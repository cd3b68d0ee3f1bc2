package io.github.mnr4j.survey;

import static java.util.stream.Collectors.toUnmodifiableList;

import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.InstrumentFinding.Code;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The instrument checks as first written, kept as the definition the faster checks are held to:
 * each question's covering rules listed, and the dependency graph built edge by edge, in time and
 * memory that grow with the questions times the rules.
 */
final class ReferenceInstrumentChecks {
  /** The most answer combinations tried for one question. */
  private static final int MAX_COMBINATIONS = 4096;

  private final Instrument instrument;
  private final List<InstrumentFinding> findings = new ArrayList<>();

  /** For each question position, the skip rules that cover it. */
  private final List<List<SkipRule>> covering = new ArrayList<>();

  private ReferenceInstrumentChecks(Instrument instrument) {
    this.instrument = instrument;
    for (int i = 0; i < instrument.questions().size(); i++) {
      covering.add(new ArrayList<>());
    }
    for (SkipRule rule : instrument.skipRules()) {
      int from = instrument.position(rule.questionId());
      int to = instrument.position(rule.target());
      int first = from < to ? from + 1 : to;
      int last = from < to ? to - 1 : from;
      for (int p = first; p <= last; p++) {
        covering.get(p).add(rule);
      }
    }
  }

  /**
   * Runs every check on an instrument.
   *
   * @param instrument the instrument
   * @return every finding, an immutable list: check by check, each in the instrument's order; empty
   *     for a clean instrument
   */
  static List<InstrumentFinding> run(Instrument instrument) {
    ReferenceInstrumentChecks checks = new ReferenceInstrumentChecks(instrument);
    checks.skipTargets();
    checks.conditionKinds();
    checks.cycles();
    checks.reachability();
    checks.uninformedCapabilities();
    return List.copyOf(checks.findings);
  }

  private void skipTargets() {
    for (SkipRule rule : instrument.skipRules()) {
      int from = instrument.position(rule.questionId());
      int to = instrument.position(rule.target());
      String source = rule.questionId();
      if (to == from) {
        add(
            Code.SKIP_TO_SELF,
            Severity.ERROR,
            List.of(source),
            source + " skips to itself (" + rule + "), which would loop");
      } else if (to < from) {
        add(
            Code.SKIP_BACKWARD,
            Severity.ERROR,
            List.of(source, rule.target()),
            source
                + " skips back to "
                + rule.target()
                + " ("
                + rule
                + "): the form would loop"
                + " through "
                + rule.target()
                + " to "
                + source
                + "; a skip jumps past the questions"
                + " that depend on the answer, to a later question");
      } else {
        String section = instrument.questions().get(from).sectionId();
        List<String> outside = new ArrayList<>();
        for (int p = from + 1; p < to; p++) {
          Question skipped = instrument.questions().get(p);
          if (!skipped.sectionId().equals(section)) {
            outside.add(skipped.id());
          }
        }
        if (!outside.isEmpty()) {
          // A finding lists the first 30 and counts the rest.
          List<String> listed = outside.subList(0, Math.min(30, outside.size()));
          List<String> ids = new ArrayList<>(List.of(source));
          ids.addAll(listed);
          add(
              Code.SKIP_OUTSIDE_SECTION,
              Severity.WARNING,
              ids,
              source
                  + " ("
                  + rule
                  + ") skips questions outside its section '"
                  + section
                  + "': "
                  + (outside.size() > 30
                      ? listed
                          .toString()
                          .replace("]", ", ... and " + (outside.size() - 30) + " more]")
                      : outside.toString()));
        }
      }
    }
  }

  private void conditionKinds() {
    for (SkipRule rule : instrument.skipRules()) {
      conditionKinds(rule, rule.when());
    }
  }

  private void conditionKinds(SkipRule rule, Condition condition) {
    for (Condition.Leaf leaf : condition.leaves()) {
      Question question = instrument.question(leaf.questionId());
      leaf.kindProblem(question)
          .ifPresent(
              problem ->
                  add(
                      Code.CONDITION_KIND_MISMATCH,
                      Severity.ERROR,
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

  /** Finds questions whose enablement depends on themselves, with Tarjan's algorithm. */
  private void cycles() {
    int n = instrument.questions().size();
    List<Set<Integer>> edges = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      Set<Integer> targets = new LinkedHashSet<>();
      for (SkipRule rule : covering.get(p)) {
        targets.add(instrument.position(rule.questionId()));
        rule.when().questionIds().forEach(q -> targets.add(instrument.position(q)));
      }
      edges.add(targets);
    }
    new Tarjan(edges)
        .components()
        .forEach(
            component -> {
              int first = component.get(0);
              boolean loop = component.size() > 1 || edges.get(first).contains(first);
              if (loop) {
                List<String> ids =
                    component.stream()
                        .sorted()
                        .map(p -> instrument.questions().get(p).id())
                        .collect(toUnmodifiableList());
                add(
                    Code.ENABLEMENT_CYCLE,
                    Severity.ERROR,
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

  private void reachability() {
    for (int p = 0; p < instrument.questions().size(); p++) {
      Question question = instrument.questions().get(p);
      List<SkipRule> rules = covering.get(p);
      if (rules.isEmpty()) {
        continue;
      }
      List<String> read =
          rules.stream()
              .flatMap(r -> r.when().questionIds().stream())
              .distinct()
              .collect(toUnmodifiableList());
      List<List<Optional<Answer>>> states =
          read.stream().map(id -> states(instrument.question(id))).collect(toUnmodifiableList());
      long combinations = states.stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
      if (combinations > MAX_COMBINATIONS) {
        continue;
      }
      if (!anyEnabling(rules, read, states, new HashMap<>(), 0)) {
        add(
            question.required() ? Code.REQUIRED_NEVER_ENABLED : Code.UNREACHABLE_QUESTION,
            question.required() ? Severity.ERROR : Severity.WARNING,
            List.of(question.id()),
            (question.required() ? "required question " : "")
                + question.id()
                + " can never be enabled: whatever the answers, one of these rules skips it: "
                + Messages.list(rules));
        continue;
      }
      int self = read.indexOf(question.id());
      if (self < 0) {
        continue;
      }
      for (Option option : question.options()) {
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
  }

  /** Tries every combination of states; true if one fires none of the rules. */
  private static boolean anyEnabling(
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
  private static List<Optional<Answer>> states(Question question) {
    List<Answer> answers = new ArrayList<>();
    switch (question.kind()) {
      case TEXT:
        answers.add(Answer.ofText("answered"));
        question.codes().forEach(code -> answers.add(Answer.ofText("answered").withCode(code)));
        break;
      case MULTI_CHOICE:
        answers.add(Answer.ofChoices());
        question.options().forEach(o -> answers.add(Answer.ofChoices(o.id())));
        List<String> all =
            question.options().stream()
                .filter(o -> !o.exclusive())
                .map(Option::id)
                .collect(toUnmodifiableList());
        answers.add(Answer.ofChoices(all));
        break;
      default:
        question.options().forEach(o -> answers.add(Answer.ofChoice(o.id())));
    }
    List<Optional<Answer>> states = new ArrayList<>();
    states.add(Optional.empty());
    answers.forEach(answer -> states.add(Optional.of(answer)));
    return states;
  }

  private void uninformedCapabilities() {
    for (Capability capability : instrument.framework().capabilities()) {
      if (instrument.questionsInforming(capability.id()).isEmpty()) {
        add(
            Code.CAPABILITY_UNINFORMED,
            Severity.WARNING,
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

  private void add(Code code, Severity severity, List<String> questionIds, String message) {
    findings.add(InstrumentFinding.of(code, severity, questionIds, message));
  }

  /** Strongly connected components, in the order their first node appears. */
  /**
   * Tarjan's strongly connected components, with an explicit stack rather than recursion, so that a
   * chain of thousands of questions cannot overflow the thread's stack.
   */
  private static final class Tarjan {
    private final int[][] edges;
    private final int[] index;
    private final int[] low;
    private final boolean[] onStack;
    private final Deque<Integer> stack = new ArrayDeque<>();
    private final List<List<Integer>> components = new ArrayList<>();
    private int counter = 1;

    Tarjan(List<Set<Integer>> edges) {
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
