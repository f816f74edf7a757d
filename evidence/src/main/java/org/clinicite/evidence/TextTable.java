package org.clinicite.evidence;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with fixed-width columns: each as wide as its widest cell, up to a cap. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int[] caps;
    private final boolean[] right;

    /** @param caps the maximum width of each text column (longer cells end in "…") */
    TextTable(int... caps) {
        this.caps = caps.clone();
        this.right = new boolean[caps.length];
    }

    /** Right-aligns the given columns (numbers). A number column is never cut short: its cap is ignored. */
    TextTable alignRight(int... columns) {
        for (int c : columns) {
            right[c] = true;
        }
        return this;
    }

    TextTable row(String... cells) {
        if (cells.length != caps.length) {
            throw new IllegalArgumentException("expected " + caps.length + " cells, got " + cells.length);
        }
        rows.add(cells.clone());
        return this;
    }

    void write(Appendable out, String indent) throws IOException {
        int[] widths = widths();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int c = 0; c < r.length; c++) {
                String cell = fit(r[c], widths[c]);
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(right[c] ? pad + cell : cell + pad).append(c < r.length - 1 ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private int[] widths() {
        int[] w = new int[caps.length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                w[c] = Math.max(w[c], right[c] ? text(r[c]).length() : Math.min(caps[c], text(r[c]).length()));
            }
        }
        return w;
    }

    private static String fit(String cell, int width) {
        String t = text(cell);
        return t.length() <= width ? t : t.substring(0, Math.max(0, width - 1)) + "…";
    }

    private static String text(String cell) {
        return cell == null ? "" : cell;
    }
}
