package org.clinicite.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.concurrent.CountDownLatch;

/**
 * {@code clinicite serve}: the JSON API under {@code /api} (described by
 * {@code /api/openapi.json}) and the web page at {@code /}, in one Javalin (Jetty)
 * process over shared {@link AppServices}. Handlers only read parameters and call the
 * services; errors are {@link ApiError} JSON.
 *
 * <pre>
 * AppServices services = AppServices.open(database, vocabulary, indexDir);
 * ClinicServer server = ClinicServer.start(services, "127.0.0.1", 8080, token); // token null: import off
 * server.awaitStop();
 * </pre>
 */
public final class ClinicServer implements AutoCloseable {
    /** Largest upload accepted by {@code POST /api/import}. */
    public static final long MAX_UPLOAD_BYTES = 64L * 1024 * 1024;

    private final Javalin javalin;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private ClinicServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /**
     * Starts serving on {@code host:port} (port 0 picks a free one, see {@link #port()}).
     *
     * @param importToken the bearer token {@code POST /api/import} requires; null or blank disables import
     */
    public static ClinicServer start(AppServices services, String host, int port, String importToken) {
        ImportGuard guard = new ImportGuard(importToken);
        Javalin app = Javalin.create(config -> configure(config, services, guard));
        app.start(host, port);
        return new ClinicServer(app);
    }

    private static void configure(JavalinConfig config, AppServices services, ImportGuard guard) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = MAX_UPLOAD_BYTES;
        config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_BYTES, io.javalin.config.SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_BYTES, io.javalin.config.SizeUnit.BYTES);
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
        });
        config.routes.before(SecurityHeaders::apply);
        ErrorMapping.install(config.routes);
        Routes.install(config.routes, services, guard);
    }

    /** The port actually bound. */
    public int port() {
        return javalin.port();
    }

    /** Blocks until {@link #stop()} (for the command line's {@code serve}). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops serving; the services stay open (they belong to the caller). */
    public void stop() {
        try {
            javalin.stop();
        } finally {
            stopped.countDown();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
