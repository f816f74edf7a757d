package org.clinicite.search;

import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The index's fields: how a {@link StudyDocument} becomes a Lucene document, with the
 * reason for each field type. Bump {@link #FORMAT} whenever a field changes meaning or
 * type: an index of another format is rebuilt by {@link IndexSync}.
 */
final class LuceneSchema {
    /** The layout version, stored in the commit user data beside the change sequence. */
    static final String FORMAT = "5";

    static final String ID = "id";
    /**
     * All free text of a study in one field, one value per part in the order of
     * {@link #TEXT_PARTS}: what words and phrases match and score, and what the highlighter
     * reads. {@link #PARTS} says which values are which part.
     */
    static final String TEXT = "text";
    /** The title alone (not stored): a match in the title adds to the score. */
    static final String TITLE = "title";
    static final String ABSTRACT = "abstract";
    static final String OUTCOME = "outcome";
    static final String FINDING = "finding";
    static final String NEWS = "news";
    /**
     * Numeric doc value: how many values of {@link #TEXT} each part has, 8 bits per part in
     * the order of {@link #TEXT_PARTS} (see {@link #parts}).
     */
    static final String PARTS = "parts";
    static final String AUTHOR = "author";
    static final String JOURNAL = "journal";
    static final String OUTLET = "outlet";
    static final String YEAR = "year";
    static final String N = "n";
    static final String DESIGN = "design";
    static final String PHASE = "phase";
    static final String SUBSTANCE = "substance";
    static final String CONDITION = "condition";
    static final String DOI = "doi";
    static final String PMID = "pmid";
    static final String NCT = "nct";
    static final String HAS = "has";
    /** Binary doc value: the result line of {@link LuceneHitLines}. */
    static final String HIT = "hit";

    /** The parts of a study's free text, in the order their values are in {@link #TEXT}. */
    static final List<String> TEXT_PARTS = List.of(TITLE, ABSTRACT, OUTCOME, FINDING, NEWS);

    /** The facet dimensions, in the order results list them. */
    static final List<String> FACETS = SearchService.FACETS;

    /**
     * Free text: analysed, with positions for phrases, and stored: the highlighter analyses
     * the stored text of the page's hits again. No offsets in the postings: they cost ~15 %
     * of the build's CPU, and a phrase query reads them along with the positions it needs
     * (at 1M studies a phrase with 88,000 matches took 47 ms with them, 39 without), while
     * analysing ten hits' text again costs a few milliseconds only when highlights are asked
     * for. One field for all parts, not one per part: a word or phrase is then one term or
     * phrase query, not five, and each match is scored once (that phrase took ~75 ms of CPU
     * over five fields).
     */
    private static final FieldType TEXT_TYPE = new FieldType();
    /**
     * Names: positions for phrases, no norms (a name clause is a filter that scores 1, so
     * the field's length never counts), nothing stored.
     */
    private static final FieldType NAME_TYPE = new FieldType();
    /** The title again, for its score only: positions for phrases, nothing stored. */
    private static final FieldType TITLE_TYPE = new FieldType();

    static {
        TEXT_TYPE.setTokenized(true);
        TEXT_TYPE.setStored(true);
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TEXT_TYPE.freeze();
        TITLE_TYPE.setTokenized(true);
        TITLE_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TITLE_TYPE.freeze();
        NAME_TYPE.setTokenized(true);
        NAME_TYPE.setOmitNorms(true);
        NAME_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        NAME_TYPE.freeze();
    }

    private LuceneSchema() {
    }

    /**
     * Facets count SortedSet doc values in {@link FacetsConfig#DEFAULT_INDEX_FIELD_NAME}, which
     * need no side-car taxonomy index: one directory to rebuild, copy or replace. Multi-valued
     * dims must be declared; the rest hold at most one value per study. {@link #addFacets}
     * writes the fields that {@code FacetsConfig.build} would, without its generic pass over
     * every field of the document.
     */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(SUBSTANCE, true);
        config.setMultiValued(CONDITION, true);
        config.setMultiValued(OUTLET, true);
        return config;
    }

    /** Facet dimensions whose drill-down has no exact field of their own and looks up a {@link #FACET_TERM}. */
    private static final List<String> FACET_TERM_DIMS = List.of(JOURNAL, OUTLET);
    /**
     * Keyword: the dim/value path of a journal or outlet facet value, for drilling down. Not in
     * {@link FacetsConfig#DEFAULT_INDEX_FIELD_NAME}: Lucene wants a field indexed in every
     * document that has it or in none, and a study without a journal or outlet has only facet
     * doc values there.
     */
    static final String FACET_TERM = "facetTerm";

    /**
     * The studies with this facet value (see {@link #addFacets}): the keyword field of the same
     * name for substance, condition, design and phase, the year's point, and for journal and
     * outlet their dim/value term in {@link #FACET_TERM}.
     */
    static Query drillDown(String dim, String value) {
        return switch (dim) {
            case SUBSTANCE, CONDITION, DESIGN, PHASE -> new TermQuery(new Term(dim, value));
            case YEAR -> year(value);
            case JOURNAL, OUTLET -> new TermQuery(new Term(FACET_TERM,
                    FacetsConfig.pathToString(dim, new String[] {value})));
            default -> throw new IllegalArgumentException("not a facet: " + dim);
        };
    }

    /** A year's facet value is {@code String.valueOf(year)}: any other text matches nothing. */
    private static Query year(String value) {
        try {
            int year = Integer.parseInt(value);
            if (String.valueOf(year).equals(value)) {
                return IntPoint.newExactQuery(YEAR, year);
            }
        } catch (NumberFormatException e) {
            // falls through: no study has this year
        }
        return new MatchNoDocsQuery("no year " + value);
    }

    /** The document to index. */
    static Document toDocument(StudyDocument s) {
        Document d = new Document();
        // the update key: exact, one term; not stored, a hit reads its id from the hit line
        d.add(new StringField(ID, s.id(), Field.Store.NO));
        addText(d, s);
        addNames(d, s);
        addNumbers(d, s);
        addKeys(d, s);
        addFacets(d, s);
        addDisplay(d, s);
        return d;
    }

    private static void addText(Document d, StudyDocument s) {
        if (present(s.title())) {
            d.add(new Field(TITLE, s.title(), TITLE_TYPE));
        }
        long parts = 0;
        parts = parts << 8 | addText(d, present(s.title()) ? List.of(s.title()) : List.of());
        parts = parts << 8 | addText(d, present(s.abstractText()) ? List.of(s.abstractText()) : List.of());
        parts = parts << 8 | addText(d, s.outcomeText());
        parts = parts << 8 | addText(d, s.findings());
        parts = parts << 8 | addText(d, s.writeUpText());
        d.add(new NumericDocValuesField(PARTS, parts));
    }

    /** Adds the non-blank values (at most 255), in order; returns how many. */
    private static int addText(Document d, List<String> values) {
        int added = 0;
        for (String v : values) {
            if (present(v) && added < 255) {
                d.add(new Field(TEXT, v, TEXT_TYPE));
                added++;
            }
        }
        return added;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * Which part each value of a study's {@link #TEXT} is from, given its {@link #PARTS} doc
     * value: element {@code i} names the part of value {@code i}.
     */
    static String[] parts(long packed) {
        int[] counts = new int[TEXT_PARTS.size()];
        int total = 0;
        for (int p = counts.length - 1; p >= 0; p--) {
            counts[p] = (int) (packed & 0xff);
            packed >>>= 8;
            total += counts[p];
        }
        String[] out = new String[total];
        int i = 0;
        for (int p = 0; p < counts.length; p++) {
            for (int k = 0; k < counts[p]; k++) {
                out[i++] = TEXT_PARTS.get(p);
            }
        }
        return out;
    }

    /**
     * Names: analysed, positions for phrases, no norms, not stored ({@link #NAME_TYPE}), so that
     * {@code journal:psychoactive} and {@code author:"mitsunaga-whitten"} match words of
     * the name. Shown through the stored citation instead.
     */
    private static void addNames(Document d, StudyDocument s) {
        s.authors().forEach(a -> d.add(new Field(AUTHOR, a, NAME_TYPE)));
        if (s.journal() != null) {
            d.add(new Field(JOURNAL, s.journal(), NAME_TYPE));
        }
        if (s.journalAbbreviation() != null) {
            d.add(new Field(JOURNAL, s.journalAbbreviation(), NAME_TYPE));
        }
        s.outlets().forEach(o -> d.add(new Field(OUTLET, o, NAME_TYPE)));
    }

    /**
     * Numbers: IntPoint for range queries (year:2015..2024, n>=50) and NumericDocValues of the
     * same name for sorting by year or size (the points also let a sort skip whole blocks).
     */
    private static void addNumbers(Document d, StudyDocument s) {
        addNumber(d, YEAR, s.year());
        addNumber(d, N, s.sampleSize());
    }

    private static void addNumber(Document d, String field, Integer value) {
        if (value != null) {
            d.add(new IntPoint(field, value));
            d.add(new NumericDocValuesField(field, value));
        }
    }

    /**
     * Keys and codes: StringField, one exact term each, not analysed: vocabulary keys
     * (queries expand synonyms and narrower terms to keys), design codes, normalised
     * phases and identifiers, {@code has:} flags.
     */
    private static void addKeys(Document d, StudyDocument s) {
        s.substanceKeys().forEach(k -> d.add(new StringField(SUBSTANCE, k, Field.Store.NO)));
        s.conditionKeys().forEach(k -> d.add(new StringField(CONDITION, k, Field.Store.NO)));
        addKey(d, DESIGN, s.design(), Field.Store.NO);
        addKey(d, PHASE, s.phase(), Field.Store.NO);
        addKey(d, DOI, s.doi(), Field.Store.NO);
        addKey(d, PMID, s.pmid(), Field.Store.NO);
        addKey(d, NCT, s.nct(), Field.Store.NO);
        s.has().forEach(h -> d.add(new StringField(HAS, h, Field.Store.NO)));
    }

    private static void addKey(Document d, String field, String value, Field.Store store) {
        if (value != null) {
            d.add(new StringField(field, value, store));
        }
    }

    /**
     * Facet values: term keys (labelled with names at search time), codes, exact journal and
     * outlet names. Each is a dim/value SortedSet doc value, as {@code FacetsConfig.build} makes
     * of a {@code SortedSetDocValuesFacetField}. Only journal and outlet also get its
     * drill-down term: the other dimensions drill down on their own fields ({@link #drillDown}),
     * which hold the same values, so ~5 of a study's ~6 facet terms are not indexed twice.
     */
    private static void addFacets(Document d, StudyDocument s) {
        s.substanceKeys().forEach(k -> addFacet(d, SUBSTANCE, k));
        s.conditionKeys().forEach(k -> addFacet(d, CONDITION, k));
        addFacet(d, DESIGN, s.design());
        addFacet(d, PHASE, s.phase());
        addFacet(d, YEAR, s.year() == null ? null : String.valueOf(s.year()));
        addFacet(d, JOURNAL, s.journal());
        s.outlets().forEach(o -> addFacet(d, OUTLET, o));
    }

    private static void addFacet(Document d, String dim, String value) {
        if (value != null && !value.isBlank()) {
            String path = FacetsConfig.pathToString(dim, new String[] {value});
            d.add(new SortedSetDocValuesField(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, new BytesRef(path)));
            if (FACET_TERM_DIMS.contains(dim)) {
                d.add(new StringField(FACET_TERM, path, Field.Store.NO));
            }
        }
    }

    /**
     * What a hit shows, so a search needs no database: one binary doc value per study (see
     * {@link LuceneHitLines}), not stored fields, which share compressed blocks with the long
     * texts the highlighter reads.
     */
    private static void addDisplay(Document d, StudyDocument s) {
        d.add(new BinaryDocValuesField(HIT, LuceneHitLines.encode(s)));
    }
}
