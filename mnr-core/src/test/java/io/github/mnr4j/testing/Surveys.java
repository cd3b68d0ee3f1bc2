package io.github.mnr4j.testing;

import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small responses to the built-in survey for tests. */
public final class Surveys {
  private Surveys() {}

  /**
   * A draft response to the built-in survey with the given answers: pairs of question id and
   * answer.
   *
   * @param pairs question id, answer, question id, answer, ...
   * @return the response
   */
  public static Response draft(Object... pairs) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      answers.put((String) pairs[i], (Answer) pairs[i + 1]);
    }
    return Response.builder().instrument(Instruments.mnrSurvey2021().reference())
        .jurisdiction(Jurisdiction.of("C99", "Country 99")).status(ResponseStatus.IN_PROGRESS)
        .answers(answers).build();
  }
}
