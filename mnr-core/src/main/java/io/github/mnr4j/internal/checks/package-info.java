/**
 * The checks that value types run when they are built, collected and thrown together as one {@link
 * io.github.mnr4j.InvalidDefinitionException}; not exported and not part of the API. Apart from
 * {@code io.github.mnr4j.internal}, since it builds the root package's exceptions, which the root
 * package's classes in turn use that package's escaping.
 */
@NullMarked
package io.github.mnr4j.internal.checks;

import org.jspecify.annotations.NullMarked;
