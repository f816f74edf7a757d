package org.clinicite.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.clinicite.core.db.StudyRefs;
import org.clinicite.core.db.StudyRepository;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.ClaimCheck;
import org.clinicite.core.model.Coverage;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Provenance;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.WriteUp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clinicite show ID|DOI|PMID|NCT}: one study with its outcomes, write-ups and claim checks. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one study: metadata, outcomes, findings, the write-ups that cover it and whether their numbers agree.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    Clinicite root;
    @Mixin
    GlobalOptions global;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID|DOI|PMID|NCT", description = "The study: id as search prints it, DOI, pmid:NNN or NCT number")
    String ref;

    @Option(names = "--json", description = "JSON: CSL-JSON fields plus a clinicite object")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext app = AppContext.of(global, root.global)) {
            app.database().run(s -> {
                StudyRepository repo = new StudyRepository(s);
                Study study = StudyRefs.require(repo, ref, UsageException::new);
                List<Study> sameTrial = study.getNctId().map(repo::findByNctId).orElse(List.of()).stream()
                        .filter(o -> !o.getId().equals(study.getId())).toList();
                if (json) {
                    com.fasterxml.jackson.databind.node.ObjectNode n = StudyJson.full(study);
                    com.fasterxml.jackson.databind.node.ArrayNode related = ((com.fasterxml.jackson.databind.node.ObjectNode)
                            n.get("clinicite")).putArray("sameTrial");
                    sameTrial.forEach(o -> related.addObject().put("id", o.getId()).put("title", o.getTitle()));
                    Json.print(out, n);
                } else {
                    print(out, study);
                    sameTrial.forEach(o -> out.println("  same trial:  [" + o.getId() + "] " + o.getTitle()));
                    out.flush();
                }
            });
        }
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, Study s) {
        out.println(s.getTitle() == null ? "(untitled)" : s.getTitle());
        out.println("  id:          " + s.getId() + (s.getStatus() == org.clinicite.core.model.StudyStatus.STUB
                ? "  (unverified stub: from a news write-up only)" : ""));
        line(out, "authors", s.getAuthors().stream().map(Authorship::displayName).collect(Collectors.joining("; ")));
        line(out, "journal", s.getJournal() == null ? null : s.getJournal().getTitle()
                + (s.getVolume() == null ? "" : " " + s.getVolume()) + (s.getIssue() == null ? "" : "(" + s.getIssue() + ")")
                + (s.getPages() == null ? "" : ":" + s.getPages()));
        line(out, "published", s.getPublished().isEmpty() ? null : s.getPublished().toString());
        line(out, "DOI", s.getDoi().map(d -> d.value()).orElse(null));
        line(out, "PMID", s.getPmid().map(d -> d.value()).orElse(null));
        line(out, "NCT", s.getNctId().map(d -> d.value()).orElse(null));
        line(out, "design", s.getDesignDetail() != null ? s.getDesignDetail()
                : s.getDesign() == null ? null : s.getDesign().label());
        line(out, "phase", s.getPhase());
        line(out, "n", s.sampleSize() == null ? null : s.sampleSize().toString());
        line(out, "population", s.getPopulation());
        line(out, "substances", terms(s.terms(TermKind.SUBSTANCE)));
        line(out, "conditions", terms(s.terms(TermKind.CONDITION)));
        if (!s.getOutcomes().isEmpty()) {
            out.println("  outcomes:");
            for (Outcome o : s.getOutcomes()) {
                out.println("    - " + o.summaryLine());
            }
        }
        if (!s.getFindings().isEmpty()) {
            out.println("  findings:");
            s.getFindings().forEach(f -> out.println("    - " + f));
        }
        for (Coverage c : s.getCoverage()) {
            WriteUp w = c.getWriteUp();
            out.println("  write-up:    " + w.getOutlet() + ", " + w.getPublishedDate() + ": \"" + w.getHeadline() + "\""
                    + (w.getByline() == null ? "" : " by " + w.getByline()));
            for (ClaimCheck ch : ClaimCheck.checkAll(w, s)) {
                out.println("    claim " + ch.claim().responders() + " of " + ch.claim().total() + ": "
                        + ch.verdict().code());
            }
        }
        List<Provenance> sources = s.getProvenance();
        line(out, "sources", sources.stream().map(p -> p.getFormat() + " " + p.getSource()).collect(Collectors.joining("; ")));
        out.flush();
    }

    private static String terms(List<StudyTerm> terms) {
        return terms.stream().map(t -> t.getLabel() + (t.getQualifier() == null ? "" : " (" + t.getQualifier() + ")"))
                .collect(Collectors.joining(", "));
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.printf("  %-12s %s%n", label + ":", value);
        }
    }
}
