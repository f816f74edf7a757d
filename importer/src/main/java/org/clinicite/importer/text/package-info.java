/**
 * Facts read from the free text of bibliographic records (titles, abstracts, keywords):
 * vocabulary terms, and (shared with the news extraction) sample sizes and outcomes.
 */
package org.clinicite.importer.text;
