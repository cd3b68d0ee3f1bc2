package io.github.mnr4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules that keep mnr-core a pure domain module. */
class ArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.mnr4j");

  @Test
  void coreDependsOnlyOnTheJdkGuavaAndItself() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "com.google.common..", "org.jspecify..", "org.immutables.value..",
            "io.github.mnr4j..")
        .check(CORE);
  }

  @Test
  void coreDoesNoIo() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "java.io..", "java.nio.file..", "java.net..")
        .orShould().dependOnClassesThat().resideInAnyPackage("java.util.logging..",
            "java.lang.reflect..")
        .check(CORE.that(com.tngtech.archunit.base.DescribedPredicate.not(
            com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(Throwable.class))));
  }

  @Test
  void coreStartsNoThreads() {
    noClasses().should().dependOnClassesThat().areAssignableTo(Thread.class)
        .orShould().dependOnClassesThat().resideInAnyPackage("java.util.concurrent..")
        .check(CORE);
  }
}
