package org.clinicite.citation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Walks the jar (or classes directory) that holds a known resource, e.g. the styles artifact via {@code apa.csl}.
 * Only local {@code jar:file:} and {@code file:} locations are read; nothing is fetched.
 */
final class ClasspathListing {
    private ClasspathListing() {
    }

    /** Gets each entry's name relative to the root and a stream that it must not close. */
    @FunctionalInterface
    interface EntryReader {
        void read(String name, InputStream in) throws IOException;
    }

    /** Calls {@code reader} for every entry whose name ends with {@code suffix}, beside the anchor resource. */
    static void forEach(Class<?> base, String anchor, String suffix, EntryReader reader) {
        URL url = base.getResource("/" + anchor);
        if (url == null) {
            throw new CitationException("Resource /" + anchor + " is not on the classpath: is the artifact missing?");
        }
        try {
            switch (url.getProtocol()) {
                case "jar" -> readJar(url, suffix, reader);
                case "file" -> readDirectory(Path.of(url.toURI()).getParent(), suffix, reader);
                default -> throw new CitationException("Cannot list resources at " + url + ": not a local jar or directory");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list resources beside " + url, e);
        } catch (URISyntaxException e) {
            throw new CitationException("Bad resource location " + url, e);
        }
    }

    private static void readJar(URL url, String suffix, EntryReader reader) throws IOException, URISyntaxException {
        URL jarFile = ((JarURLConnection) url.openConnection()).getJarFileURL();
        if (!"file".equals(jarFile.getProtocol())) {
            throw new CitationException("Refusing to read a non-local jar: " + jarFile);
        }
        try (ZipFile zip = new ZipFile(Path.of(jarFile.toURI()).toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().endsWith(suffix)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        reader.read(entry.getName(), in);
                    }
                }
            }
        }
    }

    private static void readDirectory(Path root, String suffix, EntryReader reader) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(suffix))::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    reader.read(root.relativize(file).toString().replace('\\', '/'), in);
                }
            }
        }
    }
}
