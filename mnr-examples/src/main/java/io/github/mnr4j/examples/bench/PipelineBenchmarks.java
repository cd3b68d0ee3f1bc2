package io.github.mnr4j.examples.bench;

import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.scoring.CompiledModel;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionRole;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.Validator;
import io.github.mnr4j.survey.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Validating, assessing and scoring (the presence model) every response of a cohort held in memory,
 * side by side with a hand-written loop that applies the same presence rule to the same answers
 * (the target: mnr4j costs at most twice as much). The loop is what one would write without the
 * library for the 2021 survey: it checks that each answer is to a known question and names options
 * the question has and that required questions are answered, reads each capability's primary gate
 * as yes, no or neither, and averages the values by domain and overall. It does not apply skip
 * rules, check other text or codes, or explain anything; mnr4j does all of that, its explanations
 * on demand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@SuppressWarnings("exports") // JMH's Blackhole, in benchmark methods only JMH calls
public class PipelineBenchmarks {
  /** How many responses the cohort has. */
  @Param({"3800"})
  public int size;

  private List<Response> responses;
  private Validator validator;
  private Assessor assessor;
  private CompiledModel presence;
  private HandLoop hand;
  private List<Assessment> assessments;

  /** Creates the benchmark; JMH sets it up. */
  public PipelineBenchmarks() {}

  /** Makes the responses and prepares both paths. */
  @Setup
  public void setUp() {
    Instrument survey = Instruments.mnrSurvey2021();
    responses = GenerateCohort.responses(size);
    validator = Validator.of(survey);
    assessor = Assessor.of(survey);
    presence = ScoringModels.presence().compile(survey.framework());
    hand = new HandLoop(survey);
    assessments = responses.stream().map(assessor::assess).collect(Collectors.toList());
  }

  /**
   * The baseline: the hand-written loop.
   *
   * @param sink takes each response's problem count and overall value
   */
  @Benchmark
  public void handLoop(Blackhole sink) {
    for (Response response : responses) {
      hand.score(response, sink);
    }
  }

  /**
   * mnr4j: validate, assess, score.
   *
   * @param sink takes each report and scorecard
   */
  @Benchmark
  public void mnr(Blackhole sink) {
    for (Response response : responses) {
      sink.consume(validator.validate(response).hasErrors());
      sink.consume(presence.score(assessor.assess(response)).overall().value());
    }
  }

  /**
   * mnr4j's first stage alone, to show where the time goes: validate.
   *
   * @param sink takes each report
   */
  @Benchmark
  public void validateOnly(Blackhole sink) {
    for (Response response : responses) {
      sink.consume(validator.validate(response));
    }
  }

  /**
   * The second stage alone: assess.
   *
   * @param sink takes each assessment
   */
  @Benchmark
  public void assessOnly(Blackhole sink) {
    for (Response response : responses) {
      sink.consume(assessor.assess(response));
    }
  }

  /**
   * The third stage alone: score the assessments made in the setup.
   *
   * @param sink takes each scorecard
   */
  @Benchmark
  public void scoreOnly(Blackhole sink) {
    for (Assessment assessment : assessments) {
      sink.consume(presence.score(assessment));
    }
  }

  /** The loop one would write by hand, its tables worked out once from the instrument. */
  static final class HandLoop {
    private final Map<String, Set<String>> options = new HashMap<>();
    private final List<String> required;
    private final String[] gates;
    private final boolean[] coded;
    private final Map<String, Verdict> verdicts = new HashMap<>();
    private final int[] domainOf;
    private final int domains;

    HandLoop(Instrument survey) {
      for (Question question : survey.questions()) {
        options.put(
            question.id(), question.options().stream().map(Option::id).collect(Collectors.toSet()));
      }
      required =
          survey.questions().stream()
              .filter(Question::isRequired)
              .map(Question::id)
              .collect(Collectors.toList());
      Framework framework = survey.framework();
      List<Capability> capabilities = framework.capabilities();
      gates = new String[capabilities.size()];
      coded = new boolean[capabilities.size()];
      domainOf = new int[capabilities.size()];
      for (int c = 0; c < gates.length; c++) {
        String id = capabilities.get(c).id();
        for (Question question : survey.questions()) {
          if (question.role() == QuestionRole.GATE && question.informs().contains(id)) {
            gates[c] = question.id();
            coded[c] = question.options().isEmpty();
            question.options().forEach(o -> verdicts.put(o.id(), o.verdict()));
            break;
          }
        }
        domainOf[c] = framework.domains().indexOf(framework.domain(capabilities.get(c).domainId()));
      }
      domains = framework.domains().size();
    }

    void score(Response response, Blackhole sink) {
      Map<String, Answer> answers = response.answers();
      int problems = 0;
      for (Map.Entry<String, Answer> entry : answers.entrySet()) {
        Set<String> known = options.get(entry.getKey());
        if (known == null) {
          problems++;
        } else if (!known.isEmpty()) {
          for (String chosen : entry.getValue().chosen()) {
            problems += known.contains(chosen) ? 0 : 1;
          }
        }
      }
      for (String id : required) {
        problems += answers.containsKey(id) ? 0 : 1;
      }
      double[] sum = new double[domains];
      int[] known = new int[domains];
      for (int c = 0; c < gates.length; c++) {
        Answer answer = gates[c] == null ? null : answers.get(gates[c]);
        Verdict verdict = Verdict.NEUTRAL;
        if (answer != null && coded[c]) {
          String code = answer.code().orElse("");
          verdict =
              code.equals("yes")
                  ? Verdict.AFFIRMS
                  : code.equals("no") ? Verdict.DENIES : Verdict.NEUTRAL;
        } else if (answer != null && answer.chosen().size() == 1) {
          verdict = verdicts.getOrDefault(answer.chosen().get(0), Verdict.NEUTRAL);
        }
        if (verdict != Verdict.NEUTRAL) {
          sum[domainOf[c]] += verdict == Verdict.AFFIRMS ? 1 : 0;
          known[domainOf[c]]++;
        }
      }
      double overall = 0;
      int domainsKnown = 0;
      for (int d = 0; d < domains; d++) {
        if (known[d] > 0) {
          overall += sum[d] / known[d];
          domainsKnown++;
        }
      }
      sink.consume(problems);
      sink.consume(domainsKnown == 0 ? Double.NaN : 100 * overall / domainsKnown);
    }
  }
}
