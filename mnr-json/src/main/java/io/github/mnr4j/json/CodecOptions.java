package io.github.mnr4j.json;

import java.io.Serializable;

/**
 * How documents are read and written: the switches of {@link MnrJson} and {@link MnrModule}.
 * Serializable, as the modules that hold it are.
 */
final class CodecOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  static final CodecOptions STRICT = new CodecOptions(false, false, ReadLimits.defaults());

  /** Ignore fields a reader does not know, rather than reject them. */
  final boolean ignoreUnknownFields;

  /** Write the respondent block's personal data, rather than mark it withheld. */
  final boolean personalData;

  /** How much a document may hold. */
  final ReadLimits limits;

  CodecOptions(boolean ignoreUnknownFields, boolean personalData, ReadLimits limits) {
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.personalData = personalData;
    this.limits = limits;
  }

  CodecOptions withIgnoreUnknownFields() {
    return new CodecOptions(true, personalData, limits);
  }

  CodecOptions withPersonalData(boolean personalData) {
    return new CodecOptions(ignoreUnknownFields, personalData, limits);
  }

  CodecOptions withLimits(ReadLimits limits) {
    return new CodecOptions(ignoreUnknownFields, personalData, limits);
  }
}
