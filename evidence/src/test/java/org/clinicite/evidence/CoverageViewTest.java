package org.clinicite.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.model.Claim;
import org.clinicite.core.model.ClaimCheck.Verdict;
import org.clinicite.core.model.Coverage;
import org.clinicite.core.model.LinkMethod;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.core.model.WriteUp;
import org.clinicite.core.testing.SampleStudies;
import org.junit.jupiter.api.Test;

class CoverageViewTest {
    private static final String CLAIM = "15 of 19 participants showed significant (> 30%) reduction in symptoms";

    @Test
    void writeUpsOldestFirstWithEachClaimChecked() {
        CoverageView view = CoverageView.of(studies());
        assertEquals(2, view.studies().size());
        CoverageView.StudyCoverage barone = view.studies().get(0);
        assertEquals("Barone et al. (n.d.)", barone.citation());
        assertEquals(2, barone.writeUps().size());
        CoverageView.WriteUpCoverage psypost = barone.writeUps().get(0);
        assertEquals("PsyPost", psypost.outlet());
        assertEquals(LocalDate.of(2020, 3, 23), psypost.date());
        assertEquals(LinkMethod.EXTRACTED, psypost.linkedBy());
        assertEquals(List.of(Verdict.AGREES), psypost.checks().stream().map(c -> c.verdict()).toList());
        CoverageView.WriteUpCoverage blog = barone.writeUps().get(1);
        assertEquals(List.of(Verdict.DISAGREES, Verdict.NOT_IN_STUDY),
                blog.checks().stream().map(c -> c.verdict()).toList());
        assertEquals(1, blog.count(Verdict.DISAGREES));
        assertTrue(view.studies().get(1).writeUps().isEmpty());
    }

    @Test
    void jsonUsesTheStudyJsonNames() throws IOException {
        JsonNode json = StudyJson.MAPPER.readTree(
                StudyJson.MAPPER.writeValueAsString(CoverageJson.toJson(CoverageView.of(studies()))));
        JsonNode w = json.get("studies").get(0).get("writeUps").get(0);
        assertEquals("PsyPost", w.get("outlet").asText());
        assertEquals("2020-03-23", w.get("date").asText());
        assertEquals("Christian Rigg", w.get("author").asText());
        assertEquals("extracted", w.get("linkedBy").asText());
        JsonNode claim = w.get("claims").get(0);
        assertEquals("agrees", claim.get("verdict").asText());
        assertEquals(15, claim.get("responders").asInt());
        assertEquals(19, claim.get("total").asInt());
        assertEquals("15/19 (79%) > 30% reduction in symptoms, 12 months", claim.get("outcome").asText());
        assertEquals(0, json.get("studies").get(1).get("writeUps").size());
    }

    @Test
    void textListsVerdictsAndTheStudyNumberWhenTheyDisagree() {
        String text = CoverageText.render(CoverageView.of(studies()));
        assertTrue(text.contains("2020-03-23  PsyPost  \"Veterans and first responders report lasting personal "
                + "benefits after MDMA-assisted psychotherapy\"  (extracted, 0.90)"), text);
        assertTrue(text.contains("agrees      15 of 19: " + CLAIM), text);
        assertTrue(text.contains("disagrees   14 of 19: 14 of 19 improved  [study: 15/19 (79%) > 30% reduction"),
                text);
        assertTrue(text.contains("no write-ups"), text);
    }

    /** The PsyPost article (real) on the Barone stub, a FICTIONAL later blog post, an uncovered fictional study. */
    private static List<Study> studies() {
        Study barone = SampleStudies.baroneStub();
        WriteUp psypost = new WriteUp("PsyPost", "Veterans and first responders report lasting personal benefits "
                + "after MDMA-assisted psychotherapy", LocalDate.of(2020, 3, 23));
        psypost.setByline("Christian Rigg");
        psypost.setClaims(List.of(new Claim(CLAIM, 15, 19)));
        WriteUp blog = new WriteUp("Example Blog", "A fictional later post", LocalDate.of(2021, 1, 5));
        blog.setClaims(List.of(new Claim("14 of 19 improved", 14, 19), new Claim("30 of 100 relapsed", 30, 100)));
        Coverage.link(blog, barone, LinkMethod.MANUAL, 1.0);
        Coverage.link(psypost, barone, LinkMethod.EXTRACTED, 0.9);
        return List.of(barone, Illustrative.study("Larch", 2021, StudyDesign.RCT, 12, "MDMA"));
    }
}
