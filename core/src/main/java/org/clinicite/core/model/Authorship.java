package org.clinicite.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One author of one study at one position (1-based). An association entity rather than
 * a many-to-many, since order, affiliation and the name as printed belong to the
 * authorship, not to a person.
 */
@Entity
@Table(name = "authorship")
public class Authorship {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authorship_seq")
    @SequenceGenerator(name = "authorship_seq", sequenceName = "authorship_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "study_id")
    private Study study;

    @Column(nullable = false)
    private int position;

    private String family;
    private String given;
    /** A name that is not split (a group or consortium). */
    private String literal;
    private String affiliation;

    Authorship() {
    }

    /** Takes over the other's names and affiliation (not its study or position). */
    void copyFrom(Authorship o) {
        this.family = o.family;
        this.given = o.given;
        this.literal = o.literal;
        this.affiliation = o.affiliation;
    }

    public Authorship(String family, String given) {
        this.family = family;
        this.given = given;
    }

    public static Authorship literal(String name) {
        Authorship a = new Authorship();
        a.literal = name;
        return a;
    }

    /** Splits "William Barone" / "Barone, William" / "Barone W" into family and given names. */
    public static Authorship parse(String name) {
        String n = name.strip().replaceAll("\\s+", " ");
        int comma = n.indexOf(',');
        if (comma > 0) {
            return new Authorship(n.substring(0, comma).strip(), emptyToNull(n.substring(comma + 1).strip()));
        }
        int space = lastNameStart(n);
        if (space < 0) {
            return new Authorship(n, null);
        }
        return new Authorship(n.substring(space).strip(), n.substring(0, space).strip());
    }

    private static int lastNameStart(String n) {
        String[] parts = n.split(" ");
        if (parts.length < 2) {
            return -1;
        }
        // particles stay with the family name: "Ludwig van Beethoven" -> "van Beethoven"
        int i = parts.length - 1;
        while (i > 1 && parts[i - 1].matches("(?i)van|von|de|der|den|da|di|du|la|le|del|della|dos|das|ter|ten")) {
            i--;
        }
        int pos = 0;
        for (int k = 0; k < i; k++) {
            pos += parts[k].length() + 1;
        }
        return pos - 1;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    void attach(Study study, int position) {
        this.study = study;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Study getStudy() {
        return study;
    }

    public int getPosition() {
        return position;
    }

    public String getFamily() {
        return family;
    }

    public String getGiven() {
        return given;
    }

    public String getLiteral() {
        return literal;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
    }

    public void setGiven(String given) {
        this.given = given;
    }

    /** "Barone, William" or the literal name. */
    public String displayName() {
        if (literal != null) {
            return literal;
        }
        return given == null ? family : family + ", " + given;
    }
}
