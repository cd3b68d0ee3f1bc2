/**
 * Helpers shared by mnr4j's packages that depend on nothing of mnr4j's own: the escaping and
 * quoting of input in messages, and the style of the value types. Not part of the API; exported to
 * mnr-json and mnr-examples only, so that they escape as the core does.
 */
@NullMarked
package io.github.mnr4j.internal;

import org.jspecify.annotations.NullMarked;
