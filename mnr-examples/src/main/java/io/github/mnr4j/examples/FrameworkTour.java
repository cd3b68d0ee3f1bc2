package io.github.mnr4j.examples;

import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;

/**
 * A tour of the built-in Model National Response: look-ups, navigation and JSON. The README's Java
 * example is this program.
 */
public final class FrameworkTour {
  private FrameworkTour() {}

  /**
   * Prints what the tour finds.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Framework mnr = Frameworks.mnr();
    System.out.println(mnr); // Framework wpga-mnr (Model National Response): 6 domains, ...

    Capability helpline = mnr.capability("child-helpline");
    System.out.println(
        helpline.number()
            + " "
            + helpline.name()
            + " is in the "
            + mnr.domain(helpline.domainId()).name()
            + " domain");

    for (Capability capability : mnr.capabilitiesOf("industry")) {
      System.out.println("  " + capability.number() + " " + capability.name());
    }

    String json = MnrJson.strict().write(mnr, Document.FRAMEWORK); // the mnr4j.framework document
    Framework back = MnrJson.strict().read(json, Document.FRAMEWORK);
    System.out.println("JSON round trip equal: " + back.equals(mnr));
  }
}
