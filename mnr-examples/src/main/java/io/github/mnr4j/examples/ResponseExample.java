package io.github.mnr4j.examples;

import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import io.github.mnr4j.survey.ValidationReport;
import io.github.mnr4j.survey.Validator;

/**
 * Builds a draft response of a made-up jurisdiction in Java, validates it and explains what is
 * wrong. The README's survey example is this program.
 */
public final class ResponseExample {
  private ResponseExample() {}

  /**
   * Builds the example's draft response: q7 says there is no national committee, yet q8 describes
   * one, and q6 combines "not used" with another use.
   *
   * @return the response
   */
  public static Response draft() {
    return Response.builder()
        .instrumentReference("wpga-mnr-survey@2021")
        .jurisdiction(
            Jurisdiction.builder()
                .id("C03")
                .name("Country 03")
                .incomeGroup(IncomeGroup.HIGH)
                .build())
        .status(ResponseStatus.IN_PROGRESS)
        .putAnswer("q6", Answer.ofChoices("not-used", "policy-basis"))
        .putAnswer("q7", Answer.ofChoice("no"))
        .putAnswer("q8", Answer.ofText("A task force formed in 2019"))
        .putAnswer("q78", Answer.ofText("Guidelines adopted in 2020").withCode("yes"))
        .build();
  }

  /**
   * Prints the validation findings and explains why q8 is disabled.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Instrument survey = Instruments.mnrSurvey2021();
    Validator validator = Validator.of(survey); // once per instrument
    Response response = draft();

    ValidationReport report = validator.validate(response);
    System.out.println(report); // ValidationReport[C03, ...: invalid, 2 errors, 33 warnings]
    report.errors().forEach(System.out::println);
    // error exclusive-option-combined q6 /answers/q6/choices/0: q6's option 'not-used' ...
    // error answer-to-disabled-question q8 /answers/q8: q8 is answered, but it is disabled: ...

    System.out.println(validator.enablement(response).explain("q8"));
    // q8 is disabled: if q7 = no, skip to q9
  }
}
