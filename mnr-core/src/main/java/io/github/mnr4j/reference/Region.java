package io.github.mnr4j.reference;

import io.github.mnr4j.Identified;

/**
 * UNICEF's regions, as the report's Methodology counts them.
 *
 * <p>Immutable and thread-safe.
 */
public enum Region implements Identified {
  /** East Asia and the Pacific. */
  EAST_ASIA_PACIFIC("east-asia-pacific", "East Asia and the Pacific"),
  /** Eastern and Southern Africa. */
  EASTERN_SOUTHERN_AFRICA("eastern-southern-africa", "Eastern and Southern Africa"),
  /** Eastern Europe and Central Asia. */
  EUROPE_CENTRAL_ASIA("europe-central-asia", "Eastern Europe and Central Asia"),
  /** Latin America and the Caribbean. */
  LATIN_AMERICA_CARIBBEAN("latin-america-caribbean", "Latin America and the Caribbean"),
  /** Middle East and North Africa. */
  MIDDLE_EAST_NORTH_AFRICA("middle-east-north-africa", "Middle East and North Africa"),
  /** North America. */
  NORTH_AMERICA("north-america", "North America"),
  /** South Asia. */
  SOUTH_ASIA("south-asia", "South Asia"),
  /** West and Central Africa. */
  WEST_CENTRAL_AFRICA("west-central-africa", "West and Central Africa"),
  /** Western Europe. */
  WESTERN_EUROPE("western-europe", "Western Europe");

  private final String id;
  private final String label;

  Region(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * Returns the id used in JSON documents, such as {@code south-asia}.
   *
   * @return the id
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the region's name as the report prints it.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
