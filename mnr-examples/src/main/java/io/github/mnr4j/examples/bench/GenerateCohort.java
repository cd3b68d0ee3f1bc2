package io.github.mnr4j.examples.bench;

import io.github.mnr4j.examples.SyntheticCohort;
import io.github.mnr4j.json.CohortWriter;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a large synthetic cohort for scale tests: the example cohort's 42 responses, all on the
 * Alliance's survey ({@link SyntheticCohort#onTheAllianceSurvey()}, so that the baselines in Python
 * and DuckDB count the same gates), repeated under new ids ({@code J0000001}, ...), keeping their
 * income groups, regions and attributes, as an {@code mnr4j.cohort} document ({@code .json}) or
 * JSON Lines ({@code .jsonl}), gzip-compressed when the name ends in {@code .gz}. The data are
 * synthetic, and the cohort's name says so.
 *
 * <pre>
 * java -cp mnr-examples/target/mnr.jar io.github.mnr4j.examples.bench.GenerateCohort 100000 big.jsonl
 * </pre>
 */
public final class GenerateCohort {
  private GenerateCohort() {}

  /**
   * Writes the cohort.
   *
   * @param args how many responses, then the file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: GenerateCohort RESPONSES FILE(.json|.jsonl)[.gz]");
      System.exit(2);
    }
    int size = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]);
    String name = file.getFileName().toString();
    boolean lines = name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
    List<Response> base = SyntheticCohort.onTheAllianceSurvey().responses();
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out =
            new BufferedOutputStream(
                name.endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw, 1 << 16)) {
      if (lines) {
        for (int i = 0; i < size; i++) {
          MnrJson.strict().writeLine(copy(base.get(i % base.size()), i), Document.RESPONSE, out);
        }
      } else {
        try (CohortWriter cohort =
            MnrJson.strict()
                .cohortWriter(
                    out,
                    "Synthetic scale test, " + size + " responses",
                    "SYNTHETIC DATA: the embedded"
                        + " example cohort's 42 made-up jurisdictions repeated under new ids.")) {
          for (int i = 0; i < size; i++) {
            cohort.write(copy(base.get(i % base.size()), i));
          }
        }
      }
    }
  }

  /**
   * The embedded cohort's responses repeated under new ids, as the generated files hold them.
   *
   * @param size how many
   * @return the responses
   */
  static List<Response> responses(int size) {
    List<Response> base = SyntheticCohort.onTheAllianceSurvey().responses();
    List<Response> responses = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      responses.add(copy(base.get(i % base.size()), i));
    }
    return responses;
  }

  /** The response under a new id and name, its other attributes kept. */
  static Response copy(Response response, int index) {
    Jurisdiction old = response.jurisdiction();
    String id = String.format("J%07d", index + 1);
    Jurisdiction.Builder jurisdiction =
        Jurisdiction.builder()
            .id(id)
            .name("Jurisdiction " + id.substring(1))
            .putAllAttributes(old.attributes());
    old.incomeGroup().ifPresent(jurisdiction::incomeGroup);
    old.region().ifPresent(jurisdiction::region);
    return response.withJurisdiction(jurisdiction.build());
  }
}
