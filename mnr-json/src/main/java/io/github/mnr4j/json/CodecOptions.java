package io.github.mnr4j.json;

/** How documents are read and written: the switches of {@link MnrJson} and {@link MnrModule}. */
final class CodecOptions {
  static final CodecOptions STRICT = new CodecOptions(false, false);

  /** Ignore fields a reader does not know, rather than reject them. */
  final boolean ignoreUnknownFields;
  /** Write the respondent block's personal data, rather than mark it withheld. */
  final boolean personalData;

  CodecOptions(boolean ignoreUnknownFields, boolean personalData) {
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.personalData = personalData;
  }

  CodecOptions withIgnoreUnknownFields() {
    return new CodecOptions(true, personalData);
  }

  CodecOptions withPersonalData() {
    return new CodecOptions(ignoreUnknownFields, true);
  }
}
