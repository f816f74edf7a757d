package org.clinicite.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** A multipart/form-data body of files in the part {@code files}, for HttpClient. */
final class Multipart {
    final String boundary = "----clinicite" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    static Multipart of(List<Path> files) throws IOException {
        Multipart m = new Multipart();
        for (Path f : files) {
            m.part("files", f.getFileName().toString(), Files.readAllBytes(f));
        }
        return m;
    }

    Multipart part(String name, String filename, byte[] content) throws IOException {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"")
                + "\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.write(head.getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        return this;
    }

    HttpRequest.BodyPublisher publisher() {
        byte[] bytes = (body.toString(StandardCharsets.ISO_8859_1) + "--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        return HttpRequest.BodyPublishers.ofByteArray(bytes);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }
}
