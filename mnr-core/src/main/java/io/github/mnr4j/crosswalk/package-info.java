/**
 * Crosswalks: how the elements of one framework or instrument map to another's, checked like an
 * instrument, and what they carry across. A {@link io.github.mnr4j.crosswalk.Crosswalk} names its
 * two {@link io.github.mnr4j.crosswalk.CrosswalkEnd ends} by id and version and lists {@link
 * io.github.mnr4j.crosswalk.CrosswalkEntry entries}, each relating source elements to target
 * elements in one closed vocabulary of {@link io.github.mnr4j.crosswalk.Relationship}s, with a
 * rationale and {@link io.github.mnr4j.crosswalk.Provenance provenance}.
 *
 * <pre>{@code
 * Framework variant =
 *     Frameworks.mnr().tailor("wpga-mnr-v2").removeCapability("universal-terminology").build();
 * Provenance provenance = Provenance.of("analyst", LocalDate.of(2026, 12, 6), "the change record");
 * Crosswalk crosswalk = Crosswalk.derive(Frameworks.mnr(), variant, provenance);
 * crosswalk.check(Frameworks.mnr(), variant).hasErrors();            // false
 * crosswalk.inverse().check(variant, Frameworks.mnr()).hasErrors();  // false
 * }</pre>
 *
 * <p>{@link io.github.mnr4j.crosswalk.Crosswalk#compose} chains two crosswalks, and {@link
 * io.github.mnr4j.crosswalk.Migration} moves responses through one, with a note per answer.
 *
 * <p>What the checks find ({@link io.github.mnr4j.crosswalk.CrosswalkFinding.Code}): elements no
 * entry accounts for, at either end; ids unknown at their end; a split or merge whose parts do not
 * cover the whole; an id kept across versions of one lineage for another element (never reuse an
 * id, as NIST's practice has it); an element declared removed or added and mapped in full; repeated
 * entries; entries that change something without a rationale.
 */
@NullMarked
@MnrStyle
package io.github.mnr4j.crosswalk;

import io.github.mnr4j.internal.MnrStyle;
import org.jspecify.annotations.NullMarked;
