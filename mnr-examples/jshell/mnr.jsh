// mnr4j in JShell. Start it from the repository's root after `mvn -B -ntp -q install -DskipTests`:
//   jshell --class-path mnr-examples/target/mnr.jar mnr-examples/jshell/mnr.jsh
import io.github.mnr4j.*;
import io.github.mnr4j.framework.*;
import io.github.mnr4j.reference.*;
import io.github.mnr4j.survey.*;
import io.github.mnr4j.assessment.*;
import io.github.mnr4j.scoring.*;
import io.github.mnr4j.cohort.*;
import io.github.mnr4j.json.*;
import io.github.mnr4j.translation.*;
import io.github.mnr4j.examples.*;

var mnr = Frameworks.mnr();
var survey = Instruments.mnrSurvey2021();
var validator = Validator.of(survey);
var json = MnrJson.strict();
// The embedded cohort: SYNTHETIC data of 42 made-up jurisdictions, 17 answering the Alliance's
// survey and 25 the UNICEF survey (reconstructed), counted together through their crosswalk.
var analysis = ReviewSurveys.analysis(SyntheticCohort.load());

// The examples the banner shows, each with its result; JShellScriptTest runs and checks them.
var examples = List.of(
    "System.out.print(analysis.tally(TallyView.figure1()).toFigure().toText())  // row...Leadership...32...42...76...",
    "mnr.capability(11).name()  // Child Helpline",
    "mnr.capabilitiesOf(\"industry\").size()  // 4",
    "survey.question(\"q17\").optionIds().size()  // 11",
    "ReviewCountries.all().stream().filter(c -> c.incomeGroup() == IncomeGroup.HIGH).count()  // 15",
    "validator.validate(json.read(Files.readString(Path.of(\"mnr-examples/responses/country-31-defects.json\")), Document.RESPONSE)).errors().size()  // 41",
    "System.out.print(ScoringModels.staged().score(analysis.assessment(\"C07\")).toTable().toText(100))  // Scorecard of C07 Country 07...",
    "System.out.print(mnr.toOutline())  // ...Model National Response...",
    // In French: mnr4j's unofficial translation (the English is the reference).
    "ExampleTranslations.localizer(\"fr\", SourceTexts.of(mnr)).localize(mnr).capability(11).name()  // Ligne d'assistance aux enfants");

System.out.println("mnr4j is loaded: mnr (" + mnr + "), survey, validator, json, analysis. Try:");
examples.forEach(example -> System.out.println("  " + example));
