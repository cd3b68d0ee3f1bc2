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

System.out.println("mnr4j is loaded. Try:");
System.out.println("  System.out.print(analysis.tally(TallyView.figure1()).figure().text())");
System.out.println("      // the report's Figure 1, from the synthetic example cohort");
System.out.println("  mnr                                  // " + mnr);
System.out.println("  System.out.print(mnr.outline())      // the framework as an outline");
System.out.println("  mnr.capability(11)                   // look up by number or id");
System.out.println("  mnr.capabilitiesOf(\"industry\")       // a domain's capabilities");
System.out.println("  survey.question(\"q17\").optionIds()   // the survey: " + survey);
System.out.println("  ReviewCountries.count(c -> c.incomeGroup() == IncomeGroup.HIGH)");
System.out.println("  validator.validate(json.read(java.nio.file.Files.readString(java.nio.file.Path.of(");
System.out.println("      \"mnr-examples/responses/country-31-defects.json\")), Document.RESPONSE)).errors()");
System.out.println("  System.out.print(ScoringModels.staged().score(analysis.assessment(\"C07\")).table().text())");
