package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mnr4j.crosswalk.Crosswalk;
import io.github.mnr4j.crosswalk.CrosswalkCheckReport;
import io.github.mnr4j.crosswalk.CrosswalkEntry;
import io.github.mnr4j.crosswalk.Provenance;
import io.github.mnr4j.crosswalk.Relationship;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mnr4j.crosswalk document and the crosswalk outputs: golden files, schema, errors. */
class CrosswalkJsonTest {
  private static final MnrJson JSON = MnrJson.strict();

  /** The call to action's separation of support for young people, as a variant of the MNR. */
  static Framework variant() {
    return Frameworks.mnr()
        .tailor("wpga-mnr-hsb")
        .addCapability(
            Capability.of(
                "harmful-sexual-behaviour-support",
                22,
                "Support for Young People Displaying Harmful Sexual Behaviour",
                "Child-centred support that addresses children's distinct needs",
                "societal"))
        .renameCapability("offender-support-systems", "Offender Support Systems for Adults")
        .build();
  }

  static Crosswalk derived() {
    return Crosswalk.derive(
        Frameworks.mnr(),
        variant(),
        Provenance.of(
            "mnr4j tests", LocalDate.of(2026, 12, 6), "the change record of 'wpga-mnr-hsb'"));
  }

  private static MnrJsonException error(String json) {
    return catchThrowableOfType(MnrJsonException.class, () -> JSON.read(json, Document.CROSSWALK));
  }

  @Test
  void writesTheDerivedCrosswalkAsTheGoldenFileAndReadsItBack() {
    String json = JSON.write(derived(), Document.CROSSWALK);
    GoldenFiles.assertMatches("mnr4j.crosswalk-wpga-mnr-hsb.json", json);
    String golden = GoldenFiles.read("mnr4j.crosswalk-wpga-mnr-hsb.json");
    assertThat(JSON.read(golden, Document.CROSSWALK)).isEqualTo(derived());
    assertThat(SchemaCheck.errors("mnr4j.crosswalk", golden)).isEmpty();
  }

  @Test
  void writesTheChecksOfABrokenCrosswalkAsTheGoldenFile() {
    List<CrosswalkEntry> entries = new ArrayList<>();
    for (CrosswalkEntry entry : derived().entries()) {
      if (entry.sources().contains("csea-reporting")) {
        // an id reused: the variant's csea-reporting is left to mean something else
        entries.add(
            CrosswalkEntry.of(
                    "csea-reporting", "harmful-sexual-behaviour-support", Relationship.EQUIVALENT)
                .withRationale("reporting becomes support"));
      } else if (!entry.sources().contains("takedown-procedures")) {
        entries.add(entry);
      }
    }
    entries.add(CrosswalkEntry.removed("leadership"));
    Crosswalk broken =
        Crosswalk.builder()
            .id("broken")
            .title("A crosswalk that misses, reuses and contradicts")
            .source(derived().source())
            .target(derived().target())
            .provenance(derived().provenance())
            .addAllEntries(entries)
            .build();
    CrosswalkCheckReport report = broken.check(Frameworks.mnr(), variant());
    String json = JSON.write(report, Output.CROSSWALK_CHECKS);
    GoldenFiles.assertMatches("mnr4j.crosswalk-checks-broken.json", json);
    assertThat(SchemaCheck.errors("mnr4j.crosswalk-checks", json)).isEmpty();
  }

  @Test
  void errorsNameThePointerAndTheRule() {
    String golden = GoldenFiles.read("mnr4j.crosswalk-wpga-mnr-hsb.json");
    assertThat(
            error(
                    golden.replaceFirst(
                        "\"relationship\": \"equivalent\"", "\"relationship\": \"same\""))
                .getMessage())
        .startsWith(
            "unknown relationship 'same'; known: equivalent, source-narrower, source-broader,"
                + " overlapping, removed, added at /entries/0/relationship (line ");
    assertThat(
            error(golden.replace("\"date\": \"2026-12-06\"", "\"date\": \"6 December\""))
                .getMessage())
        .startsWith(
            "expected a date written YYYY-MM-DD, such as 2026-12-06, but found '6 December' at"
                + " /provenance/date");
    String removedWithTarget =
        golden.replace("\"relationship\": \"added\"", "\"relationship\": \"removed\"");
    assertThat(error(removedWithTarget).getMessage())
        .contains("a removed entry has no targets")
        .contains("at /entries/");
    assertThat(error(golden.replace("\"sameLineage\"", "\"sameLinage\"")).getMessage())
        .startsWith("unknown field 'sameLinage'");
    assertThat(
            error(golden.replace("\"kind\": \"framework\"", "\"kind\": \"survey\"")).getMessage())
        .startsWith("unknown kind 'survey'; known: framework, instrument at /source/kind");
    assertThat(
            SchemaCheck.errors(
                "mnr4j.crosswalk",
                golden.replace("\"kind\": \"framework\"", "\"kind\": \"survey\"")))
        .isNotEmpty();
    assertThat(SchemaCheck.errors("mnr4j.crosswalk", removedWithTarget)).isNotEmpty();
  }

  @Test
  void sameLineageDefaultsToEndsOfOneKind() {
    String golden = GoldenFiles.read("mnr4j.crosswalk-wpga-mnr-hsb.json");
    String without = golden.replace("\"sameLineage\": true,\n", "");
    assertThat(without).isNotEqualTo(golden);
    assertThat(JSON.read(without, Document.CROSSWALK).isSameLineage()).isTrue();
    assertThat(SchemaCheck.errors("mnr4j.crosswalk", without)).isEmpty();
  }
}
