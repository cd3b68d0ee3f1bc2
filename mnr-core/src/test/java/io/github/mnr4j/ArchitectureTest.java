package io.github.mnr4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules that keep mnr-core a pure domain module. */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.mnr4j");

  @Test
  void coreDependsOnlyOnTheJdkGuavaCommonsMathAndItself() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "com.google.common..",
            "org.apache.commons.math3..",
            "org.jspecify..",
            "org.immutables.value..",
            "io.github.mnr4j..")
        .check(CORE);
  }

  @Test
  void coreDoesNoIo() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("java.util.logging..", "java.lang.reflect..")
        .check(
            CORE.that(
                com.tngtech.archunit.base.DescribedPredicate.not(
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                        Throwable.class))));
  }

  /** Values are immutable and shared across threads: no class may hold state of its own. */
  @Test
  void coreHasNoStaticMutableState() {
    fields()
        .that()
        .areStatic()
        .and()
        .haveNameNotStartingWith("$")
        .should()
        .beFinal()
        .andShould()
        .notHaveRawType(
            JavaClass.Predicates.assignableTo(java.util.ArrayList.class)
                .or(JavaClass.Predicates.assignableTo(java.util.HashMap.class))
                .or(JavaClass.Predicates.assignableTo(java.util.HashSet.class))
                .or(JavaClass.Predicates.assignableTo(StringBuilder.class))
                .or(JavaClass.Predicates.assignableTo(java.util.concurrent.atomic.AtomicLong.class))
                .or(
                    new DescribedPredicate<JavaClass>("an array") {
                      @Override
                      public boolean test(JavaClass type) {
                        return type.isArray();
                      }
                    }))
        .check(
            CORE.that(
                DescribedPredicate.not(JavaClass.Predicates.simpleNameStartingWith("Immutable"))));
  }

  /**
   * The packages stand in layers, each using only those below it: internal helpers at the bottom,
   * then the root package's shared types, then the definition checks, the framework and the
   * reference data, the survey, assessment, scoring and cohorts.
   */
  @Test
  void packagesStandInLayersWithoutCycles() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("internal")
        .definedBy("io.github.mnr4j.internal")
        .layer("root")
        .definedBy("io.github.mnr4j")
        .layer("checks")
        .definedBy("io.github.mnr4j.internal.checks")
        .layer("framework")
        .definedBy("io.github.mnr4j.framework")
        .layer("reference")
        .definedBy("io.github.mnr4j.reference")
        .layer("survey")
        .definedBy("io.github.mnr4j.survey")
        .layer("assessment")
        .definedBy("io.github.mnr4j.assessment")
        .layer("scoring")
        .definedBy("io.github.mnr4j.scoring")
        .layer("cohort")
        .definedBy("io.github.mnr4j.cohort")
        .whereLayer("internal")
        .mayNotAccessAnyLayer()
        .whereLayer("root")
        .mayOnlyAccessLayers("internal")
        .whereLayer("checks")
        .mayOnlyAccessLayers("root", "internal")
        .whereLayer("framework")
        .mayOnlyAccessLayers("checks", "root", "internal")
        .whereLayer("reference")
        .mayOnlyAccessLayers("checks", "root", "internal")
        .whereLayer("survey")
        .mayOnlyAccessLayers("reference", "framework", "checks", "root", "internal")
        .whereLayer("assessment")
        .mayOnlyAccessLayers("survey", "reference", "framework", "checks", "root", "internal")
        .whereLayer("scoring")
        .mayOnlyAccessLayers(
            "assessment", "survey", "reference", "framework", "checks", "root", "internal")
        .whereLayer("cohort")
        .mayOnlyAccessLayers(
            "scoring",
            "assessment",
            "survey",
            "reference",
            "framework",
            "checks",
            "root",
            "internal")
        .check(CORE);
    slices().matching("io.github.mnr4j.(**)").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void coreStartsNoThreads() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .areAssignableTo(Thread.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("java.util.concurrent..")
        .check(CORE);
  }
}
