/**
 * The root of mnr4j: the exceptions that every part of the library throws, and {@link
 * io.github.mnr4j.Identified}, the stable ids by which documents name mnr4j's enums.
 *
 * <p>{@link io.github.mnr4j.MnrException} is the one unchecked root; an invalid definition (a
 * framework whose ids clash, a capability with a blank name) is an {@link
 * io.github.mnr4j.InvalidDefinitionException} that lists every problem at once. Findings about
 * answers (validation, instrument checks) are returned as data, never thrown.
 */
@NullMarked
package io.github.mnr4j;

import org.jspecify.annotations.NullMarked;
