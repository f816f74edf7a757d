package org.clinicite.evidence;

import java.util.List;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;

/** Short names for studies in tables and plots: an id, "Barone et al. (n.d.)", a substance. */
public final class StudyLabels {
    private StudyLabels() {
    }

    /** The stored id, else the DOI, else "study-N" (N = 1-based position in the input). */
    public static String id(Study s, int index) {
        if (s.getId() != null) {
            return String.valueOf(s.getId());
        }
        return s.getDoi().map(d -> d.value()).orElse("study-" + (index + 1));
    }

    /** "Barone (2019)", "Barone &amp; Beck (2019)", "Barone et al. (n.d.)"; the title when no author. */
    public static String citation(Study s) {
        Integer year = s.getPublished().year();
        String when = year == null ? "n.d." : String.valueOf(year);
        return who(s) + " (" + when + ")";
    }

    private static String who(Study s) {
        List<Authorship> authors = s.getAuthors();
        if (authors.isEmpty()) {
            String title = s.getTitle() == null ? "Untitled" : s.getTitle().strip();
            return title.length() <= 40 ? title : title.substring(0, 39).strip() + "…";
        }
        String first = name(authors.get(0));
        if (authors.size() == 1) {
            return first;
        }
        return authors.size() == 2 ? first + " & " + name(authors.get(1)) : first + " et al.";
    }

    private static String name(Authorship a) {
        if (a.getLiteral() != null) {
            return a.getLiteral();
        }
        return a.getFamily() == null ? "?" : a.getFamily();
    }

    /** The design's label ("randomized controlled trial"), or null. */
    public static String design(Study s) {
        return s.getDesign() == null ? null : s.getDesign().label();
    }

    /** The substance to chart a study under: the first intervention substance, else any, else "unspecified". */
    public static String substance(Study s) {
        List<StudyTerm> substances = s.terms(TermKind.SUBSTANCE);
        return substances.stream().filter(t -> t.getRole() == TermRole.INTERVENTION).findFirst()
                .or(() -> substances.stream().findFirst())
                .map(StudyTerm::getLabel).orElse("unspecified");
    }
}
