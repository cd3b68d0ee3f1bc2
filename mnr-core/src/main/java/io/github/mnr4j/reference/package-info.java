/**
 * Reference data: World Bank {@link IncomeGroup income groups}, UNICEF {@link Region regions} and
 * the 42 {@link ReviewCountries countries of the 2022 review} with the survey that covered each.
 *
 * <pre>{@code
 * ReviewCountries.all().size();                        // 42
 * ReviewCountries.country("GB-EAW").name();             // "England and Wales"
 * ReviewCountries.all().stream().filter(c -> c.incomeGroup() == IncomeGroup.HIGH).count();  // 15
 * }</pre>
 */
@NullMarked
@MnrStyle
package io.github.mnr4j.reference;

import io.github.mnr4j.internal.MnrStyle;
import org.jspecify.annotations.NullMarked;
