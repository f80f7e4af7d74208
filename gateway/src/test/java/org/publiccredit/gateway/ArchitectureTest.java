package org.publiccredit.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.publiccredit.gateway.auth.AuthenticatedClient;
import org.publiccredit.gateway.auth.CachedBody;
import org.publiccredit.gateway.auth.ClientPlan;
import org.publiccredit.gateway.auth.ClientType;
import org.publiccredit.gateway.auth.PendingNonce;
import org.publiccredit.gateway.auth.ReplayProtection;

/** The module's shape, as tests: features talk through small public types only. */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.publiccredit.gateway");

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.publiccredit.gateway.(**)").should().beFreeOfCycles()
        .check(CLASSES);
  }

  @Test
  void otherFeaturesKnowAuthOnlyThroughTheAuthenticatedClient() {
    classes().that().resideOutsideOfPackage("..gateway.auth..")
        .should().onlyDependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.not(
                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                    "..gateway.auth.."))
                .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(
                    AuthenticatedClient.class, ClientType.class, ClientPlan.class, CachedBody.class,
                    PendingNonce.class, ReplayProtection.class)))
        .check(CLASSES);
  }

  @Test
  void theRateLimiterAndTheOperationReaderStayApart() {
    noClasses().that().resideInAPackage("..gateway.ratelimit..")
        .should().dependOnClassesThat().resideInAPackage("..gateway.operation..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("..gateway.operation..")
        .should().dependOnClassesThat().resideInAPackage("..gateway.ratelimit..")
        .check(CLASSES);
  }

  @Test
  void signatureVerificationIsPlainJava() {
    noClasses().that().resideInAPackage("..gateway.auth.signature..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..")
        .check(CLASSES);
  }

  @Test
  void errorHandlingDependsOnNoFeature() {
    noClasses().that().resideInAPackage("..gateway.error..")
        .should().dependOnClassesThat().resideInAnyPackage("..gateway.auth..",
            "..gateway.routing..", "..gateway.call..", "..gateway.operation..",
            "..gateway.ratelimit..", "..gateway.observability..", "..gateway.audit..")
        .check(CLASSES);
  }

  @Test
  void featurePackagesDoNotReachIntoEachOthersInternals() {
    noClasses().that().resideOutsideOfPackage("..gateway.auth..")
        .should().dependOnClassesThat().resideInAPackage("..gateway.auth.signature..")
        .check(CLASSES);
  }

  @Test
  void theAuditHearsOfCallsOnlyThroughTheCallOutcomeAndNoFeatureKnowsTheAudit() {
    noClasses().that().resideInAPackage("..gateway.audit..")
        .should().dependOnClassesThat().resideInAnyPackage("..gateway.routing..",
            "..gateway.operation..", "..gateway.ratelimit..", "..gateway.observability..",
            "..gateway.error..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("org.publiccredit.gateway.(*)..")
        .and().resideOutsideOfPackage("..gateway.audit..")
        .should().dependOnClassesThat().resideInAPackage("..gateway.audit..")
        .check(CLASSES);
  }

  @Test
  void everyPackageIsNullMarked() {
    classes().that().haveSimpleName("package-info")
        .should().beAnnotatedWith(org.jspecify.annotations.NullMarked.class)
        .check(CLASSES);
  }
}
