package io.github.mnr4j.framework;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.internal.checks.Checks;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A capability framework: ordered domains (each serving an outcome), numbered capabilities held by
 * the domains, and enablers linked to domains. {@link Frameworks#mnr()} is the Model National
 * Response; users can build their own with {@link #builder()} or derive a variant of an existing
 * one with {@link #tailor(String)}.
 *
 * <pre>{@code
 * Framework mnr = Frameworks.mnr();
 * mnr.capability("child-helpline").number();      // 11
 * mnr.capability(16).id();                         // "takedown-procedures"
 * mnr.capabilitiesOf("industry").size();           // 4
 * mnr.domain(mnr.capability("child-helpline").domainId()).name();  // "Victim"
 * // supportive reporting, aware public
 * mnr.enablersOf("victim");
 * mnr.findCapability("no-such-thing");             // Optional.empty
 * }</pre>
 *
 * <p>Iteration follows the framework's order: the order in which it lists its domains, capabilities
 * and enablers. Construction checks every invariant at once (ids and numbers unique, every
 * reference resolved, no blank text) and throws an {@link
 * io.github.mnr4j.InvalidDefinitionException} that lists each broken one with its path.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Framework {
  Framework() {}

  /**
   * Returns the framework's identifier, such as {@code wpga-mnr}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the framework's title, such as {@code Model National Response}.
   *
   * @return the title, never blank
   */
  public abstract String title();

  /**
   * Returns where the framework comes from: a citation of the document that defines it.
   *
   * @return the source, never blank
   */
  public abstract String source();

  /**
   * Returns notes on the framework's sources, such as where two printings of it differ.
   *
   * @return notes, in order, each with an id of its own; possibly empty
   */
  public abstract List<Note> notes();

  /**
   * Returns the id of the framework this one was tailored from, if it was.
   *
   * @return the base framework's id, or empty for an original framework
   */
  public abstract Optional<String> basedOn();

  /**
   * Returns what this framework changed from its base: the record of its tailoring, equal to {@code
   * base.diff(this)}.
   *
   * @return the changes in {@link #diff(Framework)}'s order; empty for an original framework
   */
  public abstract List<FrameworkChange> changes();

  /**
   * Returns the domains, in the framework's order.
   *
   * @return the domains; at least one
   */
  public abstract List<Domain> domains();

  /**
   * Returns every capability, in the framework's order.
   *
   * @return the capabilities
   */
  public abstract List<Capability> capabilities();

  /**
   * Returns the enablers, in the framework's order.
   *
   * @return the enablers
   */
  public abstract List<Enabler> enablers();

  /**
   * Returns passages of the framework's source, verbatim and with ids: for the MNR, the report's
   * aims ({@code aim-1} to {@code aim-4}), its call to action ({@code priority-1} to {@code
   * priority-5}, each with its examples, by domain where the report gives them) and Box 1's links
   * to the Sustainable Development Goals and treaties ({@code box-1-...}). A tailored variant has
   * none of its own.
   *
   * @return the passages, in the source's order; possibly empty
   */
  public abstract List<Passage> passages();

  /**
   * Returns the errata of the framework's source: places where the source disagrees with itself,
   * such as the report's text and its Figure 1 ({@code R1}, {@code R2}).
   *
   * @return the errata, as passages whose text says what disagrees and what mnr4j does
   */
  public abstract List<Passage> errata();

  /**
   * Returns the passage with an id.
   *
   * @param passageId such as {@code aim-1}
   * @return the passage
   * @throws MnrException naming the id and the known ids if there is no such passage
   */
  public Passage passage(String passageId) {
    return findPassage(passageId)
        .orElseThrow(
            () ->
                new MnrException(
                    Messages.unknown(
                        "passage",
                        passageId,
                        "framework '" + id() + "'",
                        passages().stream().map(Passage::id).collect(toImmutableList()))));
  }

  /**
   * Looks up the passage with an id.
   *
   * @param passageId such as {@code aim-1}
   * @return the passage, or empty
   */
  public Optional<Passage> findPassage(String passageId) {
    return passages().stream().filter(p -> p.id().equals(passageId)).findFirst();
  }

  /**
   * Returns a builder for a framework of one's own.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableFramework.builder();
  }

  /**
   * Starts a variant of this framework. The variant records its changes from this one, see {@link
   * FrameworkTailoring}.
   *
   * @param variantId the variant's id; must differ from this framework's
   * @return a tailoring that starts as a copy of this framework
   * @throws MnrException if the id is this framework's own or not a valid id
   */
  public FrameworkTailoring tailor(String variantId) {
    return new FrameworkTailoring(this, variantId);
  }

  /**
   * Lists what changed from this framework to another: domains, capabilities and enablers added or
   * removed, renamed, renumbered, redescribed or moved, and enabler links made or broken. Titles,
   * sources and notes are not compared. Removals come first in this framework's order, then
   * additions and changes in the other's order; domains, then capabilities, then enablers.
   *
   * @param other the later framework
   * @return the changes; empty when the two have the same structure
   */
  public List<FrameworkChange> diff(Framework other) {
    return FrameworkDiff.between(this, other);
  }

  /**
   * Returns the domain with an id.
   *
   * @param id a domain id, such as {@code victim}
   * @return the domain
   * @throws MnrException naming the id if the framework has no such domain
   */
  public Domain domain(String id) {
    return findDomain(id).orElseThrow(() -> unknown("domain", id, domainsById().keySet()));
  }

  /**
   * Returns the domain with a number.
   *
   * @param number a domain number, such as 3
   * @return the domain
   * @throws MnrException naming the number if the framework has no such domain
   */
  public Domain domain(int number) {
    Domain domain = domainsByNumber().get(number);
    if (domain == null) {
      throw unknown("domain number", String.valueOf(number), domainsByNumber().keySet());
    }
    return domain;
  }

  /**
   * Looks up a domain by id.
   *
   * @param id a domain id
   * @return the domain, or empty
   */
  public Optional<Domain> findDomain(String id) {
    return Optional.ofNullable(domainsById().get(id));
  }

  /**
   * Returns the capability with an id.
   *
   * @param id a capability id, such as {@code child-helpline}
   * @return the capability
   * @throws MnrException naming the id if the framework has no such capability
   */
  public Capability capability(String id) {
    return findCapability(id)
        .orElseThrow(() -> unknown("capability", id, capabilitiesById().keySet()));
  }

  /**
   * Returns the capability with a number.
   *
   * @param number a capability number, such as 11
   * @return the capability
   * @throws MnrException naming the number if the framework has no such capability
   */
  public Capability capability(int number) {
    Capability capability = capabilitiesByNumber().get(number);
    if (capability == null) {
      throw unknown("capability number", String.valueOf(number), capabilitiesByNumber().keySet());
    }
    return capability;
  }

  /**
   * Looks up a capability by id.
   *
   * @param id a capability id
   * @return the capability, or empty
   */
  public Optional<Capability> findCapability(String id) {
    return Optional.ofNullable(capabilitiesById().get(id));
  }

  /**
   * Returns the enabler with an id.
   *
   * @param id an enabler id, such as {@code sufficient-resources}
   * @return the enabler
   * @throws MnrException naming the id if the framework has no such enabler
   */
  public Enabler enabler(String id) {
    return findEnabler(id).orElseThrow(() -> unknown("enabler", id, enablersById().keySet()));
  }

  /**
   * Looks up an enabler by id.
   *
   * @param id an enabler id
   * @return the enabler, or empty
   */
  public Optional<Enabler> findEnabler(String id) {
    return Optional.ofNullable(enablersById().get(id));
  }

  /**
   * Returns the capabilities a domain holds, in the framework's order.
   *
   * @param domainId a domain id
   * @return the domain's capabilities; possibly empty
   * @throws MnrException naming the id if the framework has no such domain
   */
  public List<Capability> capabilitiesOf(String domainId) {
    domain(domainId);
    return capabilities().stream()
        .filter(c -> c.domainId().equals(domainId))
        .collect(toImmutableList());
  }

  /**
   * Returns the enablers linked to a domain, in the framework's order.
   *
   * @param domainId a domain id
   * @return the enablers; possibly empty
   * @throws MnrException naming the id if the framework has no such domain
   */
  public List<Enabler> enablersOf(String domainId) {
    domain(domainId);
    return enablers().stream()
        .filter(e -> e.domainIds().contains(domainId))
        .collect(toImmutableList());
  }

  /**
   * Renders the framework as a readable outline for terminals and JShell: each domain with its
   * outcome, enablers and numbered capabilities, then the notes.
   *
   * <pre>
   * Model National Response (wpga-mnr)
   *
   * 1 Policy and Governance
   *   Outcome:  Highest level national commitment to CSEA prevention and response
   *   Enablers: Cross sector, multidisciplinary collaboration
   *    1 Leadership: An accountable National Governance and Oversight Committee
   *    ...
   * </pre>
   *
   * @return the outline, lines ended by {@code \n}
   */
  public String toOutline() {
    StringBuilder out = new StringBuilder();
    out.append(title()).append(" (").append(id()).append(")\n");
    basedOn()
        .ifPresent(
            base ->
                out.append("Tailored from ")
                    .append(base)
                    .append(", ")
                    .append(changes().size())
                    .append(changes().size() == 1 ? " change" : " changes")
                    .append("\n"));
    int width =
        String.valueOf(capabilities().stream().mapToInt(Capability::number).max().orElse(0))
            .length();
    for (Domain domain : domains()) {
      out.append("\n").append(domain.number()).append(' ').append(domain.name()).append('\n');
      out.append("  Outcome:  ").append(domain.outcome().headline()).append('\n');
      List<Enabler> enablers = enablersOf(domain.id());
      if (!enablers.isEmpty()) {
        out.append("  Enablers: ")
            .append(enablers.stream().map(Enabler::text).collect(Collectors.joining("; ")))
            .append('\n');
      }
      for (Capability capability : capabilitiesOf(domain.id())) {
        out.append("  ")
            .append(Strings.padStart(String.valueOf(capability.number()), width, ' '))
            .append(' ')
            .append(capability.name())
            .append(": ")
            .append(capability.description())
            .append('\n');
      }
    }
    if (!notes().isEmpty()) {
      out.append("\nNotes\n");
      notes().forEach(note -> out.append("  - ").append(note.text()).append('\n'));
    }
    out.append("\nSource: ").append(source()).append('\n');
    return out.toString();
  }

  @Value.Lazy
  ImmutableMap<String, Domain> domainsById() {
    return Maps.uniqueIndex(domains(), Domain::id);
  }

  @Value.Lazy
  ImmutableMap<Integer, Domain> domainsByNumber() {
    return Maps.uniqueIndex(domains(), Domain::number);
  }

  @Value.Lazy
  ImmutableMap<String, Capability> capabilitiesById() {
    return Maps.uniqueIndex(capabilities(), Capability::id);
  }

  @Value.Lazy
  ImmutableMap<Integer, Capability> capabilitiesByNumber() {
    return Maps.uniqueIndex(capabilities(), Capability::number);
  }

  @Value.Lazy
  ImmutableMap<String, Enabler> enablersById() {
    return Maps.uniqueIndex(enablers(), Enabler::id);
  }

  private MnrException unknown(String what, String value, Collection<?> known) {
    return new MnrException(Messages.unknown(what, value, "framework '" + id() + "'", known));
  }

  @Value.Check
  void check() {
    Checks checks =
        Checks.of("framework '" + id() + "'")
            .id("id", id())
            .notBlank("title", title())
            .notBlank("source", source());
    basedOn().ifPresent(base -> checks.id("basedOn", base));
    checks.unique("notes", notes(), Note::id, "id", "note id");
    if (domains().isEmpty()) {
      checks.add("domains", "a framework needs at least one domain");
    }
    Map<String, String> domainIds =
        checks.unique("domains", domains(), Domain::id, "id", "domain id");
    checks.unique("domains", domains(), Domain::number, "number", "domain number");
    checks.unique("capabilities", capabilities(), Capability::id, "id", "capability id");
    checks.unique(
        "capabilities", capabilities(), Capability::number, "number", "capability number");
    checks.unique("enablers", enablers(), Enabler::id, "id", "enabler id");
    checks.unique("passages", passages(), Passage::id, "id", "passage id");
    checks.unique("errata", errata(), Passage::id, "id", "erratum id");
    for (int i = 0; i < passages().size(); i++) {
      for (String domainId : passages().get(i).domainIds()) {
        if (!domainIds.containsKey(domainId)) {
          checks.add(
              List.of("passages", String.valueOf(i), "domainIds"),
              "unknown domain '" + domainId + "' for passage '" + passages().get(i).id() + "'");
        }
      }
    }
    for (int i = 0; i < capabilities().size(); i++) {
      Capability capability = capabilities().get(i);
      String at = domainIds.get(capability.id());
      if (at != null) {
        checks.add(
            List.of("capabilities", String.valueOf(i), "id"),
            "id '" + capability.id() + "' is also the id of the domain at " + at);
      }
      if (!domainIds.containsKey(capability.domainId())) {
        checks.add(
            List.of("capabilities", String.valueOf(i), "domainId"),
            "unknown domain '"
                + capability.domainId()
                + "' for capability '"
                + capability.id()
                + "'");
      }
    }
    for (int i = 0; i < enablers().size(); i++) {
      Enabler enabler = enablers().get(i);
      for (int j = 0; j < enabler.domainIds().size(); j++) {
        String domainId = enabler.domainIds().get(j);
        if (!domainIds.containsKey(domainId)) {
          checks.add(
              List.of("enablers", String.valueOf(i), "domainIds", String.valueOf(j)),
              "unknown domain '" + domainId + "' for enabler '" + enabler.id() + "'");
        }
      }
    }
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return "Framework "
        + id()
        + " ("
        + title()
        + "): "
        + domains().size()
        + " domains, "
        + capabilities().size()
        + " capabilities, "
        + enablers().size()
        + " enablers"
        + basedOn()
            .map(
                base ->
                    ", tailored from "
                        + base
                        + " with "
                        + changes().size()
                        + (changes().size() == 1 ? " change" : " changes"))
            .orElse("");
  }

  /** Builds a {@link Framework}; {@link #build()} checks every invariant at once. */
  public interface Builder {
    /**
     * Sets the id.
     *
     * @param id such as {@code wpga-mnr}
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the title.
     *
     * @param title such as {@code Model National Response}
     * @return this builder
     */
    Builder title(String title);

    /**
     * Sets the source.
     *
     * @param source a citation of the document that defines the framework
     * @return this builder
     */
    Builder source(String source);

    /**
     * Adds a note.
     *
     * @param note a note on the sources
     * @return this builder
     */
    Builder addNote(Note note);

    /**
     * Adds notes.
     *
     * @param notes notes on the sources
     * @return this builder
     */
    Builder addAllNotes(Iterable<? extends Note> notes);

    /**
     * Says which framework this one was tailored from; {@link Framework#tailor(String)} sets it.
     *
     * @param frameworkId the base framework's id
     * @return this builder
     */
    Builder basedOn(String frameworkId);

    /**
     * Adds a change from the base; {@link Framework#tailor(String)} records them.
     *
     * @param change the change
     * @return this builder
     */
    Builder addChange(FrameworkChange change);

    /**
     * Adds changes from the base.
     *
     * @param changes the changes, in {@link Framework#diff(Framework)}'s order
     * @return this builder
     */
    Builder addAllChanges(Iterable<? extends FrameworkChange> changes);

    /**
     * Adds a domain.
     *
     * @param domain the domain
     * @return this builder
     */
    Builder addDomain(Domain domain);

    /**
     * Adds domains.
     *
     * @param domains the domains, in order
     * @return this builder
     */
    Builder addAllDomains(Iterable<? extends Domain> domains);

    /**
     * Adds a capability.
     *
     * @param capability the capability
     * @return this builder
     */
    Builder addCapability(Capability capability);

    /**
     * Adds capabilities.
     *
     * @param capabilities the capabilities, in order
     * @return this builder
     */
    Builder addAllCapabilities(Iterable<? extends Capability> capabilities);

    /**
     * Adds an enabler.
     *
     * @param enabler the enabler
     * @return this builder
     */
    Builder addEnabler(Enabler enabler);

    /**
     * Adds enablers.
     *
     * @param enablers the enablers, in order
     * @return this builder
     */
    Builder addAllEnablers(Iterable<? extends Enabler> enablers);

    /**
     * Adds a passage of the source.
     *
     * @param passage the passage
     * @return this builder
     */
    Builder addPassage(Passage passage);

    /**
     * Adds passages of the source.
     *
     * @param passages the passages, in order
     * @return this builder
     */
    Builder addAllPassages(Iterable<? extends Passage> passages);

    /**
     * Adds an erratum of the source.
     *
     * @param erratum the erratum
     * @return this builder
     */
    Builder addErratum(Passage erratum);

    /**
     * Adds errata of the source.
     *
     * @param errata the errata, in order
     * @return this builder
     */
    Builder addAllErrata(Iterable<? extends Passage> errata);

    /**
     * Builds the framework.
     *
     * @return the framework
     * @throws io.github.mnr4j.InvalidDefinitionException listing every broken invariant
     */
    Framework build();
  }
}
