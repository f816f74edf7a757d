package org.clinicite.importer.pubmed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.core.id.Doi;
import org.clinicite.core.model.TermKind;

/**
 * The fields of one MEDLINE text record ({@link NbibReader.Fields}) as a
 * {@link MedlineRecord}: the same reading as the XML, tag by tag. Tags it does not use
 * (dates of indexing, grants, comments, history, ...) are ignored.
 */
final class NbibFields {
    /** "0955-2359 (Print)". */
    private static final Pattern ISSN = Pattern.compile("(\\S+)\\s*(?:\\((\\w+)\\))?");
    /** "10.1056/NEJMoa1715274 [doi]". */
    private static final Pattern ID_TYPE = Pattern.compile("(.*?)\\s*\\[(\\w+)]\\s*");
    /** "Y4S76JWI15 (Methanol)": the substance's name in the last parentheses. */
    private static final Pattern REGISTRY_NAME = Pattern.compile(".*?\\((.+)\\)\\s*");
    /** "ClinicalTrials.gov/NCT02149199". */
    private static final Pattern CLINICAL_TRIALS = Pattern.compile("(?i)ClinicalTrials\\.gov/(.+)");
    /** A structured abstract's first label: "BACKGROUND: ", "TRIAL REGISTRATION: ". */
    private static final Pattern FIRST_LABEL = Pattern.compile("\\A([A-Z][A-Z ,&/-]{2,40}[A-Z]): ");
    /** The next labels, each after a sentence end. */
    private static final Pattern NEXT_LABEL = Pattern.compile("(?<=[.?!)\\]]) ([A-Z][A-Z ,&/-]{2,40}[A-Z]): ");

    private final MedlineRecord rec = new MedlineRecord();
    private final List<String> titles = new ArrayList<>();
    private final List<String> abstracts = new ArrayList<>();
    private String bookTitle;
    private String currentFamily;
    private String currentGiven;
    private String currentLiteral;
    private String currentAffiliation;
    private boolean haveAuthor;
    private boolean authorHasShortName;

    private NbibFields() {
    }

    static MedlineRecord toRecord(NbibReader.Fields fields) {
        NbibFields f = new NbibFields();
        f.rec.line = fields.line();
        fields.fields().forEach(f::field);
        return f.finish();
    }

    private void field(NbibReader.Field f) {
        String v = f.value().strip();
        if (v.isEmpty()) {
            return;
        }
        switch (f.tag()) {
            case "PMID" -> rec.pmid = v;
            case "PMC" -> rec.pmcid = v;
            case "TI" -> titles.add(v);
            case "BTI" -> bookTitle = v;
            case "AB" -> abstracts.add(v);
            case "FAU" -> fullAuthor(v);
            case "AU" -> shortAuthor(v);
            case "CN" -> collective(v);
            case "AD" -> affiliation(v);
            case "JT" -> rec.journalTitle = v;
            case "TA" -> rec.isoAbbreviation = v;
            case "IS" -> issn(v);
            case "VI" -> rec.volume = v;
            case "IP" -> rec.issue = v;
            case "PG" -> rec.pages = v;
            case "DP" -> rec.publicationDate = v;
            case "DEP" -> rec.electronicDate = v;
            case "PT" -> rec.publicationTypes.add(v);
            case "MH" -> rec.meshHeadings.add(new MedlineRecord.Heading(descriptor(v), null, null));
            case "RN" -> registryNumber(v);
            case "NM" -> rec.substances.add(new MedlineRecord.Heading(v, null, TermKind.SUBSTANCE));
            case "OT" -> rec.keywords.add(v);
            case "SI" -> secondarySource(v);
            case "LID", "AID" -> articleId(v);
            default -> {
                // not used: indexing dates, status, grants, comments, history, source line ...
            }
        }
    }

    private MedlineRecord finish() {
        endAuthor();
        rec.title = titles.isEmpty() ? bookTitle : String.join(" ", titles);
        for (String ab : abstracts) {
            sections(ab);
        }
        return rec;
    }

    /** "Long, Vicky" (or a single name): starts an author. */
    private void fullAuthor(String v) {
        endAuthor();
        int comma = v.indexOf(',');
        currentFamily = comma < 0 ? v : v.substring(0, comma).strip();
        currentGiven = comma < 0 ? null : emptyToNull(v.substring(comma + 1).strip());
        haveAuthor = true;
    }

    /** "Long V": the short form of the author above, or a new author when the record has no full names. */
    private void shortAuthor(String v) {
        if (haveAuthor && !authorHasShortName && currentLiteral == null) {
            authorHasShortName = true;
            return;
        }
        endAuthor();
        int space = v.lastIndexOf(' ');
        boolean initials = space > 0 && v.substring(space + 1).matches("\\p{Lu}{1,4}");
        currentFamily = initials ? v.substring(0, space) : v;
        currentGiven = initials ? v.substring(space + 1) : null;
        haveAuthor = true;
        authorHasShortName = true;
    }

    private void collective(String v) {
        endAuthor();
        currentLiteral = v;
        haveAuthor = true;
    }

    /** The first affiliation of the author above. */
    private void affiliation(String v) {
        if (haveAuthor && currentAffiliation == null) {
            currentAffiliation = v;
        }
    }

    private void endAuthor() {
        if (haveAuthor) {
            rec.authors.add(new MedlineRecord.Author(currentFamily, currentGiven, currentLiteral, currentAffiliation));
        }
        currentFamily = null;
        currentGiven = null;
        currentLiteral = null;
        currentAffiliation = null;
        haveAuthor = false;
        authorHasShortName = false;
    }

    private void issn(String v) {
        Matcher m = ISSN.matcher(v);
        if (!m.matches()) {
            return;
        }
        String type = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        switch (type) {
            case "print" -> rec.printIssn = m.group(1);
            case "linking" -> rec.linkingIssn = m.group(1);
            default -> rec.electronicIssn = rec.electronicIssn == null ? m.group(1) : rec.electronicIssn;
        }
    }

    /** "Stress Disorders, Post-Traumatic/*drug therapy" → "Stress Disorders, Post-Traumatic". */
    private static String descriptor(String v) {
        String d = v.split("/", 2)[0].strip();
        return d.startsWith("*") ? d.substring(1).strip() : d;
    }

    private void registryNumber(String v) {
        Matcher m = REGISTRY_NAME.matcher(v);
        if (m.matches()) {
            rec.substances.add(new MedlineRecord.Heading(m.group(1).strip(), null, TermKind.SUBSTANCE));
        }
    }

    private void secondarySource(String v) {
        Matcher m = CLINICAL_TRIALS.matcher(v);
        if (m.matches()) {
            rec.registryNumbers.add(m.group(1).strip());
        }
    }

    /** "10.4103/x [doi]" or a bare "doi:10...."; pii and other ids are not stored. */
    private void articleId(String v) {
        Matcher m = ID_TYPE.matcher(v);
        if (m.matches()) {
            if (m.group(2).equalsIgnoreCase("doi")) {
                rec.dois.add(m.group(1));
            }
        } else if (Doi.isValid(v)) {
            rec.dois.add(v);
        }
    }

    /** A structured abstract ("BACKGROUND: ... METHODS: ...") split into its sections, as the XML gives them. */
    private void sections(String ab) {
        Matcher first = FIRST_LABEL.matcher(ab);
        if (!first.find()) {
            rec.abstractSections.add(new MedlineRecord.Section(null, ab));
            return;
        }
        String label = first.group(1);
        int start = first.end();
        Matcher next = NEXT_LABEL.matcher(ab);
        while (next.find(start)) {
            rec.abstractSections.add(new MedlineRecord.Section(label, ab.substring(start, next.start()).strip()));
            label = next.group(1);
            start = next.end();
        }
        rec.abstractSections.add(new MedlineRecord.Section(label, ab.substring(start).strip()));
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
