package io.github.mnr4j.reference;

import static io.github.mnr4j.reference.IncomeGroup.HIGH;
import static io.github.mnr4j.reference.IncomeGroup.LOW;
import static io.github.mnr4j.reference.IncomeGroup.LOWER_MIDDLE;
import static io.github.mnr4j.reference.IncomeGroup.UPPER_MIDDLE;
import static io.github.mnr4j.reference.Region.EASTERN_SOUTHERN_AFRICA;
import static io.github.mnr4j.reference.Region.EAST_ASIA_PACIFIC;
import static io.github.mnr4j.reference.Region.EUROPE_CENTRAL_ASIA;
import static io.github.mnr4j.reference.Region.LATIN_AMERICA_CARIBBEAN;
import static io.github.mnr4j.reference.Region.MIDDLE_EAST_NORTH_AFRICA;
import static io.github.mnr4j.reference.Region.NORTH_AMERICA;
import static io.github.mnr4j.reference.Region.SOUTH_ASIA;
import static io.github.mnr4j.reference.Region.WESTERN_EUROPE;
import static io.github.mnr4j.reference.Region.WEST_CENTRAL_AFRICA;
import static io.github.mnr4j.reference.ReviewSurvey.ALLIANCE;
import static io.github.mnr4j.reference.ReviewSurvey.UNICEF;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.internal.Messages;
import java.util.List;
import java.util.Optional;

/**
 * The 42 countries of the 2022 review <i>Framing the future</i> (Methodology): 17 answered the
 * Alliance's government survey, 25 were covered by UNICEF's survey of low- and middle-income
 * countries.
 *
 * <p>The report gives the counts by income group (15 high, 15 upper-middle, 11 lower-middle, 1 low)
 * and by UNICEF region, but not each country's group. The groups here are the World Bank's
 * classification of July 2021, which reproduces every count; one point is inferred: the counts
 * force exactly one of Indonesia and Jordan to be upper-middle income, and as Indonesia was
 * reclassified to lower-middle in July 2021, Jordan is taken as upper-middle. Countries move
 * between groups over time: these are 2021's.
 *
 * <p>The report publishes counts across countries, and names countries only in its tables of
 * "country examples" of practice (Tables 1 to 19); it publishes no country's survey replies. So
 * this class holds no answers: example answers in mnr4j belong to made-up jurisdictions.
 *
 * <p>Thread-safe: the data are immutable.
 */
public final class ReviewCountries {
  /** The classification the income groups follow. */
  public static final String INCOME_CLASSIFICATION = "World Bank income groups, July 2021";

  /** Where the list and its counts come from. */
  public static final String SOURCE =
      "WeProtect Global Alliance and UNICEF (2022), Framing the" + " future, Methodology";

  private static final ImmutableList<ReviewCountry> ALL =
      ImmutableList.of(
          ReviewCountry.of("Albania", "AL", UPPER_MIDDLE, EUROPE_CENTRAL_ASIA, UNICEF),
          ReviewCountry.of("Australia", "AU", HIGH, EAST_ASIA_PACIFIC, ALLIANCE),
          ReviewCountry.of("Belarus", "BY", UPPER_MIDDLE, EUROPE_CENTRAL_ASIA, UNICEF),
          ReviewCountry.of("Belgium", "BE", HIGH, WESTERN_EUROPE, ALLIANCE),
          ReviewCountry.of(
              "Bosnia and Herzegovina", "BA", UPPER_MIDDLE, EUROPE_CENTRAL_ASIA, UNICEF),
          ReviewCountry.of("Brazil", "BR", UPPER_MIDDLE, LATIN_AMERICA_CARIBBEAN, UNICEF),
          ReviewCountry.of("Bulgaria", "BG", UPPER_MIDDLE, EUROPE_CENTRAL_ASIA, UNICEF),
          ReviewCountry.of("Cambodia", "KH", LOWER_MIDDLE, EAST_ASIA_PACIFIC, UNICEF),
          ReviewCountry.of("Canada", "CA", HIGH, NORTH_AMERICA, ALLIANCE),
          ReviewCountry.of("China", "CN", UPPER_MIDDLE, EAST_ASIA_PACIFIC, UNICEF),
          ReviewCountry.of("Colombia", "CO", UPPER_MIDDLE, LATIN_AMERICA_CARIBBEAN, UNICEF),
          ReviewCountry.of(
              "Dominican Republic", "DO", UPPER_MIDDLE, LATIN_AMERICA_CARIBBEAN, UNICEF),
          ReviewCountry.of("El Salvador", "SV", LOWER_MIDDLE, LATIN_AMERICA_CARIBBEAN, UNICEF),
          ReviewCountry.of("England and Wales", "GB-EAW", HIGH, WESTERN_EUROPE, ALLIANCE),
          ReviewCountry.of("Finland", "FI", HIGH, WESTERN_EUROPE, ALLIANCE),
          ReviewCountry.of("Ghana", "GH", LOWER_MIDDLE, WEST_CENTRAL_AFRICA, UNICEF),
          ReviewCountry.of("Greece", "GR", HIGH, WESTERN_EUROPE, ALLIANCE),
          ReviewCountry.of("Guatemala", "GT", UPPER_MIDDLE, LATIN_AMERICA_CARIBBEAN, UNICEF),
          ReviewCountry.of("Indonesia", "ID", LOWER_MIDDLE, EAST_ASIA_PACIFIC, UNICEF),
          ReviewCountry.of("Italy", "IT", HIGH, WESTERN_EUROPE, ALLIANCE),
          ReviewCountry.of("Japan", "JP", HIGH, EAST_ASIA_PACIFIC, ALLIANCE),
          ReviewCountry.of("Jordan", "JO", UPPER_MIDDLE, MIDDLE_EAST_NORTH_AFRICA, UNICEF),
          ReviewCountry.of("Kenya", "KE", LOWER_MIDDLE, EASTERN_SOUTHERN_AFRICA, UNICEF),
          ReviewCountry.of("Republic of Korea", "KR", HIGH, EAST_ASIA_PACIFIC, ALLIANCE),
          ReviewCountry.of("Malta", "MT", HIGH, WESTERN_EUROPE, ALLIANCE),
          ReviewCountry.of("Mongolia", "MN", LOWER_MIDDLE, EAST_ASIA_PACIFIC, UNICEF),
          ReviewCountry.of("Montenegro", "ME", UPPER_MIDDLE, EUROPE_CENTRAL_ASIA, UNICEF),
          ReviewCountry.of("Namibia", "NA", UPPER_MIDDLE, EASTERN_SOUTHERN_AFRICA, UNICEF),
          ReviewCountry.of("Nepal", "NP", LOWER_MIDDLE, SOUTH_ASIA, ALLIANCE),
          ReviewCountry.of("Netherlands", "NL", HIGH, WESTERN_EUROPE, ALLIANCE),
          ReviewCountry.of("New Zealand", "NZ", HIGH, EAST_ASIA_PACIFIC, ALLIANCE),
          ReviewCountry.of("Paraguay", "PY", UPPER_MIDDLE, LATIN_AMERICA_CARIBBEAN, UNICEF),
          ReviewCountry.of("Philippines", "PH", LOWER_MIDDLE, EAST_ASIA_PACIFIC, UNICEF),
          ReviewCountry.of("Rwanda", "RW", LOW, EASTERN_SOUTHERN_AFRICA, UNICEF),
          ReviewCountry.of("Serbia", "RS", UPPER_MIDDLE, EUROPE_CENTRAL_ASIA, UNICEF),
          ReviewCountry.of("South Africa", "ZA", UPPER_MIDDLE, EASTERN_SOUTHERN_AFRICA, UNICEF),
          ReviewCountry.of("Sweden", "SE", HIGH, WESTERN_EUROPE, ALLIANCE),
          ReviewCountry.of("Ukraine", "UA", LOWER_MIDDLE, EUROPE_CENTRAL_ASIA, ALLIANCE),
          ReviewCountry.of("United Arab Emirates", "AE", HIGH, MIDDLE_EAST_NORTH_AFRICA, ALLIANCE),
          ReviewCountry.of("United States of America", "US", HIGH, NORTH_AMERICA, ALLIANCE),
          ReviewCountry.of("Viet Nam", "VN", LOWER_MIDDLE, EAST_ASIA_PACIFIC, UNICEF),
          ReviewCountry.of("Zimbabwe", "ZW", LOWER_MIDDLE, EASTERN_SOUTHERN_AFRICA, UNICEF));

  private static final ImmutableMap<String, ReviewCountry> BY_CODE =
      Maps.uniqueIndex(ALL, ReviewCountry::code);

  private ReviewCountries() {}

  /**
   * Returns the 42 countries, in the alphabetical order of the report's list.
   *
   * @return the countries, an immutable list
   */
  public static List<ReviewCountry> all() {
    return ALL;
  }

  /**
   * Looks up a country by code.
   *
   * @param code an ISO 3166-1 alpha-2 code, or {@code GB-EAW}
   * @return the country, or empty if it was not in the review
   */
  public static Optional<ReviewCountry> findCountry(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /**
   * Returns the country with a code.
   *
   * @param code an ISO 3166-1 alpha-2 code, or {@code GB-EAW}
   * @return the country
   * @throws MnrException naming the code and the known codes if no review country has it
   */
  public static ReviewCountry country(String code) {
    return findCountry(code)
        .orElseThrow(
            () ->
                new MnrException(
                    Messages.unknown("country code", code, "the 2022 review", BY_CODE.keySet())));
  }
}
