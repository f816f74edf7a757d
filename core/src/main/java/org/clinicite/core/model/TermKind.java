package org.clinicite.core.model;

/** The two vocabularies a study links to. */
public enum TermKind {
    SUBSTANCE,
    CONDITION
}
