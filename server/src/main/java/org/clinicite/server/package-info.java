/**
 * {@code clinicite serve}: the JSON API and the web page, one Javalin (Jetty 12) process over
 * the same services the command line uses.
 *
 * <h2>Reading guide</h2>
 * <ul>
 *   <li>{@link org.clinicite.server.ClinicServer} builds and starts the app: static page from
 *       {@code /web} on the classpath, security headers, error mapping, routes.</li>
 *   <li>{@link org.clinicite.server.AppServices} is everything request threads share, and why it
 *       is safe to share (see its Javadoc); index catch-up runs under one lock; searches look for
 *       other instances' writes at most every 250 ms and answer from the index when the database
 *       cannot be reached.</li>
 *   <li>{@code Routes} lists the endpoints; one small handler class per group
 *       ({@code SearchApi}, {@code SuggestApi}, {@code StudyApi}, {@code CitationApi},
 *       {@code SummaryApi}, {@code ImportApi}) reads parameters ({@code Params}) and calls a
 *       service. No business logic lives here.</li>
 *   <li>Errors: {@code ApiException} (status + message) and the services' own exceptions map to
 *       {@link org.clinicite.server.ApiError} JSON in {@code ErrorMapping}: bad parameters are
 *       400, unknown studies 404, import without a configured token 403, with a wrong one 401;
 *       only a bug is a 500.</li>
 *   <li>{@code openapi.json} (resource beside this package) is written by hand and served at
 *       {@code /api/openapi.json}; {@code ApiTest} checks that every route is in it.</li>
 * </ul>
 *
 * <h2>The page</h2>
 * Plain HTML, CSS and JavaScript modules in {@code src/main/resources/web}: no build step.
 * News text and imported fields are untrusted: every value from the API becomes a text node
 * ({@code dom.js}: {@code el}, {@code highlighted} turns «…» into {@code <mark>} elements,
 * {@code safeLink} links only http(s) URLs); nothing is assigned to {@code innerHTML}. The
 * Content-Security-Policy allows scripts from this origin only, as a second line.
 */
package org.clinicite.server;
