package io.github.mnr4j.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mnr4j.Identified;
import io.github.mnr4j.MnrException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The review countries against the counts of the report's Methodology. */
class ReviewCountriesTest {

  private static <K> Map<K, Long> countBy(Function<ReviewCountry, K> key) {
    return ReviewCountries.all().stream()
        .collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  @Test
  void fortyTwoCountriesWithUniqueCodesAndNames() {
    assertThat(ReviewCountries.all()).hasSize(42);
    assertThat(ReviewCountries.all())
        .extracting(ReviewCountry::code)
        .doesNotHaveDuplicates()
        .allMatch(code -> code.matches("[A-Z]{2}") || code.equals("GB-EAW"));
    assertThat(ReviewCountries.all()).extracting(ReviewCountry::name).doesNotHaveDuplicates();
  }

  @Test
  void reproducesTheIncomeGroupCounts() {
    assertThat(countBy(ReviewCountry::incomeGroup))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                IncomeGroup.HIGH,
                15L,
                IncomeGroup.UPPER_MIDDLE,
                15L,
                IncomeGroup.LOWER_MIDDLE,
                11L,
                IncomeGroup.LOW,
                1L));
    assertThat(ReviewCountries.all().stream().filter(c -> c.incomeGroup().isLowOrMiddle()))
        .hasSize(27);
  }

  @Test
  void reproducesTheRegionalCounts() {
    assertThat(countBy(ReviewCountry::region))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Region.EAST_ASIA_PACIFIC, 10L,
                Region.EASTERN_SOUTHERN_AFRICA, 5L,
                Region.EUROPE_CENTRAL_ASIA, 7L,
                Region.LATIN_AMERICA_CARIBBEAN, 6L,
                Region.MIDDLE_EAST_NORTH_AFRICA, 2L,
                Region.NORTH_AMERICA, 2L,
                Region.SOUTH_ASIA, 1L,
                Region.WEST_CENTRAL_AFRICA, 1L,
                Region.WESTERN_EUROPE, 8L));
  }

  @Test
  void reproducesTheCountsBySurvey() {
    assertThat(countBy(ReviewCountry::survey))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(ReviewSurvey.ALLIANCE, 17L, ReviewSurvey.UNICEF, 25L));
    // each survey is a built-in instrument, the UNICEF one reconstructed
    assertThat(ReviewSurvey.ALLIANCE.instrumentReference())
        .isEqualTo(io.github.mnr4j.survey.Instruments.mnrSurvey2021().reference());
    assertThat(ReviewSurvey.UNICEF.instrumentReference())
        .isEqualTo(io.github.mnr4j.survey.Instruments.unicefSurvey2021().reference());
    // UNICEF's survey covered low- and middle-income countries only.
    assertThat(ReviewCountries.all())
        .filteredOn(c -> c.survey() == ReviewSurvey.UNICEF)
        .allMatch(c -> c.incomeGroup().isLowOrMiddle());
  }

  @Test
  void looksUpByCode() {
    assertThat(ReviewCountries.country("GB-EAW").name()).isEqualTo("England and Wales");
    assertThat(ReviewCountries.country("KR").name()).isEqualTo("Republic of Korea");
    assertThat(ReviewCountries.findCountry("FR")).isEmpty();
    assertThatThrownBy(() -> ReviewCountries.country("FR"))
        .isInstanceOf(MnrException.class)
        .hasMessageStartingWith("unknown country code 'FR' in the 2022 review; known: AL, AU,");
    assertThat(ReviewCountries.country("JO").toString())
        .isEqualTo("JO Jordan (upper-middle, middle-east-north-africa, unicef)");
  }

  @Test
  void groupsAndRegionsResolveByIdAndNameUnknownOnes() {
    for (IncomeGroup group : IncomeGroup.values()) {
      assertThat(Identified.of(IncomeGroup.class, group.id())).isSameAs(group);
      assertThat(Identified.find(IncomeGroup.class, group.id())).containsSame(group);
    }
    for (Region region : Region.values()) {
      assertThat(Identified.of(Region.class, region.id())).isSameAs(region);
    }
    assertThat(Identified.find(Region.class, "europe")).isEmpty();
    assertThatThrownBy(() -> Identified.of(IncomeGroup.class, "middle"))
        .hasMessage(
            "unknown income group 'middle'; known: high, upper-middle, lower-middle," + " low");
    assertThatThrownBy(() -> Identified.of(Region.class, "europe"))
        .hasMessageStartingWith("unknown region 'europe'; known: east-asia-pacific,");
  }
}
