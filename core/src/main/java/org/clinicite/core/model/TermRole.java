package org.clinicite.core.model;

/** The role of a vocabulary term in a study. Conditions are {@link #STUDIED}. */
public enum TermRole {
    INTERVENTION,
    COMPARATOR,
    STUDIED
}
