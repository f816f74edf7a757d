package org.clinicite.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.vocab.Term;
import org.clinicite.core.vocab.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clinicite vocab [TERM]}: list the vocabulary, or explain one term and what a query for it finds. */
@Command(name = "vocab", mixinStandardHelpOptions = true,
        description = "List substances and conditions, or explain one term: synonyms, broader terms, what a query expands to.")
final class VocabCommand implements Callable<Integer> {
    @ParentCommand
    Clinicite root;
    @Mixin
    GlobalOptions global;
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TERM", description = "A name, synonym, abbreviation or key to explain")
    String term;

    @Option(names = "--kind", paramLabel = "substance|condition", description = "Only this kind")
    TermKind kind;

    @Option(names = "--json", description = "JSON output")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Vocabulary v = AppContext.of(global, root.global).vocabulary();
        List<Term> terms = term == null ? v.all().stream().filter(t -> kind == null || t.kind() == kind).toList()
                : v.all().stream().filter(t -> kind == null || t.kind() == kind)
                        .filter(t -> v.lookup(t.kind(), term).map(x -> x.key().equals(t.key())).orElse(false)).toList();
        if (term != null && terms.isEmpty()) {
            throw new BadInputException("'" + term + "' is not in the vocabulary (add it to "
                    + Vocabulary.USER_FILE + " in the data directory)");
        }
        if (json) {
            ArrayNode arr = StudyJson.MAPPER.createArrayNode();
            terms.forEach(t -> arr.add(json(v, t)));
            Json.print(out, arr);
            return ExitCodes.OK;
        }
        for (Term t : terms) {
            if (term == null) {
                out.printf("%-10s %-32s %s%n", t.kind().name().toLowerCase(Locale.ROOT), t.key(), t.name());
            } else {
                explain(out, v, t);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void explain(PrintWriter out, Vocabulary v, Term t) {
        out.println(t.name() + " (" + t.kind().name().toLowerCase(Locale.ROOT) + (t.isClass() ? " class" : "") + ", key " + t.key() + ")");
        out.println("  synonyms:      " + String.join(", ", t.synonyms()));
        out.println("  abbreviations: " + String.join(", ", t.abbreviations()));
        out.println("  broader:       " + String.join(", ", v.ancestors(t.key())));
        out.println("  ids:           " + t.ids());
        out.println("  a query for it finds: " + String.join(", ", v.expand(t.key())));
    }

    private static ObjectNode json(Vocabulary v, Term t) {
        ObjectNode n = StudyJson.MAPPER.valueToTree(t);
        n.put("kind", t.kind().name().toLowerCase(Locale.ROOT));
        ArrayNode anc = n.putArray("ancestors");
        v.ancestors(t.key()).forEach(anc::add);
        ArrayNode exp = n.putArray("expandsTo");
        v.expand(t.key()).forEach(exp::add);
        return n;
    }
}
