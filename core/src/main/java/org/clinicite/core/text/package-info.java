/**
 * Text normalisation shared by merging, vocabulary matching and search: folded keys for
 * titles, names and words ({@link org.clinicite.core.text.TextKeys#fold}: NFKD, marks
 * removed, lower case, non-alphanumerics one space; an all-ASCII text takes a one-pass
 * path without NFKD that gives the same key and returns an already folded word itself).
 */
package org.clinicite.core.text;
