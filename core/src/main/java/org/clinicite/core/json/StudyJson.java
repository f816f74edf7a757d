package org.clinicite.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Claim;
import org.clinicite.core.model.ClaimCheck;
import org.clinicite.core.model.Coverage;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.PartialDate;
import org.clinicite.core.model.Provenance;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.WriteUp;

/**
 * The JSON shape of DESIGN.md: CSL-JSON field names for the bibliographic data
 * ({@code title}, {@code author[].family/given}, {@code container-title},
 * {@code issued.date-parts}, {@code DOI}, {@code PMID}, ...) plus a {@code clinicite}
 * object for the rest (design, sample size, terms, outcomes, findings, write-ups with
 * their claim checks). The CSL part alone is what the citation module formats.
 */
public final class StudyJson {
    /** One mapper for the whole application; thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private StudyJson() {
    }

    /** CSL-JSON only: what a citation processor needs. */
    public static ObjectNode csl(Study s, String id) {
        ObjectNode o = F.objectNode();
        o.put("id", id);
        boolean registry = s.getNctId().isPresent() && s.getJournal() == null;
        o.put("type", registry ? "report" : "article-journal");
        putIfPresent(o, "title", s.getTitle());
        ArrayNode authors = o.putArray("author");
        for (Authorship a : s.getAuthors()) {
            authors.add(name(a));
        }
        if (authors.isEmpty()) {
            o.remove("author");
        }
        if (s.getJournal() != null) {
            o.put("container-title", s.getJournal().getTitle());
            putIfPresent(o, "container-title-short", s.getJournal().getIsoAbbreviation());
            putIfPresent(o, "ISSN", s.getJournal().getIssn());
        }
        if (registry) {
            o.put("publisher", "ClinicalTrials.gov");
            o.put("number", s.getNctId().get().value());
        }
        putIfPresent(o, "volume", s.getVolume());
        putIfPresent(o, "issue", s.getIssue());
        putIfPresent(o, "page", s.getPages());
        putDate(o, "issued", s.getPublished());
        s.getDoi().ifPresent(d -> o.put("DOI", d.value()));
        s.getPmid().ifPresent(p -> o.put("PMID", p.value()));
        s.getPmcid().ifPresent(p -> o.put("PMCID", p.value()));
        s.getNctId().ifPresent(n -> o.put("URL", "https://clinicaltrials.gov/study/" + n.value()));
        putIfPresent(o, "abstract", s.getAbstractText());
        return o;
    }

    /** CSL-JSON plus the {@code clinicite} object. */
    public static ObjectNode full(Study s) {
        return full(s, String.valueOf(s.getId()));
    }

    /** CSL-JSON plus the {@code clinicite} object, with the given CSL id (for studies not stored). */
    public static ObjectNode full(Study s, String cslId) {
        ObjectNode o = csl(s, cslId);
        ObjectNode c = o.putObject("clinicite");
        if (s.getId() != null) {
            c.put("id", s.getId());
        }
        c.put("status", s.getStatus().name().toLowerCase(java.util.Locale.ROOT));
        s.getNctId().ifPresent(n -> c.put("NCT", n.value()));
        if (s.getDesign() != null) {
            c.put("design", s.getDesign().code());
        }
        putIfPresent(c, "designDetail", s.getDesignDetail());
        putIfPresent(c, "phase", s.getPhase());
        putIfPresent(c, "blinding", s.getBlinding());
        if (s.sampleSize() != null) {
            c.put("sampleSize", s.sampleSize());
        }
        if (s.getEnrolled() != null) {
            c.put("enrolled", s.getEnrolled());
        }
        if (s.getAnalysed() != null) {
            c.put("analysed", s.getAnalysed());
        }
        putIfPresent(c, "population", s.getPopulation());
        putIfPresent(c, "publicationType", s.getPublicationType());
        c.set("substances", terms(s.terms(TermKind.SUBSTANCE)));
        c.set("conditions", terms(s.terms(TermKind.CONDITION)));
        ArrayNode outcomes = c.putArray("outcomes");
        s.getOutcomes().forEach(x -> outcomes.add(outcome(x)));
        ArrayNode findings = c.putArray("findings");
        s.getFindings().forEach(findings::add);
        ArrayNode writeUps = c.putArray("writeUps");
        for (Coverage cov : s.getCoverage()) {
            ObjectNode w = writeUp(cov.getWriteUp());
            w.put("linkedBy", cov.getMethod().name().toLowerCase(java.util.Locale.ROOT));
            w.put("confidence", cov.getConfidence());
            w.set("claims", claimChecks(ClaimCheck.checkAll(cov.getWriteUp(), s)));
            writeUps.add(w);
        }
        ArrayNode sources = c.putArray("sources");
        for (Provenance p : s.getProvenance()) {
            ObjectNode src = sources.addObject();
            src.put("format", p.getFormat());
            putIfPresent(src, "source", p.getSource());
            putIfPresent(src, "record", p.getRecordKey());
            src.put("importedAt", p.getImportedAt().toString());
        }
        return o;
    }

    /** A write-up in CSL-ish names: outlet, title, author, date, url (+ categories). */
    public static ObjectNode writeUp(WriteUp w) {
        ObjectNode o = F.objectNode();
        if (w.getId() != null) {
            o.put("id", w.getId());
        }
        putIfPresent(o, "outlet", w.getOutlet());
        o.put("title", w.getHeadline());
        putIfPresent(o, "author", w.getByline());
        if (w.getPublishedDate() != null) {
            o.put("date", w.getPublishedDate().toString());
        }
        putIfPresent(o, "url", w.getUrl());
        ArrayNode cats = o.putArray("categories");
        w.getCategories().forEach(cats::add);
        return o;
    }

    /** A write-up as a CSL-JSON {@code article-newspaper} item. */
    public static ObjectNode writeUpCsl(WriteUp w, String id) {
        ObjectNode o = F.objectNode();
        o.put("id", id);
        o.put("type", "article-newspaper");
        o.put("title", w.getHeadline());
        putIfPresent(o, "container-title", w.getOutlet());
        if (w.getByline() != null) {
            o.putArray("author").add(name(Authorship.parse(w.getByline())));
        }
        if (w.getPublishedDate() != null) {
            putDate(o, "issued", new PartialDate(w.getPublishedDate().getYear(),
                    w.getPublishedDate().getMonthValue(), w.getPublishedDate().getDayOfMonth()));
        }
        putIfPresent(o, "URL", w.getUrl());
        return o;
    }

    public static ArrayNode claimChecks(List<ClaimCheck> checks) {
        ArrayNode out = F.arrayNode();
        for (ClaimCheck ch : checks) {
            ObjectNode n = claim(ch.claim());
            n.put("verdict", ch.verdict().code());
            if (ch.matched() != null) {
                n.put("outcome", ch.matched().summaryLine());
            }
            out.add(n);
        }
        return out;
    }

    public static ObjectNode claim(Claim c) {
        ObjectNode n = F.objectNode();
        putIfPresent(n, "text", c.sentence());
        if (c.responders() != null) {
            n.put("responders", c.responders());
        }
        if (c.total() != null) {
            n.put("total", c.total());
        }
        return n;
    }

    public static ObjectNode outcome(Outcome x) {
        ObjectNode n = F.objectNode();
        putIfPresent(n, "measure", x.getMeasure());
        putIfPresent(n, "description", x.getDescription());
        if (x.getResponders() != null) {
            n.put("responders", x.getResponders());
        }
        if (x.getTotal() != null) {
            n.put("total", x.getTotal());
        }
        putIfPresent(n, "threshold", x.getThreshold());
        putIfPresent(n, "timepoint", x.getTimepoint());
        putIfPresent(n, "effectSize", x.getEffectSize());
        putIfPresent(n, "pValue", x.getPValue());
        putIfPresent(n, "source", x.getSourceSentence());
        n.put("summary", x.summaryLine());
        return n;
    }

    private static ArrayNode terms(List<StudyTerm> terms) {
        ArrayNode out = F.arrayNode();
        for (StudyTerm t : terms) {
            ObjectNode n = out.addObject();
            n.put("key", t.getTermKey());
            n.put("name", t.getLabel());
            n.put("role", t.getRole().name().toLowerCase(java.util.Locale.ROOT));
            putIfPresent(n, "qualifier", t.getQualifier());
        }
        return out;
    }

    private static ObjectNode name(Authorship a) {
        ObjectNode n = F.objectNode();
        if (a.getLiteral() != null) {
            n.put("literal", a.getLiteral());
            return n;
        }
        putIfPresent(n, "family", a.getFamily());
        putIfPresent(n, "given", a.getGiven());
        return n;
    }

    private static void putDate(ObjectNode o, String field, PartialDate d) {
        if (d == null || d.isEmpty()) {
            return;
        }
        ArrayNode parts = o.putObject(field).putArray("date-parts").addArray();
        for (int p : d.dateParts()) {
            parts.add(p);
        }
    }

    private static void putIfPresent(ObjectNode o, String field, String value) {
        if (value != null && !value.isBlank()) {
            o.put(field, value);
        }
    }
}
