package org.clinicite.importer.bibtex;

/** The shared collecting sink, under the name this package's tests use. */
class CollectingSink extends org.clinicite.importer.testing.CollectingSink {
}
