package org.clinicite.importer.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.clinicite.core.model.Authorship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LaTeX to plain text, and BibTeX name lists. */
class LatexTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '#', value = {
        "{\\\"u}ber {\\\"U}bel | über Übel",
        "\\'{e}t\\'e {\\'i} \\`a | été í à",
        "{\\o}resund {\\O} \\ss{} {\\aa} {\\L}\\'od\\'z | øresund Ø ß å Łódź",
        "\\c{c}a \\v{s} \\~{n} \\^{o} \\=a \\.{z} \\H{o} \\u{a} \\k{a} \\r{a} | ça š ñ ô ā ż ő ă ą å",
        "{\\'\\i}ndice | índice",
        "199--208 a---b | 199–208 a—b",
        "a~b | a b",
        "{{Title Case}} {PTSD} Protected | Title Case PTSD Protected",
        "\\textit{Xenopus laevis} 3\\textsuperscript{rd} | Xenopus laevis 3rd",
        "50\\% of $\\alpha$ R\\&D x_1 | 50% of α R&D x_1",
        "O'Connor's `` quoted '' | O'Connor's “ quoted ”",
        "  many\\n   spaces  | many spaces",
        "unbalanced { brace | unbalanced brace",
    })
    void decodes(String latex, String plain) {
        assertEquals(plain, LatexText.decode(latex.replace("\\n", "\n")));
    }

    private static List<String> names(String raw) {
        return BibtexNames.parse(raw).stream().map(Authorship::displayName).toList();
    }

    @Test
    void splitsNameListsInTheirThreeForms() {
        assertEquals(List.of("Adams, Alice", "Brody, Bob"), names("Adams, Alice and Brody, Bob"));
        assertEquals(List.of("Tolkien, J R R"), names("J R R Tolkien"));
        assertEquals(List.of("van Rosmalen, Ruud"), names("Ruud van Rosmalen"));
        assertEquals(List.of("King, Martin Luther, Jr."), names("King, Jr., Martin Luther"));
        assertEquals(List.of("O'Connor, Martin J.", "Martínez-Romero, Marcos"),
                names("Martin J. {O'Connor} and Marcos {Mart{\\'i}nez-Romero}"));
        assertEquals(List.of("May, Keith", "Ronzino, Paola"), names("May, Keith, and Ronzino, Paola"));
        assertEquals(List.of("Born, L."), names("Born, L. et al."));
        assertEquals(List.of("Doe, Jane"), names("Doe, Jane and others"));
    }

    @Test
    void aNameInBracesIsALiteralEvenWithAndInside() {
        List<Authorship> a = BibtexNames.parse("{Barnes and Noble} and {World Health Organization} AND Smith, J");
        assertEquals(3, a.size());
        assertEquals("Barnes and Noble", a.get(0).getLiteral());
        assertEquals("World Health Organization", a.get(1).getLiteral());
        assertEquals("Smith", a.get(2).getFamily());
    }
}
