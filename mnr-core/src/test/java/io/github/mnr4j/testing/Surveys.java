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
    return Response.builder()
        .instrumentReference(Instruments.mnrSurvey2021().reference())
        .jurisdiction(Jurisdiction.of("C99", "Country 99"))
        .status(ResponseStatus.IN_PROGRESS)
        .putAllAnswers(answers)
        .build();
  }

  /**
   * A copy of a response with other answers.
   *
   * @param response the response
   * @param answers the answers, in the order to keep
   * @return the copy
   */
  public static Response withAnswers(Response response, Map<String, Answer> answers) {
    Response.Builder copy =
        Response.builder()
            .instrumentReference(response.instrumentReference())
            .jurisdiction(response.jurisdiction())
            .status(response.status())
            .putAllAnswers(answers);
    response.respondent().ifPresent(copy::respondent);
    return copy.build();
  }
}
