package org.clinicite.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.clinicite.importer.ImportListener;
import org.clinicite.importer.ImportReport;
import org.clinicite.importer.ImportReportJson;
import org.clinicite.importer.ImportService;
import org.clinicite.importer.Importers;

/**
 * {@code POST /api/import}: multipart {@code files} (and optional {@code format}) stored
 * through {@link ImportService} exactly as {@code clinicite import} does, then the index
 * catches up. Allowed only with {@code Authorization: Bearer TOKEN} when the server was
 * started with a token (see {@link ImportGuard}). Uploads go to a temporary directory
 * that is deleted afterwards.
 */
final class ImportApi {
    private final AppServices app;
    private final ImportGuard guard;

    ImportApi(AppServices app, ImportGuard guard) {
        this.app = app;
        this.guard = guard;
    }

    void upload(Context ctx) throws IOException {
        guard.check(ctx.header("Authorization"));
        String format = ctx.formParam("format");
        format = format == null || format.isBlank() ? Importers.AUTO : format.strip();
        if (!Importers.AUTO.equalsIgnoreCase(format) && app.importers().byId(format).isEmpty()) {
            throw ApiException.badRequest("unknown format '" + format + "'; known: auto, " + app.importers().ids());
        }
        List<UploadedFile> uploads = ctx.uploadedFiles("files");
        if (uploads.isEmpty()) {
            throw ApiException.badRequest("no files: send multipart/form-data with one or more 'files' parts");
        }
        Path dir = Files.createTempDirectory("clinicite-upload");
        try {
            List<Path> files = save(uploads, dir);
            ImportReport report = new ImportService(app.database(), app.importers(), ImportListener.SILENT)
                    .importFiles(files, format);
            app.catchUp();
            // files by the names the user sent, reasons without the server's temporary directory
            JsonBody.send(ctx, ImportReportJson.toJson(report, ImportApi::uploadedName,
                    reason -> reason.replace(dir.toString(), "upload")));
        } finally {
            deleteTree(dir);
        }
    }

    /** The uploaded file's name, not where the server kept it. */
    private static String uploadedName(String file) {
        Path p = Path.of(file).getFileName();
        return p == null ? file : p.toString();
    }

    /** Each upload in its own directory under its own (cleaned) name, so reports name the file the user sent. */
    private static List<Path> save(List<UploadedFile> uploads, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            UploadedFile u = uploads.get(i);
            Path target = Files.createDirectory(dir.resolve(String.valueOf(i))).resolve(cleanName(u.filename()));
            try (InputStream in = u.content()) {
                Files.copy(in, target);
            }
            files.add(target);
        }
        return files;
    }

    static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "");
        return base.isEmpty() ? "upload" : base.substring(0, Math.min(base.length(), 120));
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove upload directory " + dir, e);
        }
    }
}
