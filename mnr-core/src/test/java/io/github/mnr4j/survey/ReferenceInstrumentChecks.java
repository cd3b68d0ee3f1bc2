package io.github.mnr4j.survey;

import static java.util.stream.Collectors.toUnmodifiableList;

import io.github.mnr4j.Severity;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.InstrumentFinding.Code;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The instrument checks as first written, kept as the definition the faster checks are held to:
 * each question's covering rules listed, and the dependency graph built edge by edge, in time and
 * memory that grow with the questions times the rules. The answers tried and the components found
 * are the checks' own ({@link InstrumentChecks#states}, {@link InstrumentChecks#anyEnabling},
 * {@link InstrumentChecks.Tarjan}), which the change to ranges and sweeps left as they were.
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
    for (int r = 0; r < instrument.skipRules().size(); r++) {
      SkipRule rule = instrument.skipRules().get(r);
      int from = instrument.position(rule.questionId());
      int to = instrument.position(rule.targetId());
      int first = from < to ? from + 1 : to;
      int last = from < to ? to - 1 : from;
      for (int p = first; p <= last; p++) {
        covering.get(p).add(rule);
      }
    }
  }

  /**
   * Runs the checks that changed: skips outside a section, cycles, reachability (the others,
   * backward skips, condition kinds and uninformed capabilities, did not).
   *
   * @param instrument the instrument
   * @return those checks' findings, check by check, each in the instrument's order
   */
  static List<InstrumentFinding> run(Instrument instrument) {
    ReferenceInstrumentChecks checks = new ReferenceInstrumentChecks(instrument);
    checks.skipsOutsideSections();
    checks.cycles();
    checks.reachability();
    return List.copyOf(checks.findings);
  }

  private void skipsOutsideSections() {
    for (int r = 0; r < instrument.skipRules().size(); r++) {
      SkipRule rule = instrument.skipRules().get(r);
      int from = instrument.position(rule.questionId());
      int to = instrument.position(rule.targetId());
      String source = rule.questionId();
      if (from < to) {
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
              "/skipRules/" + r,
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
    new InstrumentChecks.Tarjan(edges.stream().map(List::copyOf).collect(toUnmodifiableList()))
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
                    "/questions/" + component.stream().min(Integer::compare).orElseThrow(),
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
          read.stream()
              .map(id -> InstrumentChecks.states(instrument.question(id)))
              .collect(toUnmodifiableList());
      long combinations = states.stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
      if (combinations > MAX_COMBINATIONS) {
        continue;
      }
      if (!InstrumentChecks.anyEnabling(rules, read, states, new HashMap<>(), 0)) {
        add(
            question.isRequired() ? Code.REQUIRED_NEVER_ENABLED : Code.UNREACHABLE_QUESTION,
            question.isRequired() ? Severity.ERROR : Severity.WARNING,
            "/questions/" + p,
            List.of(question.id()),
            (question.isRequired() ? "required question " : "")
                + question.id()
                + " can never be enabled: whatever the answers, one of these rules skips it: "
                + Messages.list(rules));
        continue;
      }
      int self = read.indexOf(question.id());
      if (self < 0) {
        continue;
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
        if (!InstrumentChecks.anyEnabling(rules, read, fixed, new HashMap<>(), 0)) {
          add(
              Code.OPTION_NEVER_SELECTABLE,
              Severity.WARNING,
              "/questions/" + p + "/options/" + o,
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

  private void add(
      Code code, Severity severity, String pointer, List<String> questionIds, String message) {
    findings.add(InstrumentFinding.of(code, severity, pointer, questionIds, message));
  }
}
