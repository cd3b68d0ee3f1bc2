/**
 * Runnable examples of mnr4j, each a small program with a {@code main} method: {@link
 * io.github.mnr4j.examples.FrameworkTour} walks the built-in Model National Response; {@link
 * io.github.mnr4j.examples.TailoringExample} derives the variant the report's call to action asks
 * for; {@link io.github.mnr4j.examples.ResponseExample} builds, validates and explains a response.
 * The {@code mnr} command-line tool lives in the {@code cli} package.
 */
@NullMarked
package io.github.mnr4j.examples;

import org.jspecify.annotations.NullMarked;
