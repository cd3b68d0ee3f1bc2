package io.github.mnr4j.examples;

import io.github.mnr4j.crosswalk.Crosswalk;
import io.github.mnr4j.crosswalk.CrosswalkEnd;
import io.github.mnr4j.crosswalk.CrosswalkEntry;
import io.github.mnr4j.crosswalk.Provenance;
import io.github.mnr4j.crosswalk.Relationship;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Domain;
import io.github.mnr4j.framework.Enabler;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionKind;
import io.github.mnr4j.survey.QuestionRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A hypothetical next edition of the Model National Response and of its survey, made from the
 * changes the report's call to action names, with the crosswalks from the 2022 framework and the
 * 2021 survey. Neither the Alliance nor the report defines a next edition: every change here is
 * mnr4j's reading of one sentence of the call to action, quoted in its crosswalk entry, and the new
 * capabilities' names and descriptions are made up.
 *
 * <pre>
 * java -cp mnr-examples/target/mnr.jar io.github.mnr4j.examples.NextEdition DIR
 * mnr crosswalk check --end DIR/next-framework.json DIR/framework-crosswalk.json
 * mnr migrate --crosswalk DIR/survey-crosswalk.json --end DIR/next-survey.json example
 * </pre>
 */
public final class NextEdition {
  /** The draft framework's id. */
  public static final String FRAMEWORK_ID = "wpga-mnr-next-draft";

  /** The draft survey's edition. */
  public static final String EDITION = "next-draft";

  private static final String CALL_TO_ACTION =
      "Framing the future (2022), Call to action, priority 5: ";

  private static final Provenance PROVENANCE =
      Provenance.of(
          "mnr4j maintainers",
          LocalDate.of(2026, 12, 6),
          "A hypothetical draft: mnr4j's reading of the changes named in the call to action of"
              + " Framing the future (2022); not the Alliance's");

  private NextEdition() {}

  private static String quote(String passageId) {
    return CALL_TO_ACTION + "\"" + Frameworks.mnr().passage(passageId).text() + "\"";
  }

  /**
   * Builds the draft framework: support for young people displaying harmful sexual behaviour as a
   * capability of its own, law enforcement officers' well-being as a capability, a model response
   * for industry, remedies and reparations elaborated, and international cooperation as an enabler
   * of every domain.
   *
   * @return the draft, tailored from the 2022 framework with its record of changes
   */
  public static Framework framework() {
    Framework mnr = Frameworks.mnr();
    List<String> everyDomain = new ArrayList<>();
    mnr.domains().stream().map(Domain::id).forEach(everyDomain::add);
    return mnr.tailor(FRAMEWORK_ID)
        .title("Model National Response, a hypothetical next edition (draft)")
        .note(
            "hypothetical",
            "Hypothetical: made by mnr4j from the changes the call to action of Framing the future"
                + " (2022) names, to show crosswalks at work. Not the Alliance's; the new"
                + " capabilities' names and descriptions are made up.")
        .addCapability(
            Capability.of(
                "harmful-sexual-behaviour-support",
                22,
                "Support for Young People Displaying Harmful Sexual Behaviour",
                "Child-centred support that addresses children's distinct needs, apart from"
                    + " offender support systems",
                "societal"))
        .redescribeCapability(
            "offender-support-systems",
            "Support for adults with a sexual interest in children and for convicted offenders,"
                + " to prevent offending and reoffending")
        .addCapability(
            Capability.of(
                "law-enforcement-wellbeing",
                23,
                "Law Enforcement Well-being",
                "Psychological care and mitigation tools for officers' health and well-being",
                "criminal-justice"))
        .redescribeCapability(
            "remedies",
            "Effective remedies and reparations for victims and survivors, their components"
                + " spelled out: recovery services, compensation, advocacy and complaints")
        .addCapability(
            Capability.of(
                "industry-model-response",
                24,
                "Industry Model Response",
                "A model response for industry, based on the Voluntary Principles to Counter Online"
                    + " Child Sexual Exploitation and Abuse",
                "industry"))
        .addEnabler(
            Enabler.of(
                "international-cooperation",
                "International cooperation, expressly part of every domain",
                everyDomain))
        .build();
  }

  /**
   * Returns the crosswalk from the 2022 framework to the draft: derived from the draft's record of
   * changes, then the derived entries the record cannot know edited: offender support systems split
   * in two, each change's rationale quoting the call to action.
   *
   * @return the crosswalk
   */
  public static Crosswalk frameworkCrosswalk() {
    Framework mnr = Frameworks.mnr();
    Framework draft = framework();
    Crosswalk derived = Crosswalk.derive(mnr, draft, PROVENANCE);
    List<CrosswalkEntry> entries = new ArrayList<>();
    for (CrosswalkEntry entry : derived.entries()) {
      List<String> elements =
          entry.relationship() == Relationship.ADDED ? entry.targets() : entry.sources();
      String element = elements.get(0);
      switch (element) {
        case "offender-support-systems" ->
            entries.add(
                CrosswalkEntry.of(
                        List.of("offender-support-systems"),
                        List.of("offender-support-systems", "harmful-sexual-behaviour-support"),
                        Relationship.EQUIVALENT)
                    .withRationale("Split in two: " + quote("priority-5-examples-societal")));
        case "harmful-sexual-behaviour-support" -> {
          // reached by the split above
        }
        case "law-enforcement-wellbeing" ->
            entries.add(entry.withRationale(quote("priority-5-examples-criminal-justice")));
        case "remedies" -> entries.add(entry.withRationale(quote("priority-5-examples-victim")));
        case "industry-model-response" ->
            entries.add(entry.withRationale(quote("priority-5-examples-industry")));
        case "international-cooperation" ->
            entries.add(entry.withRationale(quote("priority-5-examples")));
        default -> entries.add(entry);
      }
    }
    return Crosswalk.builder()
        .id("wpga-mnr-to-next-draft")
        .title("From the 2022 Model National Response to a hypothetical next edition")
        .source(derived.source())
        .target(derived.target())
        .sameLineage(true)
        .provenance(PROVENANCE)
        .addNote("Hypothetical: see the draft framework's notes.")
        .addAllNotes(derived.notes())
        .addAllEntries(entries)
        .build();
  }

  /**
   * Builds the draft survey: the 2021 survey on the draft framework, with q61 asking about adults
   * only, the option for young people leaving q62 for a question of its own (q82), and a question
   * on law enforcement officers' well-being (q83).
   *
   * @return the draft survey
   */
  public static Instrument survey() {
    Instrument survey = Instruments.mnrSurvey2021();
    List<Question> questions = new ArrayList<>();
    for (Question question : survey.questions()) {
      switch (question.id()) {
        case "q23" -> {
          questions.add(question);
          questions.add(
              gate(
                  "q83",
                  83,
                  "criminal-justice",
                  "law-enforcement-wellbeing",
                  "Are there psychological care and mitigation tools for the health and well-being"
                      + " of law enforcement officers who deal with CSEA?"));
        }
        case "q61" ->
            questions.add(
                copy(
                        question,
                        "Are there support systems in place for adults with a sexual interest in"
                            + " children or for convicted offenders?")
                    .addAllOptions(question.options())
                    .build());
        case "q62" -> {
          Question.Builder narrowed = copy(question, question.text());
          question.options().stream()
              .filter(option -> !option.id().equals("harmful-sexual-behaviour"))
              .forEach(narrowed::addOption);
          questions.add(narrowed.build());
          questions.add(
              gate(
                  "q82",
                  82,
                  question.sectionId(),
                  "harmful-sexual-behaviour-support",
                  "Are there support systems in place for young people displaying sexually"
                      + " harmful behaviour?"));
        }
        default -> questions.add(question);
      }
    }
    return Instrument.builder()
        .id(survey.id())
        .edition(EDITION)
        .title(survey.title() + " (hypothetical next edition, draft)")
        .source(
            "Hypothetical: the 2021 survey adapted by mnr4j to the draft framework "
                + FRAMEWORK_ID
                + "; not the Alliance's")
        .framework(framework())
        .addAllSections(survey.sections())
        .addAllQuestions(questions)
        .addAllSkipRules(survey.skipRules())
        .build();
  }

  /**
   * Returns the crosswalk from the 2021 survey to the draft survey.
   *
   * @return the crosswalk
   */
  public static Crosswalk surveyCrosswalk() {
    Instrument from = Instruments.mnrSurvey2021();
    Crosswalk.Builder builder =
        Crosswalk.builder()
            .id("wpga-mnr-survey-2021-to-next-draft")
            .title("From the 2021 survey to a hypothetical next edition")
            .source(CrosswalkEnd.of(from))
            .target(CrosswalkEnd.of(survey()))
            .provenance(PROVENANCE)
            .addNote("Hypothetical: see the draft framework's notes.");
    for (Question question : from.questions()) {
      String id = question.id();
      if (id.equals("q61")) {
        builder.addEntry(
            CrosswalkEntry.of(List.of("q61"), List.of("q61", "q82"), Relationship.EQUIVALENT)
                .withRationale(
                    "Offender support systems asked apart for adults (q61) and for young people"
                        + " (q82): "
                        + quote("priority-5-examples-societal")));
      } else {
        builder.addEntry(CrosswalkEntry.of(id, id, Relationship.EQUIVALENT));
      }
      if (id.equals("q62")) {
        builder.addEntry(
            CrosswalkEntry.removed("q62/harmful-sexual-behaviour")
                .withRationale("Asked as a question of its own, q82, which q61 now splits into"));
      }
    }
    builder.addEntry(
        CrosswalkEntry.added("q83").withRationale(quote("priority-5-examples-criminal-justice")));
    return builder.build();
  }

  private static Question.Builder copy(Question question, String text) {
    return Question.builder()
        .id(question.id())
        .number(question.number())
        .sectionId(question.sectionId())
        .text(text)
        .kind(question.kind())
        .required(question.isRequired())
        .role(question.role())
        .addAllInforms(question.informs())
        .addAllCodes(question.codes())
        .putAllCodeGroups(question.codeGroups())
        .asksForPersonalData(question.asksForPersonalData());
  }

  private static Question gate(
      String id, int number, String sectionId, String capabilityId, String text) {
    return Question.builder()
        .id(id)
        .number(number)
        .sectionId(sectionId)
        .text(text)
        .kind(QuestionKind.YES_NO)
        .role(QuestionRole.GATE)
        .addInform(capabilityId)
        .build();
  }

  /**
   * Writes the draft framework and survey and the two crosswalks to a directory.
   *
   * @param args the directory
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args.length > 0 ? args[0] : ".");
    Files.createDirectories(directory);
    MnrJson json = MnrJson.strict();
    write(directory.resolve("next-framework.json"), json.write(framework(), Document.FRAMEWORK));
    write(
        directory.resolve("framework-crosswalk.json"),
        json.write(frameworkCrosswalk(), Document.CROSSWALK));
    write(directory.resolve("next-survey.json"), json.write(survey(), Document.INSTRUMENT));
    write(
        directory.resolve("survey-crosswalk.json"),
        json.write(surveyCrosswalk(), Document.CROSSWALK));
    System.out.println("Wrote the hypothetical next edition's four documents to " + directory);
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
  }
}
