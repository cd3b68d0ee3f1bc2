/** Helpers shared by mnr4j's packages; not exported and not part of the API. */
@NullMarked
package io.github.mnr4j.internal;

import org.jspecify.annotations.NullMarked;
