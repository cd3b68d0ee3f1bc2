package io.github.mnr4j.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The floor of scale.sh: however the file is cut among threads, every token is counted once. */
class TokenPassTest {
  @TempDir Path temp;

  @Test
  void countsEveryTokenOnceWhateverTheThreads() throws Exception {
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    for (Response response : GenerateCohort.responses(50)) {
      MnrJson.strict().writeLine(response, Document.RESPONSE, lines);
    }
    Path file = temp.resolve("cohort.jsonl");
    Files.write(file, lines.toByteArray());
    long expected = tokensOfOneParser(file);
    assertThat(expected).isGreaterThan(50 * 20);
    for (int threads = 1; threads <= 7; threads++) {
      assertThat(TokenPass.tokens(file, threads)).as("%d threads", threads).isEqualTo(expected);
    }
  }

  @Test
  void cutsOnlyBetweenLinesEvenWhenOneLineIsMostOfTheFile() throws Exception {
    String longLine = "{\"a\":[" + "1,".repeat(5000) + "2]}";
    Path file = temp.resolve("uneven.jsonl");
    // No newline at the end, and more threads than lines.
    Files.writeString(file, "{\"b\":true}\n" + longLine + "\n{}", StandardCharsets.UTF_8);
    long expected = tokensOfOneParser(file);
    for (int threads = 1; threads <= 5; threads++) {
      assertThat(TokenPass.tokens(file, threads)).as("%d threads", threads).isEqualTo(expected);
    }
  }

  private static long tokensOfOneParser(Path file) throws Exception {
    long tokens = 0;
    try (JsonParser parser =
        new JsonFactory().createParser(ObjectReadContext.empty(), Files.readAllBytes(file))) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
