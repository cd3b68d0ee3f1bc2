package io.github.mnr4j.framework;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.internal.checks.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Derives a variant of a framework: add, remove, rename, redescribe, renumber or move capabilities,
 * and link or unlink enablers. {@link #build()} checks the variant like any framework and records
 * its changes from the base ({@link Framework#changes()}, equal to {@code base.diff(variant)}) and
 * the base's id ({@link Framework#basedOn()}).
 *
 * <p>The report's call to action, for example, asks that support for young people displaying
 * harmful sexual behaviour be separated from offender support systems:
 *
 * <pre>{@code
 * Framework variant = Frameworks.mnr().tailor("mnr-hsb")
 *     .addCapability(Capability.of("harmful-sexual-behaviour-support", 22,
 *         "Support for Young People Displaying Harmful Sexual Behaviour",
 *         "Child-centred support that addresses children's distinct needs", "societal"))
 *     .note("hsb", "Separates support for young people displaying harmful sexual behaviour"
 *         + " from offender support systems, as the report's call to action asks.")
 *     .build();
 * variant.changes();  // [capability-added harmful-sexual-behaviour-support: ...]
 * }</pre>
 *
 * <p>An operation on a capability or enabler the variant does not have, or one that would change
 * nothing, fails at once with a {@link MnrException} naming it; clashing numbers and unknown
 * domains are reported together by {@link #build()}. A tailoring is a mutable, single-use builder
 * and not thread-safe; the framework it builds is immutable.
 */
public final class FrameworkTailoring {
  private final Framework base;
  private final String variantId;
  private String title;
  private String source;
  private final List<Note> notes;
  private final List<Capability> capabilities;
  private final List<Enabler> enablers;

  FrameworkTailoring(Framework base, String variantId) {
    if (!Checks.isId(variantId)) {
      throw new MnrException("'" + variantId + "' is not a valid framework id");
    }
    if (variantId.equals(base.id())) {
      throw new MnrException(
          "a variant needs an id of its own, not its base's '" + base.id() + "'");
    }
    this.base = base;
    this.variantId = variantId;
    this.title = base.title();
    this.source = base.source();
    this.notes = new ArrayList<>(base.notes());
    this.capabilities = new ArrayList<>(base.capabilities());
    this.enablers = new ArrayList<>(base.enablers());
  }

  /**
   * Sets the variant's title; by default the base's.
   *
   * @param title the title
   * @return this tailoring
   */
  public FrameworkTailoring title(String title) {
    this.title = title;
    return this;
  }

  /**
   * Sets the variant's source; by default the base's.
   *
   * @param source a citation of what defines the variant
   * @return this tailoring
   */
  public FrameworkTailoring source(String source) {
    this.source = source;
    return this;
  }

  /**
   * Adds a note to the variant, after the base's notes: say why it differs from its base.
   *
   * @param id the note's id, not one of the base's notes' ids
   * @param text the note
   * @return this tailoring
   */
  public FrameworkTailoring note(String id, String text) {
    notes.add(Note.of(id, text));
    return this;
  }

  /**
   * Adds a capability after the last capability of its domain (at the end if the domain has none).
   *
   * @param capability the new capability
   * @return this tailoring
   * @throws MnrException if the variant already has a capability with that id
   */
  public FrameworkTailoring addCapability(Capability capability) {
    if (indexOf(capability.id(), false) >= 0) {
      throw new MnrException(
          "framework '" + variantId + "' already has a capability '" + capability.id() + "'");
    }
    capabilities.add(insertionPoint(capability.domainId()), capability);
    return this;
  }

  /**
   * Removes a capability.
   *
   * @param capabilityId the capability's id
   * @return this tailoring
   * @throws MnrException if the variant has no such capability
   */
  public FrameworkTailoring removeCapability(String capabilityId) {
    capabilities.remove(indexOf(capabilityId, true));
    return this;
  }

  /**
   * Renames a capability.
   *
   * @param capabilityId the capability's id
   * @param name the new name
   * @return this tailoring
   * @throws MnrException if the variant has no such capability or the name is unchanged
   */
  public FrameworkTailoring renameCapability(String capabilityId, String name) {
    Capability old = capabilities.get(indexOf(capabilityId, true));
    unchanged(capabilityId, "name", old.name(), name);
    return replace(old.withName(name));
  }

  /**
   * Gives a capability another description.
   *
   * @param capabilityId the capability's id
   * @param description the new description
   * @return this tailoring
   * @throws MnrException if the variant has no such capability or the description is unchanged
   */
  public FrameworkTailoring redescribeCapability(String capabilityId, String description) {
    Capability old = capabilities.get(indexOf(capabilityId, true));
    unchanged(capabilityId, "description", old.description(), description);
    return replace(old.withDescription(description));
  }

  /**
   * Gives a capability another number. Numbers must be unique when the variant is built, so to
   * shift a run of capabilities up, renumber from the highest down.
   *
   * @param capabilityId the capability's id
   * @param number the new number
   * @return this tailoring
   * @throws MnrException if the variant has no such capability or the number is unchanged
   */
  public FrameworkTailoring renumberCapability(String capabilityId, int number) {
    Capability old = capabilities.get(indexOf(capabilityId, true));
    unchanged(capabilityId, "number", String.valueOf(old.number()), String.valueOf(number));
    return replace(old.withNumber(number));
  }

  /**
   * Moves a capability to another domain, after that domain's last capability.
   *
   * @param capabilityId the capability's id
   * @param domainId the id of the domain that will hold it
   * @return this tailoring
   * @throws MnrException if the variant has no such capability or it is already there
   */
  public FrameworkTailoring moveCapability(String capabilityId, String domainId) {
    int index = indexOf(capabilityId, true);
    Capability old = capabilities.get(index);
    unchanged(capabilityId, "domain", old.domainId(), domainId);
    capabilities.remove(index);
    capabilities.add(insertionPoint(domainId), old.withDomainId(domainId));
    return this;
  }

  /**
   * Adds an enabler after the last one.
   *
   * @param enabler the new enabler
   * @return this tailoring
   * @throws MnrException if the variant already has an enabler with that id
   */
  public FrameworkTailoring addEnabler(Enabler enabler) {
    if (enablers.stream().anyMatch(e -> e.id().equals(enabler.id()))) {
      throw new MnrException(
          "framework '" + variantId + "' already has an enabler '" + enabler.id() + "'");
    }
    enablers.add(enabler);
    return this;
  }

  /**
   * Links an enabler to one more domain.
   *
   * @param enablerId the enabler's id
   * @param domainId the domain's id
   * @return this tailoring
   * @throws MnrException if the variant has no such enabler or the link exists
   */
  public FrameworkTailoring linkEnabler(String enablerId, String domainId) {
    int index = enablerIndex(enablerId);
    Enabler old = enablers.get(index);
    if (old.domainIds().contains(domainId)) {
      throw new MnrException(
          "enabler '" + enablerId + "' is already linked to domain '" + domainId + "'");
    }
    List<String> domainIds = new ArrayList<>(old.domainIds());
    domainIds.add(domainId);
    domainIds.sort(Comparator.comparingInt(this::domainPosition));
    enablers.set(index, old.withDomainIds(domainIds));
    return this;
  }

  /**
   * Unlinks an enabler from a domain.
   *
   * @param enablerId the enabler's id
   * @param domainId the domain's id
   * @return this tailoring
   * @throws MnrException if the variant has no such enabler or no such link
   */
  public FrameworkTailoring unlinkEnabler(String enablerId, String domainId) {
    int index = enablerIndex(enablerId);
    Enabler old = enablers.get(index);
    if (!old.domainIds().contains(domainId)) {
      throw new MnrException(
          "enabler '"
              + enablerId
              + "' is not linked to domain '"
              + domainId
              + "'; it is linked to "
              + old.domainIds());
    }
    List<String> domainIds = new ArrayList<>(old.domainIds());
    domainIds.remove(domainId);
    enablers.set(index, old.withDomainIds(domainIds));
    return this;
  }

  /**
   * Builds the variant, with its record of changes from the base.
   *
   * @return the variant
   * @throws io.github.mnr4j.InvalidDefinitionException listing every broken invariant
   */
  public Framework build() {
    return variant(base.diff(variant(List.of())));
  }

  private Framework variant(List<FrameworkChange> changes) {
    return Framework.builder()
        .id(variantId)
        .title(title)
        .source(source)
        .addAllNotes(notes)
        .basedOn(base.id())
        .addAllChanges(changes)
        .addAllDomains(base.domains())
        .addAllCapabilities(capabilities)
        .addAllEnablers(enablers)
        .build();
  }

  private FrameworkTailoring replace(Capability capability) {
    capabilities.set(indexOf(capability.id(), true), capability);
    return this;
  }

  private int indexOf(String capabilityId, boolean required) {
    for (int i = 0; i < capabilities.size(); i++) {
      if (capabilities.get(i).id().equals(capabilityId)) {
        return i;
      }
    }
    if (required) {
      throw new MnrException(
          Messages.unknown(
              "capability",
              capabilityId,
              "framework '" + variantId + "'",
              capabilities.stream().map(Capability::id).collect(Collectors.toList())));
    }
    return -1;
  }

  private int enablerIndex(String enablerId) {
    for (int i = 0; i < enablers.size(); i++) {
      if (enablers.get(i).id().equals(enablerId)) {
        return i;
      }
    }
    throw new MnrException(
        Messages.unknown(
            "enabler",
            enablerId,
            "framework '" + variantId + "'",
            enablers.stream().map(Enabler::id).collect(Collectors.toList())));
  }

  private int insertionPoint(String domainId) {
    for (int i = capabilities.size() - 1; i >= 0; i--) {
      if (capabilities.get(i).domainId().equals(domainId)) {
        return i + 1;
      }
    }
    return capabilities.size();
  }

  /** Position of a domain in the base's order; unknown domains sort last (build reports them). */
  private int domainPosition(String domainId) {
    List<Domain> domains = base.domains();
    for (int i = 0; i < domains.size(); i++) {
      if (domains.get(i).id().equals(domainId)) {
        return i;
      }
    }
    return domains.size();
  }

  private void unchanged(String capabilityId, String field, String old, String now) {
    if (old.equals(now)) {
      throw new MnrException(
          "capability '" + capabilityId + "' already has " + field + " '" + now + "'");
    }
  }
}
