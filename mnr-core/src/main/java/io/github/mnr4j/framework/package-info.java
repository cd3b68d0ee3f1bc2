/**
 * The Model National Response framework as immutable data: {@link Framework} holds ordered {@link
 * Domain}s (each with its {@link Outcome}), numbered {@link Capability capabilities} and
 * cross-cutting {@link Enabler}s.
 *
 * <p>{@link Frameworks#mnr()} is the built-in MNR of the report's Appendix 1 (6 domains, 21
 * capabilities, 7 enablers). {@link Framework#builder()} builds any other framework and checks its
 * invariants; {@link Framework#tailor(String)} derives a variant from a base framework and records
 * what it changed; {@link Framework#diff(Framework)} lists the changes between any two.
 *
 * <pre>{@code
 * Framework mnr = Frameworks.mnr();
 * // or mnr.capability(12)
 * Capability hotline = mnr.capability("csea-hotline");
 * Domain societal = mnr.domain(hotline.domainId());
 * // 12, 13, 14, 15 in order
 * mnr.capabilitiesOf(societal.id());
 * }</pre>
 */
@NullMarked
@MnrStyle
package io.github.mnr4j.framework;

import io.github.mnr4j.internal.MnrStyle;
import org.jspecify.annotations.NullMarked;
