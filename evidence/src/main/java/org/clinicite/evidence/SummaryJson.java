package org.clinicite.evidence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The summary as JSON: {@code {"level", "method", "outcomes": [...], "groups": [...],
 * "withoutNumbers": [...]}}. Numbers are rounded to 4 decimals, except proportions below 0.001
 * (rare events), which keep 3 significant digits; I² is a percentage.
 */
public final class SummaryJson {
    static final String METHOD = "random effects, DerSimonian-Laird, logit-transformed proportions";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SummaryJson() {
    }

    public static ObjectNode toJson(Summary s) {
        ObjectNode root = F.objectNode();
        root.put("level", s.level());
        root.put("method", METHOD);
        ArrayNode outcomes = root.putArray("outcomes");
        s.lines().forEach(l -> outcomes.add(line(l)));
        ArrayNode groups = root.putArray("groups");
        s.groups().forEach(g -> groups.add(group(g)));
        ArrayNode without = root.putArray("withoutNumbers");
        for (WithoutNumbers w : s.withoutNumbers()) {
            ObjectNode n = study(w.studyId(), w.citation(), w.design(), w.n());
            putIfPresent(n, "outcome", w.outcome());
            n.put("reason", w.reason());
            without.add(n);
        }
        return root;
    }

    static ObjectNode line(OutcomeLine l) {
        ObjectNode n = study(l.studyId(), l.citation(), l.design(), l.n());
        n.put("measure", l.measure());
        n.put("kind", l.kind().key());
        n.put("responders", l.count().events());
        n.put("total", l.count().total());
        n.put("proportion", Numbers.roundProportion(l.proportion()));
        n.set("ci", interval(l.ci()));
        putIfPresent(n, "timepoint", l.timepoint());
        n.put("pooled", l.pooled());
        return n;
    }

    static ObjectNode group(OutcomeGroup g) {
        ObjectNode n = F.objectNode();
        n.put("kind", g.kind().key());
        n.put("label", g.kind().label());
        n.put("k", g.k());
        n.put("totalN", g.totalN());
        n.put("single", g.isSingle());
        ArrayNode ids = n.putArray("studies");
        g.pooledLines().forEach(l -> ids.add(l.studyId()));
        if (g.isSingle()) {
            OutcomeLine only = g.pooledLines().get(0);
            n.put("proportion", Numbers.roundProportion(only.proportion()));
            n.set("ci", interval(only.ci()));
            n.put("note", "one study: its proportion with the Wilson interval, not pooled");
            return n;
        }
        PooledProportion p = g.pooled();
        n.put("proportion", Numbers.roundProportion(p.proportion().value()));
        n.set("ci", interval(p.proportion().ci()));
        n.set("heterogeneity", heterogeneity(p.logit()));
        ObjectNode logit = n.putObject("logit");
        logit.put("estimate", Numbers.round(p.logit().random().value()));
        logit.put("se", Numbers.round(p.logit().random().se()));
        Interval logitCi = p.logit().random().ci();
        logit.set("ci", F.arrayNode().add(Numbers.round(logitCi.lower())).add(Numbers.round(logitCi.upper())));
        ObjectNode common = n.putObject("common");
        common.put("proportion", Numbers.roundProportion(p.common().value()));
        common.set("ci", interval(p.common().ci()));
        return n;
    }

    private static ObjectNode heterogeneity(MetaAnalysis m) {
        ObjectNode h = F.objectNode();
        h.put("q", Numbers.round(m.q()));
        h.put("df", m.df());
        h.put("tau2", Numbers.round(m.tau2()));
        h.put("tau", Numbers.round(m.tau()));
        h.put("i2", Numbers.round(m.i2()));
        h.put("h2", Numbers.round(m.h2()));
        return h;
    }

    private static ObjectNode study(String id, String citation, String design, Integer n) {
        ObjectNode o = F.objectNode();
        o.put("study", id);
        o.put("citation", citation);
        putIfPresent(o, "design", design);
        if (n != null) {
            o.put("n", n);
        }
        return o;
    }

    /** A proportion's interval. */
    private static ArrayNode interval(Interval i) {
        return F.arrayNode().add(Numbers.roundProportion(i.lower())).add(Numbers.roundProportion(i.upper()));
    }

    private static void putIfPresent(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
