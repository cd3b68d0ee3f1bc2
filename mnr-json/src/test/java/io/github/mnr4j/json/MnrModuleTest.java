package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.cohort.Tally;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Domain;
import io.github.mnr4j.framework.Enabler;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.FrameworkChange;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.framework.Passage;
import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Erratum;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionKind;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import io.github.mnr4j.survey.Section;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The module in a mapper of the user's own. */
class MnrModuleTest {
  private final JsonMapper mapper = JsonMapper.builder().addModule(MnrModule.strict()).build();

  @Test
  void writesAndReadsTheSameDocumentAsTheFacade() {
    String compact = mapper.writeValueAsString(Frameworks.mnr());
    assertThat(mapper.readTree(compact))
        .isEqualTo(mapper.readTree(MnrJson.strict().write(Frameworks.mnr(), Document.FRAMEWORK)));
    assertThat(mapper.readValue(compact, Framework.class)).isEqualTo(Frameworks.mnr());
  }

  @Test
  void readsFrameworksInsideOtherDocumentsWithAbsolutePointers() {
    String mnr = MnrJson.strict().write(Frameworks.mnr(), Document.FRAMEWORK);
    String wrapper =
        "{\"first\": "
            + mnr
            + ",\n \"second\": "
            + mnr.replace("\"domainId\": \"victim\"", "\"domainId\": \"victims\"")
            + "}";
    Throwable thrown =
        catchThrowable(
            () -> mapper.readValue(wrapper, new TypeReference<Map<String, Framework>>() {}));
    MnrJsonException e = unwrap(thrown);
    assertThat(e.pointer()).isEqualTo("/second/capabilities/7/domainId");
    assertThat(e.getMessage())
        .startsWith(
            "4 problems:\n  unknown domain 'victims' for"
                + " capability 'end-to-end-support' at /second/capabilities/7/domainId");

    Map<String, Framework> both =
        mapper.readValue("{\"a\": " + mnr + "}", new TypeReference<Map<String, Framework>>() {});
    assertThat(both.get("a")).isEqualTo(Frameworks.mnr());
  }

  /** A user's own record, holding mnr4j values that are not documents. */
  record Holding(
      Capability capability,
      Domain domain,
      Enabler enabler,
      Passage passage,
      FrameworkChange change,
      Section section,
      Question question,
      Option option,
      Erratum erratum,
      Jurisdiction jurisdiction,
      List<Answer> answers,
      IncomeGroup incomeGroup,
      Region region,
      CapabilityStatus status,
      QuestionKind kind,
      ResponseStatus responseStatus) {}

  /** Every covered part round-trips in the shape it has inside its document. */
  @Test
  void partsAndEnumsRoundTripInTheirDocumentShape() {
    Framework mnr = Frameworks.mnr();
    Instrument survey = Instruments.mnrSurvey2021();
    Framework variant = mnr.tailor("variant").removeCapability("remedies").build();
    Holding holding =
        new Holding(
            mnr.capability("child-helpline"),
            mnr.domain("victim"),
            mnr.enablers().get(0),
            mnr.passage("aim-4"),
            variant.changes().get(0),
            survey.section("societal"),
            survey.question("q17"),
            survey.question("q6").options().get(5),
            survey.errata().get(0),
            Jurisdiction.builder()
                .id("C07")
                .name("Country 07")
                .incomeGroup(IncomeGroup.LOWER_MIDDLE)
                .region(Region.SOUTH_ASIA)
                .putAttribute("round", "2021")
                .build(),
            List.of(
                Answer.ofChoice("yes"),
                Answer.ofChoices("policy-basis", "other").withOtherText("Training"),
                Answer.ofText("Adopted").withCode("yes")),
            IncomeGroup.LOWER_MIDDLE,
            Region.SOUTH_ASIA,
            CapabilityStatus.NOT_IN_PLACE,
            QuestionKind.MULTI_CHOICE,
            ResponseStatus.IN_PROGRESS);
    String json = mapper.writeValueAsString(holding);
    assertThat(mapper.readValue(json, Holding.class)).isEqualTo(holding);

    JsonNode tree = mapper.readTree(json);
    JsonNode framework = mapper.readTree(MnrJson.strict().write(mnr, Document.FRAMEWORK));
    JsonNode instrument = mapper.readTree(MnrJson.strict().write(survey, Document.INSTRUMENT));
    assertThat(tree.get("capability")).isEqualTo(framework.get("capabilities").get(10));
    assertThat(tree.get("domain")).isEqualTo(framework.get("domains").get(2));
    assertThat(tree.get("passage")).isEqualTo(framework.get("passages").get(3));
    assertThat(tree.get("question")).isEqualTo(instrument.get("questions").get(16));
    assertThat(tree.get("section")).isEqualTo(instrument.get("sections").get(5));
    assertThat(tree.get("incomeGroup").asString()).isEqualTo("lower-middle");
    assertThat(tree.get("jurisdiction").get("incomeGroup").asString()).isEqualTo("lower-middle");
    assertThat(tree.get("status").asString()).isEqualTo("not-in-place");
    assertThat(tree.get("answers").get(2).toString())
        .isEqualTo("{\"text\":\"Adopted\",\"code\":\"yes\"}");
  }

  @Test
  void partsAreReadStrictlyWithLocatedErrors() {
    MnrJsonException e =
        unwrap(
            catchThrowable(
                () -> mapper.readValue("{\"incomeGroup\": \"LOWER_MIDDLE\"}", Holding.class)));
    assertThat(e.getMessage())
        .startsWith(
            "unknown IncomeGroup 'LOWER_MIDDLE'; known: high,"
                + " upper-middle, lower-middle, low");
    assertThat(e.pointer()).isEqualTo("/incomeGroup");
    e =
        unwrap(
            catchThrowable(
                () ->
                    mapper.readValue(
                        "[{\"choice\": \"yes\", \"text\": \"and more\"}]",
                        new TypeReference<List<Answer>>() {})));
    assertThat(e.getMessage())
        .startsWith("an answer has exactly one of 'choice', 'choices' and" + " 'text', not 2");
    e =
        unwrap(
            catchThrowable(
                () ->
                    mapper.readValue(
                        "{\"id\": \"x\", \"name\": \"X\"," + " \"colour\": \"red\"}",
                        Jurisdiction.class)));
    assertThat(e.getMessage()).contains("colour");
    assertThat(
            JsonMapper.builder()
                .addModule(MnrModule.lenient())
                .build()
                .readValue(
                    "{\"id\": \"x\", \"name\": \"X\", \"colour\": \"red\"}", Jurisdiction.class))
        .isEqualTo(Jurisdiction.of("x", "X"));
  }

  /** A type the module does not cover fails loudly, naming it, rather than writing {}. */
  /** A JSON null is refused where a value of mnr4j's belongs, never handed on as null. */
  /**
   * In a mapper with default typing, mnr4j values in places typed {@code Object} are written with
   * their type (the type the module covers, not its implementation) and read back the same.
   */
  @Test
  void defaultTypingWritesAndReadsMnr4jValues() {
    JsonMapper typed =
        JsonMapper.builder()
            .addModule(MnrModule.strict())
            .activateDefaultTyping(
                tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator.builder()
                    .allowIfSubType("io.github.mnr4j.")
                    .allowIfSubType("java.util.")
                    .build(),
                tools.jackson.databind.DefaultTyping.NON_FINAL,
                com.fasterxml.jackson.annotation.JsonTypeInfo.As.PROPERTY)
            .build();
    java.util.List<Object> values =
        new java.util.ArrayList<>(
            java.util.List.of(
                Frameworks.mnr(), Answer.ofChoice("yes"), ResponseStatus.COMPLETED, "text"));
    String json = typed.writeValueAsString(values);
    assertThat(json)
        .contains("[\"io.github.mnr4j.framework.Framework\",{\"format\":\"mnr4j.framework\"")
        .contains("[\"io.github.mnr4j.survey.ResponseStatus\",\"completed\"]")
        .doesNotContain("Immutable");
    java.util.List<?> read = typed.readValue(json, java.util.List.class);
    assertThat(read).isEqualTo(values);
  }

  @Test
  void nullIsRefusedNotReturned() {
    assertThatThrownBy(() -> mapper.readValue("null", Response.class))
        .isInstanceOf(MnrJsonException.class)
        .hasMessageStartingWith("expected an mnr4j.response document but found null");
    assertThatThrownBy(() -> mapper.readValue("null", Answer.class))
        .isInstanceOf(MnrJsonException.class)
        .hasMessageStartingWith("expected ")
        .hasMessageContaining(" but found null");
    assertThatThrownBy(() -> mapper.readValue("null", ResponseStatus.class))
        .isInstanceOf(MnrJsonException.class)
        .hasMessageStartingWith("expected a ResponseStatus id but found null");
  }

  @Test
  void uncoveredTypesFailLoudly() {
    Assessment assessment =
        Assessor.of(Instruments.mnrSurvey2021())
            .assess(
                Response.builder()
                    .instrumentReference("wpga-mnr-survey@2021")
                    .jurisdiction(Jurisdiction.of("C01", "Country 01"))
                    .status(ResponseStatus.IN_PROGRESS)
                    .build());
    Throwable thrown = catchThrowable(() -> mapper.writeValueAsString(assessment));
    assertThat(messages(thrown))
        .contains("MnrModule does not write" + " io.github.mnr4j.assessment.Assessment");
    thrown = catchThrowable(() -> mapper.readValue("{}", Assessment.class));
    assertThat(messages(thrown))
        .contains("MnrModule does not read" + " io.github.mnr4j.assessment.Assessment");
    thrown = catchThrowable(() -> mapper.readValue("{}", Tally.class));
    assertThat(messages(thrown)).contains("mnr4j.tally is an output document");
  }

  private static String messages(Throwable thrown) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }

  private static MnrJsonException unwrap(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof MnrJsonException) {
        return (MnrJsonException) t;
      }
    }
    throw new AssertionError("no MnrJsonException in " + thrown, thrown);
  }
}
