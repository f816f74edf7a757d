package org.clinicite.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN.md: core knows nothing of Lucene, CSL, file formats, the CLI or the other modules. */
@AnalyzeClasses(packages = "org.clinicite.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule coreDependsOnNothingOfOurs = noClasses().that().resideInAPackage("org.clinicite.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.clinicite.importer..", "org.clinicite.search..",
                    "org.clinicite.citation..", "org.clinicite.cli..", "org.clinicite.server..");

    @ArchTest
    static final ArchRule coreKnowsNoLuceneCslOrHtml = noClasses().that().resideInAPackage("org.clinicite.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "de.undercouch..",
                    "org.jsoup..", "picocli..");

    @ArchTest
    static final ArchRule noPrintingInCore = noClasses().that().resideInAPackage("org.clinicite.core..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
}
