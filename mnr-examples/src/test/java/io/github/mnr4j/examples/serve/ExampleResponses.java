package io.github.mnr4j.examples.serve;

import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example responses of mnr-examples/responses, as the application's tests use them. */
final class ExampleResponses {
  private ExampleResponses() {}

  /** Country 07's complete answers to the 2021 survey: valid, so it can be submitted. */
  static Response completed() throws IOException {
    return read("country-07-completed.json");
  }

  /** Country 31's answers, with a defect of each kind validation finds. */
  static Response defects() throws IOException {
    return read("country-31-defects.json");
  }

  private static Response read(String file) throws IOException {
    return MnrJson.strict()
        .withPersonalData(true)
        .read(Files.readString(Path.of("responses", file)), Document.RESPONSE);
  }
}
