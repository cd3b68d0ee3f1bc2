package io.github.mnr4j.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Domain;
import io.github.mnr4j.framework.Enabler;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.FrameworkChange;
import io.github.mnr4j.framework.Note;
import io.github.mnr4j.framework.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of valid frameworks, shared by the core and JSON tests. Texts range over
 * most of Unicode's basic plane, control characters, quotes and backslashes included, so that wire
 * formats meet every kind of character.
 */
public final class FrameworkGenerators {
  private static final Gen<String> TEXT =
      strings().betweenCodePoints(1, 0xD7FF).ofLengthBetween(0, 24).map(s -> "T" + s);
  private static final Gen<String> ID_TAIL =
      strings().betweenCodePoints('a', 'z').ofLengthBetween(0, 6);

  private FrameworkGenerators() {}

  /**
   * Generates texts that are never blank.
   *
   * @return the generator
   */
  public static Gen<String> texts() {
    return TEXT;
  }

  /**
   * Generates valid frameworks: 1 to 4 domains, 0 to 8 capabilities, 0 to 3 enablers, sometimes a
   * base and a record of changes.
   *
   * @return the generator
   */
  public static Gen<Framework> frameworks() {
    return FrameworkGenerators::framework;
  }

  private static Framework framework(RandomnessSource in) {
    Framework.Builder builder =
        Framework.builder()
            .id("f-" + ID_TAIL.generate(in))
            .title(TEXT.generate(in))
            .source(TEXT.generate(in));
    int noteCount = integers().between(0, 2).generate(in);
    for (int i = 0; i < noteCount; i++) {
      builder.addNote(Note.of("n" + i, TEXT.generate(in)));
    }
    int domainCount = integers().between(1, 4).generate(in);
    int domainStart = integers().between(1, 3).generate(in);
    List<String> domainIds = new ArrayList<>();
    for (int i = 0; i < domainCount; i++) {
      String id = "d" + i + ID_TAIL.generate(in);
      domainIds.add(id);
      builder.addDomain(
          Domain.of(
              id,
              domainStart + i,
              TEXT.generate(in),
              Outcome.of(TEXT.generate(in), TEXT.generate(in))));
    }
    int capabilityCount = integers().between(0, 8).generate(in);
    int start = integers().between(1, 5).generate(in);
    int step = integers().between(1, 3).generate(in);
    for (int i = 0; i < capabilityCount; i++) {
      String domainId = domainIds.get(integers().between(0, domainCount - 1).generate(in));
      builder.addCapability(
          Capability.of(
              "c" + i + ID_TAIL.generate(in),
              start + i * step,
              TEXT.generate(in),
              TEXT.generate(in),
              domainId));
    }
    int enablerCount = integers().between(0, 3).generate(in);
    for (int i = 0; i < enablerCount; i++) {
      List<String> linked = new ArrayList<>();
      for (String domainId : domainIds) {
        if (booleans().all().generate(in)) {
          linked.add(domainId);
        }
      }
      Enabler enabler = Enabler.of("e" + i + ID_TAIL.generate(in), TEXT.generate(in), linked);
      if (booleans().all().generate(in)) {
        enabler = enabler.withNote(TEXT.generate(in));
      }
      builder.addEnabler(enabler);
    }
    if (booleans().all().generate(in)) {
      builder.basedOn("base-" + ID_TAIL.generate(in));
      int changeCount = integers().between(0, 3).generate(in);
      FrameworkChange.Kind[] kinds = FrameworkChange.Kind.values();
      for (int i = 0; i < changeCount; i++) {
        FrameworkChange.Kind kind = kinds[integers().between(0, kinds.length - 1).generate(in)];
        boolean free = kind == FrameworkChange.Kind.ENABLER_NOTE_CHANGED;
        boolean before = free ? booleans().all().generate(in) : needsBefore(kind);
        boolean after = free ? booleans().all().generate(in) : needsAfter(kind);
        FrameworkChange.Builder change =
            FrameworkChange.builder().kind(kind).subject("s" + ID_TAIL.generate(in));
        if (before) {
          change.before(TEXT.generate(in));
        }
        if (after) {
          change.after(TEXT.generate(in));
        }
        builder.addChange(change.build());
      }
    }
    return builder.build();
  }

  private static boolean needsBefore(FrameworkChange.Kind kind) {
    return !kind.id().endsWith("-added") && kind != FrameworkChange.Kind.ENABLER_LINKED;
  }

  private static boolean needsAfter(FrameworkChange.Kind kind) {
    return !kind.id().endsWith("-removed") && kind != FrameworkChange.Kind.ENABLER_UNLINKED;
  }
}
