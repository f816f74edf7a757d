package org.clinicite.bench.search;

import java.util.List;
import org.clinicite.search.SearchOptions.Sort;

/**
 * The fixed mix of 20 analyst queries: field filters with vocabulary expansion, ranges,
 * free text of very different frequencies (a word in most abstracts, one in a few hundred
 * per million), phrases, boolean combinations, name fields, sorts and facets. The words
 * were checked to stem alike in Lucene's Porter and PostgreSQL's Snowball stemmers (see
 * bench/README.md).
 */
public final class BenchQueries {
    private BenchQueries() {
    }

    public static List<BenchQuery> all() {
        return List.of(
                BenchQuery.of("psilocybin depression", "substance:psilocybin condition:depression n>=50 year:2015..2024")
                        .withFacets(),
                BenchQuery.of("phrase + word", "\"treatment resistant\" depression"),
                BenchQuery.of("class + design", "substance:psychedelic design:rct").withFacets(),
                BenchQuery.of("text OR", "mdma OR ketamine"),
                BenchQuery.of("common word", "placebo"),
                BenchQuery.of("mid word", "neuroplasticity"),
                BenchQuery.of("rare word", "xerostomia"),
                BenchQuery.of("two words", "mindfulness anxiety"),
                BenchQuery.of("stop-word phrase", "\"quality of life\""),
                BenchQuery.of("term minus narrower", "substance:ketamine -substance:esketamine"),
                BenchQuery.of("condition + news", "condition:ptsd has:news").withFacets(),
                BenchQuery.of("recent reviews", "design:meta-analysis year>=2020").sortedBy(Sort.YEAR),
                BenchQuery.of("largest RCTs", "design:rct n>=1000").sortedBy(Sort.N),
                BenchQuery.of("phase + class", "phase:3 substance:antidepressant").withFacets(),
                BenchQuery.of("author + years", "author:nakamura year:2018..2025"),
                BenchQuery.of("journal", "journal:psychopharmacology"),
                BenchQuery.of("boolean text", "(psilocybin OR lsd) AND (anxiety OR depression) year>=2010"),
                BenchQuery.of("condition NOT design", "condition:\"anxiety disorder\" NOT design:case-report")
                        .withFacets(),
                BenchQuery.of("outlet + substance", "outlet:psypost substance:mdma"),
                BenchQuery.of("class + range", "substance:cannabinoid condition:\"chronic pain\" n:20..200")
                        .withFacets());
    }
}
