package io.github.mnr4j.crosswalk;

import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.FrameworkTailoring;
import java.util.Random;

/** Variants of a framework made by a seeded mix of removals, additions and renames. */
final class TailoredFrameworks {
  private TailoredFrameworks() {}

  static Framework variant(Framework base, int seed) {
    Random random = new Random(seed);
    FrameworkTailoring tailoring = base.tailor(base.id() + "-v" + seed);
    int count = base.capabilities().size();
    int removed = -1;
    if (count > 0 && random.nextBoolean()) {
      removed = random.nextInt(count);
      tailoring.removeCapability(base.capabilities().get(removed).id());
    }
    if (count > 1 && random.nextBoolean()) {
      int renamed = random.nextInt(count);
      if (renamed != removed) {
        Capability capability = base.capabilities().get(renamed);
        tailoring.renameCapability(capability.id(), capability.name() + " (renamed)");
      }
    }
    int highest = base.capabilities().stream().mapToInt(Capability::number).max().orElse(0);
    String domainId = base.domains().get(random.nextInt(base.domains().size())).id();
    tailoring.addCapability(
        Capability.of(
            "n" + seed + "x" + highest, highest + 1, "New", "A new capability", domainId));
    return tailoring.build();
  }
}
