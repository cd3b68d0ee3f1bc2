// mnr4j in JShell. Start it from the repository's root after `mvn -q package -DskipTests`:
//   jshell --class-path mnr-examples/target/mnr.jar mnr-examples/jshell/mnr.jsh
import io.github.mnr4j.*;
import io.github.mnr4j.framework.*;
import io.github.mnr4j.reference.*;
import io.github.mnr4j.survey.*;
import io.github.mnr4j.assessment.*;
import io.github.mnr4j.scoring.*;
import io.github.mnr4j.cohort.*;
import io.github.mnr4j.json.*;
import io.github.mnr4j.examples.*;

var mnr = Frameworks.mnr();
var survey = Instruments.mnrSurvey2021();
var validator = Validator.of(survey);
var json = MnrJson.strict();
var analysis = CohortAnalysis.assess(SyntheticCohort.load(), survey);   // SYNTHETIC data

// The examples the banner shows; JShellScriptTest runs each of them.
var examples = List.of(
    "System.out.print(analysis.tally(TallyView.figure1()).figure().text())  // Figure 1, synthetic",
    "mnr.capability(11)                     // look up by number or id",
    "mnr.capabilitiesOf(\"industry\")         // a domain's capabilities",
    "System.out.print(mnr.outline())        // the framework as an outline",
    "survey.question(\"q17\").optionIds()     // the 2021 survey's questions",
    "ReviewCountries.count(c -> c.incomeGroup() == IncomeGroup.HIGH)  // 15",
    "validator.validate(json.read(Files.readString(Path.of(\"mnr-examples/responses/country-31-defects.json\")), Document.RESPONSE)).errors()",
    "System.out.print(ScoringModels.staged().score(analysis.assessment(\"C07\")).table().text(100))");

System.out.println("mnr4j is loaded: mnr (" + mnr + "), survey, validator, json, analysis. Try:");
examples.forEach(example -> System.out.println("  " + example));
