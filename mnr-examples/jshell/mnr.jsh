// mnr4j in JShell. Start it from the repository's root after `mvn -q package -DskipTests`:
//   jshell --class-path mnr-examples/target/mnr.jar mnr-examples/jshell/mnr.jsh
import io.github.mnr4j.*;
import io.github.mnr4j.framework.*;
import io.github.mnr4j.reference.*;
import io.github.mnr4j.json.*;

var mnr = Frameworks.mnr();
var json = MnrJson.strict();

System.out.println("mnr4j is loaded. Try:");
System.out.println("  mnr                                  // " + mnr);
System.out.println("  System.out.print(mnr.outline())      // the framework as an outline");
System.out.println("  mnr.capability(11)                   // look up by number or id");
System.out.println("  mnr.capabilitiesOf(\"industry\")       // a domain's capabilities");
System.out.println("  ReviewCountries.count(c -> c.incomeGroup() == IncomeGroup.HIGH)");
System.out.println("  json.write(mnr)                      // the mnr4j.framework document");
