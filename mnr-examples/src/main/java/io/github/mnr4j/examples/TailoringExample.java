package io.github.mnr4j.examples;

import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.FrameworkChange;
import io.github.mnr4j.framework.Frameworks;

/**
 * Tailors the Model National Response as the report's call to action asks: "In the societal domain,
 * young people displaying sexually harmful behaviour must be separated from 'offender support
 * systems' to ensure the approach protects children against stigmatizing effects of 'perpetrator'
 * and 'offender' language and addresses children's distinct needs" (<i>Framing the future</i>,
 * 2022, Call to action).
 */
public final class TailoringExample {
  /** The id of the new capability. */
  public static final String HSB_SUPPORT = "harmful-sexual-behaviour-support";

  private TailoringExample() {}

  /**
   * Builds the variant: support for young people displaying harmful sexual behaviour becomes
   * capability 16 of the societal domain, and the capabilities after it move up by one.
   *
   * @return the tailored framework, with its record of changes
   */
  public static Framework separateHarmfulSexualBehaviourSupport() {
    Framework mnr = Frameworks.mnr();
    var tailoring =
        mnr.tailor("wpga-mnr-hsb")
            .title(
                "Model National Response, with support for young people displaying harmful"
                    + " sexual behaviour separated from offender support systems")
            .note(
                "hsb",
                "Tailored as the report's call to action asks: young people displaying sexually"
                    + " harmful behaviour are separated from 'offender support systems' (Framing the"
                    + " future, 2022, Call to action).");
    // Make room for the new capability 16: move 21..16 up by one, from the top down.
    for (int number = 21; number >= 16; number--) {
      tailoring.renumberCapability(mnr.capability(number).id(), number + 1);
    }
    return tailoring
        .addCapability(
            Capability.of(
                HSB_SUPPORT,
                16,
                "Support for Young People Displaying Harmful Sexual Behaviour",
                "Child-centred prevention and support that addresses children's distinct needs,"
                    + " without 'perpetrator' or 'offender' language",
                "societal"))
        .redescribeCapability(
            "offender-support-systems",
            "Medical, psychological, self-help, awareness; for adults with a sexual interest in"
                + " children, convicted offenders, and their families and friends")
        .build();
  }

  /**
   * Prints the variant's outline and its record of changes.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Framework variant = separateHarmfulSexualBehaviourSupport();
    System.out.print(variant.toOutline());
    System.out.println();
    System.out.println("Changes from " + variant.basedOn().orElseThrow() + ":");
    for (FrameworkChange change : variant.changes()) {
      System.out.println("  " + change);
    }
  }
}
