package io.github.mnr4j.framework;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.framework.FrameworkChange.Kind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Computes {@link Framework#diff(Framework)}. */
final class FrameworkDiff {
  private final Framework before;
  private final Framework after;
  private final ImmutableList.Builder<FrameworkChange> changes = ImmutableList.builder();

  private FrameworkDiff(Framework before, Framework after) {
    this.before = before;
    this.after = after;
  }

  static List<FrameworkChange> between(Framework before, Framework after) {
    FrameworkDiff diff = new FrameworkDiff(before, after);
    diff.domains();
    diff.capabilities();
    diff.enablers();
    return diff.changes.build();
  }

  private void domains() {
    for (Domain old : before.domains()) {
      if (after.findDomain(old.id()).isEmpty()) {
        add(Kind.DOMAIN_REMOVED, old.id(), old.name(), null);
      }
    }
    for (Domain now : after.domains()) {
      Optional<Domain> was = before.findDomain(now.id());
      if (was.isEmpty()) {
        add(Kind.DOMAIN_ADDED, now.id(), null, now.name());
        continue;
      }
      Domain old = was.get();
      changed(Kind.DOMAIN_RENAMED, now.id(), old.name(), now.name());
      changed(
          Kind.DOMAIN_RENUMBERED,
          now.id(),
          String.valueOf(old.number()),
          String.valueOf(now.number()));
      changed(Kind.DOMAIN_OUTCOME_CHANGED, now.id(), render(old.outcome()), render(now.outcome()));
    }
  }

  private void capabilities() {
    for (Capability old : before.capabilities()) {
      if (after.findCapability(old.id()).isEmpty()) {
        add(Kind.CAPABILITY_REMOVED, old.id(), old.name(), null);
      }
    }
    for (Capability now : after.capabilities()) {
      Optional<Capability> was = before.findCapability(now.id());
      if (was.isEmpty()) {
        add(Kind.CAPABILITY_ADDED, now.id(), null, now.name());
        continue;
      }
      Capability old = was.get();
      changed(Kind.CAPABILITY_RENAMED, now.id(), old.name(), now.name());
      changed(Kind.CAPABILITY_REDESCRIBED, now.id(), old.description(), now.description());
      changed(
          Kind.CAPABILITY_RENUMBERED,
          now.id(),
          String.valueOf(old.number()),
          String.valueOf(now.number()));
      changed(Kind.CAPABILITY_MOVED, now.id(), old.domainId(), now.domainId());
    }
  }

  private void enablers() {
    for (Enabler old : before.enablers()) {
      if (after.findEnabler(old.id()).isEmpty()) {
        add(Kind.ENABLER_REMOVED, old.id(), old.text(), null);
      }
    }
    for (Enabler now : after.enablers()) {
      Optional<Enabler> was = before.findEnabler(now.id());
      if (was.isEmpty()) {
        add(Kind.ENABLER_ADDED, now.id(), null, now.text());
        continue;
      }
      Enabler old = was.get();
      changed(Kind.ENABLER_RETEXTED, now.id(), old.text(), now.text());
      if (!old.note().equals(now.note())) {
        add(Kind.ENABLER_NOTE_CHANGED, now.id(), old.note().orElse(null), now.note().orElse(null));
      }
      for (String domainId : old.domainIds()) {
        if (!now.domainIds().contains(domainId)) {
          add(Kind.ENABLER_UNLINKED, now.id(), domainId, null);
        }
      }
      for (String domainId : now.domainIds()) {
        if (!old.domainIds().contains(domainId)) {
          add(Kind.ENABLER_LINKED, now.id(), null, domainId);
        }
      }
    }
  }

  private void changed(Kind kind, String subject, String was, String now) {
    if (!Objects.equals(was, now)) {
      add(kind, subject, was, now);
    }
  }

  private void add(Kind kind, String subject, @Nullable String was, @Nullable String now) {
    FrameworkChange.Builder change = FrameworkChange.builder().kind(kind).subject(subject);
    if (was != null) {
      change.before(was);
    }
    if (now != null) {
      change.after(now);
    }
    changes.add(change.build());
  }

  private static String render(Outcome outcome) {
    return outcome.headline() + ": " + outcome.description();
  }
}
