package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.mnr4j.crosswalk.Crosswalk;
import io.github.mnr4j.crosswalk.CrosswalkEnd;
import io.github.mnr4j.crosswalk.CrosswalkEntry;
import io.github.mnr4j.crosswalk.Provenance;
import io.github.mnr4j.crosswalk.Relationship;
import io.github.mnr4j.testing.FrameworkGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Round trips and schema validity over generated crosswalks. */
class CrosswalkJsonProperties {

  static Gen<Crosswalk> crosswalks() {
    return CrosswalkJsonProperties::crosswalk;
  }

  private static Provenance provenance(RandomnessSource in) {
    return Provenance.of(
        FrameworkGenerators.texts().generate(in),
        LocalDate.ofEpochDay(integers().between(0, 30000).generate(in)),
        FrameworkGenerators.texts().generate(in));
  }

  private static List<String> elements(RandomnessSource in, int least) {
    List<String> elements = new ArrayList<>();
    int count = integers().between(least, 3).generate(in);
    for (int i = 0; i < count; i++) {
      String element = "e" + i + (booleans().all().generate(in) ? "/o" + i : "");
      elements.add(element);
    }
    return elements;
  }

  private static Crosswalk crosswalk(RandomnessSource in) {
    boolean instruments = booleans().all().generate(in);
    CrosswalkEnd.Kind kind =
        instruments ? CrosswalkEnd.Kind.INSTRUMENT : CrosswalkEnd.Kind.FRAMEWORK;
    Crosswalk.Builder builder =
        Crosswalk.builder()
            .id("x" + integers().between(0, 99).generate(in))
            .title(FrameworkGenerators.texts().generate(in))
            .source(instruments ? CrosswalkEnd.of(kind, "a", "1") : CrosswalkEnd.of(kind, "a"))
            .target(CrosswalkEnd.of(kind, "b", FrameworkGenerators.texts().generate(in)))
            .provenance(provenance(in));
    if (booleans().all().generate(in)) {
      builder.sameLineage(booleans().all().generate(in));
    }
    int notes = integers().between(0, 2).generate(in);
    for (int i = 0; i < notes; i++) {
      builder.addNote(FrameworkGenerators.texts().generate(in));
    }
    int entries = integers().between(0, 6).generate(in);
    Relationship[] relationships = Relationship.values();
    for (int i = 0; i < entries; i++) {
      Relationship relationship =
          relationships[integers().between(0, relationships.length - 1).generate(in)];
      CrosswalkEntry entry =
          CrosswalkEntry.of(
              relationship == Relationship.ADDED ? List.of() : elements(in, 1),
              relationship == Relationship.REMOVED ? List.of() : elements(in, 1),
              relationship);
      if (booleans().all().generate(in)) {
        entry = entry.withRationale(FrameworkGenerators.texts().generate(in));
      }
      if (booleans().all().generate(in)) {
        entry = entry.withProvenance(provenance(in));
      }
      builder.addEntry(entry);
    }
    return builder.build();
  }

  @Test
  void everyCrosswalkReadsBackEqualAndIsValidUnderTheSchema() {
    qt().withExamples(200)
        .forAll(crosswalks())
        .checkAssert(
            crosswalk -> {
              String json = MnrJson.strict().write(crosswalk, Document.CROSSWALK);
              Crosswalk back = MnrJson.strict().read(json, Document.CROSSWALK);
              assertThat(back).isEqualTo(crosswalk);
              assertThat(MnrJson.strict().write(back, Document.CROSSWALK)).isEqualTo(json);
              assertThat(SchemaCheck.errors("mnr4j.crosswalk", json)).isEmpty();
            });
  }
}
