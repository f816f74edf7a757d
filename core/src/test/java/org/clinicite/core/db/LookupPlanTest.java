package org.clinicite.core.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.clinicite.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The import's look-ups by key read an index on PostgreSQL even when the table was never
 * analysed (autovacuum off, or a large import outrunning it): without statistics PostgreSQL
 * estimates {@code title_key in (200 keys)} at thousands of rows and reads the whole table,
 * which made each batch's look-up grow with the table.
 */
class LookupPlanTest {
    @Test
    void titleKeyLookupUsesTheIndexOnAnUnanalysedTable() {
        Database db = Database.open(TestDatabases.postgres());
        DatabaseConfig cfg = db.config();
        try {
            db.run(s -> s.doWork(c -> {
                try (Statement st = c.createStatement()) {
                    // 20,000 rows, never analysed: no statistics for the planner
                    st.execute("alter table study set (autovacuum_enabled = false)");
                    st.execute("insert into study (id, version, status, title, title_key, created_at, updated_at) "
                            + "select g, 0, 'VERIFIED', 'title ' || g, 'title ' || g, now(), now() "
                            + "from generate_series(1, 20000) g");
                }
            }));
            String query = "explain select id from study where title_key in (" + keys(200) + ")";
            List<String> before = new ArrayList<>();
            List<String> during = new ArrayList<>();
            List<String> after = new ArrayList<>();
            db.run(s -> {
                StudyRepository repo = new StudyRepository(s);
                s.doWork(c -> before.addAll(plan(c, query)));
                repo.planEachQuery();
                s.doWork(c -> during.addAll(plan(c, query)));
                repo.planAsUsual();
                s.doWork(c -> after.addAll(plan(c, query)));
            });
            // the precondition that makes this test able to fail: unplanned, PostgreSQL scans the table
            assertTrue(String.join("\n", before).contains("Seq Scan"), () -> "expected a sequential scan: " + before);
            assertFalse(String.join("\n", during).contains("Seq Scan"), () -> "look-up plan: " + during);
            assertTrue(String.join("\n", during).contains("study_title_key_idx"), () -> "look-up plan: " + during);
            assertTrue(String.join("\n", after).contains("Seq Scan"), () -> "planning as usual again: " + after);
        } finally {
            db.close();
            TestDatabases.dropSchema(cfg);
        }
    }

    private static String keys(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append(i > 1 ? "," : "").append("'title ").append(i * 97).append('\'');
        }
        return sb.toString();
    }

    private static List<String> plan(java.sql.Connection c, String query) throws java.sql.SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }
}
