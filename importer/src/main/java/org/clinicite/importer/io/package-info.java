/**
 * Input plumbing shared by the importers: {@link org.clinicite.importer.io.InputFiles}
 * (buffered, gzip-transparent, strict UTF-8) and {@link org.clinicite.importer.io.SafeXml}
 * (StAX with DTDs and external entities off).
 */
package org.clinicite.importer.io;
