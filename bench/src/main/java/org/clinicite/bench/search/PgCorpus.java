package org.clinicite.bench.search;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.clinicite.search.StudyDocument;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The PostgreSQL peer's table: one flat row per study with the text, keys and numbers the
 * Lucene index holds, a stored generated tsvector over the same free-text fields, GIN
 * indexes on it and on the key arrays, B-trees on the filter columns. Loaded with COPY;
 * indexes are built after the load and the table is vacuumed and analysed, as one would
 * for a read-mostly search table.
 */
final class PgCorpus {
    static final String TABLE = "bench_study";
    /** Bump when the table, its functions or its indexes change: a reused table of another version is rebuilt. */
    static final int SCHEMA = 2;

    /**
     * Text configurations. Fairness: {@code bench_en} is {@code english} (stop words, Snowball
     * stemming) without the whole-compound token of hyphenated words, so that
     * "treatment-resistant" yields "treatment", "resist" at consecutive positions as Lucene's
     * StandardTokenizer does; {@code bench_names} is {@code simple} (lower case, no stemming),
     * Lucene's name analyser, likewise without compounds.
     */
    private static final String CONFIGS = """
            DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'bench_en') THEN
                CREATE TEXT SEARCH CONFIGURATION bench_en (COPY = english);
                ALTER TEXT SEARCH CONFIGURATION bench_en DROP MAPPING FOR hword, asciihword, numhword;
              END IF;
              IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'bench_names') THEN
                CREATE TEXT SEARCH CONFIGURATION bench_names (COPY = simple);
                ALTER TEXT SEARCH CONFIGURATION bench_names DROP MAPPING FOR hword, asciihword, numhword;
              END IF;
            END $$""";

    /**
     * Positions left empty between two fields or two values of a field: more than any phrase
     * query spans, so that no phrase matches across them.
     */
    private static final String GAP = "the ".repeat(16);

    /**
     * The tsvectors. Fairness: Lucene keeps fields apart and leaves 100 positions between the
     * values of a multi-valued field, so a phrase never spans two of them. Here every field
     * after the title, and every value of a list, starts after 16 stop words, which take
     * positions but leave no lexeme: a phrase such as "quality of life" ('qualiti' <2> 'life')
     * cannot match "...quality" at the end of one outcome and "life..." at the start of the next
     * (an early version left a one-position gap, and exactly that happened once in a million).
     * Weights: title A, abstract B, outcomes and findings C, write-ups D (Lucene boosts title 3,
     * outcome and finding 1.5, abstract 1, news 0.7). Names need no gap: their configuration
     * has no stop words, so every phrase step is one position and the one-position gap that
     * to_tsvector(jsonb) leaves between values is enough.
     */
    private static final String FUNCTIONS = """
            CREATE OR REPLACE FUNCTION bench_text_tsv(title text, abstract text, outcomes text[], findings text[],
                news text[]) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
              SELECT setweight(to_tsvector('bench_en'::regconfig, coalesce(title, '')), 'A')
                  || setweight(to_tsvector('bench_en'::regconfig, '%1$s' || coalesce(abstract, '')), 'B')
                  || setweight(to_tsvector('bench_en'::regconfig, '%1$s' || array_to_string(
                         coalesce(outcomes, '{}') || coalesce(findings, '{}'), ' %1$s')), 'C')
                  || setweight(to_tsvector('bench_en'::regconfig, '%1$s' || array_to_string(
                         coalesce(news, '{}'), ' %1$s')), 'D')
            $$;
            CREATE OR REPLACE FUNCTION bench_names_tsv(names text[]) RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
              SELECT to_tsvector('bench_names'::regconfig, to_jsonb(coalesce(names, '{}')))
            $$""".formatted(GAP);

    /**
     * Fairness: {@code toast_tuple_target = 8160} keeps a row (about 4 KB with its tsvector)
     * in the table page, uncompressed. With the default (about 2 KB) the tsvector is
     * compressed and moved to the TOAST table, and every match and every ts_rank_cd fetches
     * and decompresses it again: 2-3 times slower at 100k studies (measured: ranking the
     * 86,000 studies with "placebo" 600 ms instead of 270 ms).
     */
    private static final String TABLE_DDL = """
            DROP TABLE IF EXISTS bench_study;
            CREATE TABLE bench_study (
              id integer NOT NULL,
              title text, abstract text, outcome_text text[], findings text[], news text[],
              authors text[], journal text, journal_abbrev text, outlets text[],
              year integer, n integer, design text, phase text, substance text[], condition text[],
              doi text, pmid text, nct text,
              has_news boolean NOT NULL, has_outcomes boolean NOT NULL, has_results boolean NOT NULL,
              citation text,
              tsv tsvector GENERATED ALWAYS AS (bench_text_tsv(title, abstract, outcome_text, findings, news)) STORED,
              author_tsv tsvector GENERATED ALWAYS AS (bench_names_tsv(authors)) STORED,
              journal_tsv tsvector GENERATED ALWAYS AS (bench_names_tsv(ARRAY[journal, journal_abbrev])) STORED,
              outlet_tsv tsvector GENERATED ALWAYS AS (bench_names_tsv(outlets)) STORED)
              WITH (toast_tuple_target = 8160)""";

    private static final String COLUMNS = "id, title, abstract, outcome_text, findings, news, authors, journal, "
            + "journal_abbrev, outlets, year, n, design, phase, substance, condition, doi, pmid, nct, has_news, "
            + "has_outcomes, has_results, citation";

    /** Built after the load (faster than maintaining them row by row). */
    static final List<String> INDEXES = List.of(
            "ALTER TABLE bench_study ADD PRIMARY KEY (id)",
            "CREATE INDEX bench_study_tsv ON bench_study USING gin (tsv)",
            "CREATE INDEX bench_study_substance ON bench_study USING gin (substance)",
            "CREATE INDEX bench_study_condition ON bench_study USING gin (condition)",
            "CREATE INDEX bench_study_author ON bench_study USING gin (author_tsv)",
            "CREATE INDEX bench_study_journal ON bench_study USING gin (journal_tsv)",
            "CREATE INDEX bench_study_outlet ON bench_study USING gin (outlet_tsv)",
            "CREATE INDEX bench_study_year ON bench_study (year)",
            "CREATE INDEX bench_study_n ON bench_study (n)",
            "CREATE INDEX bench_study_design ON bench_study (design)",
            "CREATE INDEX bench_study_phase ON bench_study (phase)",
            "CREATE INDEX bench_study_has_news ON bench_study (has_news)");

    private PgCorpus() {
    }

    /** Drops and creates the table (and the text configurations and functions if missing). */
    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(CONFIGS);
            s.execute(FUNCTIONS);
            s.execute(TABLE_DDL);
        }
    }

    /** Starts a COPY into the table; feed it {@link #row}s and end it. */
    static CopyIn copy(Connection c) throws SQLException {
        return c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + TABLE + " (" + COLUMNS + ") FROM STDIN (FORMAT text)");
    }

    static void row(StringBuilder out, StudyDocument d) {
        CopyText row = new CopyText(out);
        row.text(d.id()).text(d.title()).text(d.abstractText()).array(d.outcomeText()).array(d.findings())
                .array(d.writeUpText()).array(d.authors()).text(d.journal()).text(d.journalAbbreviation())
                .array(d.outlets()).number(d.year()).number(d.sampleSize()).text(d.design()).text(d.phase())
                .array(d.substanceKeys()).array(d.conditionKeys()).text(d.doi()).text(d.pmid()).text(d.nct())
                .bool(d.has().contains("news")).bool(d.has().contains("outcomes")).bool(d.has().contains("results"))
                .text(d.citation());
        row.endRow();
    }

    static void write(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    /** Indexes, then VACUUM ANALYZE (statistics for the planner, visibility map and hint bits set). */
    static void index(Connection c, String marker) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET maintenance_work_mem = '1GB'");
            for (String ddl : INDEXES) {
                s.execute(ddl);
            }
            s.execute("VACUUM ANALYZE " + TABLE);
            s.execute("COMMENT ON TABLE " + TABLE + " IS '" + marker.replace("'", "''") + "'");
        }
    }

    /** The marker the table was built with, or null if there is no table. */
    static String marker(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT obj_description(to_regclass('" + TABLE + "'), 'pg_class')")) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /** Bytes on disk: table (with TOAST) and each index. */
    static Map<String, Long> sizes(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT pg_table_size('" + TABLE + "'), pg_indexes_size('" + TABLE + "'), "
                        + "pg_relation_size('bench_study_tsv')")) {
            r.next();
            return Map.of("table", r.getLong(1), "indexes", r.getLong(2), "tsv index", r.getLong(3));
        }
    }
}
