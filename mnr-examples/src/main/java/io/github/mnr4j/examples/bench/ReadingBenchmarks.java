package io.github.mnr4j.examples.bench;

import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.ResponseReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a cohort document of {@link #size} responses from bytes in memory, side by side with its
 * baselines: Jackson binding the same bytes to a {@code Map} (the target: mnr4j costs at most 1.25
 * times as much) and a bare pass over Jackson's tokens, which builds nothing (the limit any JSON
 * reader approaches).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@SuppressWarnings("exports") // JMH's Blackhole, in benchmark methods only JMH calls
public class ReadingBenchmarks {
  /** How many responses the cohort has. */
  @Param({"3800"})
  public int size;

  private byte[] document;
  private final JsonFactory factory = new JsonFactory();
  private final JsonMapper mapper = JsonMapper.builder().build();

  /** Creates the benchmark; JMH sets it up. */
  public ReadingBenchmarks() {}

  /** Writes the cohort document. */
  @Setup
  public void setUp() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MnrJson.strict()
        .write(
            Cohort.builder()
                .name("Synthetic")
                .addAllResponses(GenerateCohort.responses(size))
                .build(),
            Document.COHORT,
            out);
    document = out.toByteArray();
  }

  /**
   * The limit: every token of the document, nothing built.
   *
   * @return the number of tokens
   */
  @Benchmark
  public long tokenPass() {
    long tokens = 0;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), document)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /**
   * The baseline: Jackson's map of maps.
   *
   * @return the map
   */
  @Benchmark
  public Map<?, ?> jacksonMap() {
    return mapper.readValue(document, Map.class);
  }

  /**
   * mnr4j: the cohort, every response checked and built.
   *
   * @return the cohort
   */
  @Benchmark
  public Cohort mnrCohort() {
    return MnrJson.strict().read(new ByteArrayInputStream(document), Document.COHORT);
  }

  /**
   * mnr4j: the same responses one at a time, none held.
   *
   * @param sink takes each response
   */
  @Benchmark
  public void mnrStream(Blackhole sink) {
    try (ResponseReader reader =
        MnrJson.strict().cohortReader(new ByteArrayInputStream(document))) {
      while (reader.hasNext()) {
        sink.consume(reader.next());
      }
    }
  }
}
