package org.publiccredit.graphql;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/** The package rules of style.md, checked rather than hoped for. */
class ArchitectureTest {

  private static final String BASE = "org.publiccredit.graphql";
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(BASE);

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void featuresTalkOnlyThroughPublicTypes() {
    classes().that().resideInAPackage(BASE + "..")
        .should(new ArchCondition<JavaClass>("be used from another package only if public") {
          @Override
          public void check(JavaClass target, ConditionEvents events) {
            target.getDirectDependenciesToSelf().stream()
                .filter(d -> !d.getOriginClass().getPackageName().equals(target.getPackageName()))
                .filter(d -> !isPublic(target))
                .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
          }
        })
        .check(CLASSES);
  }

  @Test
  void onlySearchTalksToElasticsearch() {
    noClasses().that().resideOutsideOfPackage(BASE + ".search..")
        .and().haveSimpleNameNotEndingWith("Configuration")
        .should().dependOnClassesThat().resideInAPackage("co.elastic.clients..")
        .check(CLASSES);
  }

  @Test
  void identifiersAreFreeOfFrameworks() {
    noClasses().that().resideInAPackage(BASE + ".identity..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "co.elastic..", "tools.jackson..")
        .check(CLASSES);
  }

  @Test
  void caseConversionAlwaysNamesALocale() {
    noClasses().should().callMethod(String.class, "toLowerCase")
        .orShould().callMethod(String.class, "toUpperCase")
        .because("the default locale changes results (Turkish dotless i)")
        .check(CLASSES);
  }

  @Test
  void everyPackageIsNullMarked() {
    List<String> unmarked = CLASSES.stream()
        .map(JavaClass::getPackage)
        .distinct()
        .filter(p -> !p.isAnnotatedWith(NullMarked.class))
        .map(JavaPackage::getName)
        .toList();
    assertThat(unmarked).isEmpty();
  }

  private static boolean isPublic(JavaClass type) {
    // Nested types count as public only when they and every enclosing type are.
    for (JavaClass c = type; c != null; c = c.getEnclosingClass().orElse(null)) {
      if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}
