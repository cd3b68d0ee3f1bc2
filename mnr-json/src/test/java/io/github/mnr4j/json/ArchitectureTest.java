package io.github.mnr4j.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static final JavaClasses JSON =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.mnr4j.json");

  /**
   * mnr-json builds core's values through their factories and builders, never their generated
   * implementations, and of core's internals uses only the escaping it is exported ({@code
   * io.github.mnr4j.internal}), not the definition checks.
   */
  @Test
  void reachesCoreOnlyThroughItsPublicApi() {
    noClasses()
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage("io.github.mnr4j..")
                .and(JavaClass.Predicates.simpleNameStartingWith("Immutable")))
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("io.github.mnr4j.internal.checks..")
        .check(JSON);
  }
}
