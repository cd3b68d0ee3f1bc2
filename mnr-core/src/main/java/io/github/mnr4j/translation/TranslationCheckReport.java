package io.github.mnr4j.translation;

import io.github.mnr4j.Report;
import java.util.List;
import org.immutables.value.Value;

/**
 * What checking a {@link Translation} found: its findings (the language and source, then the
 * entries in order, then the source's texts without an entry, in the source's order) and how
 * complete it is.
 *
 * <p>Its {@link #summary()} reads, for example, {@code fr: instrument wpga-mnr-survey@2021 97% (3
 * stale, 4 missing)}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class TranslationCheckReport implements Report<TranslationFinding> {
  TranslationCheckReport() {}

  /**
   * Returns the language of the translation checked.
   *
   * @return the tag
   */
  public abstract String language();

  /**
   * Returns the source of the texts checked against.
   *
   * @return the source
   */
  public abstract TranslationSource source();

  @Override
  public abstract List<TranslationFinding> findings();

  /**
   * Returns how many texts the source has.
   *
   * @return the count
   */
  public abstract int textCount();

  /**
   * Returns how many of them the translation gives in its language: a current entry whose text
   * passes the checks.
   *
   * @return the count
   */
  public abstract int translatedCount();

  /**
   * Returns how many entries translate an earlier version of their source text.
   *
   * @return the count
   */
  public abstract int staleCount();

  /**
   * Returns how many of the source's texts have no entry.
   *
   * @return the count
   */
  public abstract int missingCount();

  /**
   * Returns the share of the source's texts translated, in whole per cent, rounded down so that 100
   * means every text.
   *
   * @return 0 to 100; 100 for a source without texts
   */
  public int completeness() {
    return textCount() == 0 ? 100 : (int) (100L * translatedCount() / textCount());
  }

  /**
   * Returns the completeness figure in words.
   *
   * @return such as {@code fr: framework wpga-mnr 100%}, or with {@code (3 stale, 4 missing)}
   */
  public String summary() {
    String counts =
        (staleCount() > 0 ? staleCount() + " stale" : "")
            + (staleCount() > 0 && missingCount() > 0 ? ", " : "")
            + (missingCount() > 0 ? missingCount() + " missing" : "");
    return language()
        + ": "
        + source()
        + " "
        + completeness()
        + "%"
        + (counts.isEmpty() ? "" : " (" + counts + ")");
  }

  @Override
  public String toString() {
    return "TranslationCheckReport["
        + summary()
        + ", "
        + errors().size()
        + " errors, "
        + warnings().size()
        + " warnings]";
  }
}
