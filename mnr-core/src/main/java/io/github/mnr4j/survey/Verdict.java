package io.github.mnr4j.survey;

import io.github.mnr4j.Identified;

/**
 * What choosing an option of a gate question says about the capability: that it is in place ({@link
 * #AFFIRMS}), that it is not ({@link #DENIES}), or neither ({@link #NEUTRAL}). A yes-no question's
 * {@code yes} affirms and its {@code no} denies; a single-choice gate of one's own gives each
 * option its verdict (comprehensive and partial laws, say, affirm; none denies).
 *
 * <p>Immutable and thread-safe.
 */
public enum Verdict implements Identified {
  /** The capability is in place. */
  AFFIRMS("affirms"),
  /** The capability is not in place. */
  DENIES("denies"),
  /** The option says neither. */
  NEUTRAL("neutral");

  private final String id;

  Verdict(String id) {
    this.id = id;
  }

  /**
   * Returns the id used in instrument documents: {@code affirms}, {@code denies} or {@code
   * neutral}.
   *
   * @return the id
   */
  @Override
  public String id() {
    return id;
  }
}
