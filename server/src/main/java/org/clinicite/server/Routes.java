package org.clinicite.server;

import io.javalin.config.RoutesConfig;

/** The API's endpoints, each delegating to one small handler class. Keep in step with openapi.json. */
final class Routes {
    private Routes() {
    }

    static void install(RoutesConfig r, AppServices services, ImportGuard guard) {
        SearchApi search = new SearchApi(services);
        SuggestApi suggest = new SuggestApi(services);
        StudyApi studies = new StudyApi(services);
        CitationApi citations = new CitationApi(services);
        SummaryApi summary = new SummaryApi(services);
        ImportApi imports = new ImportApi(services, guard);
        OpenApi openApi = new OpenApi(guard);

        r.get("/api/openapi.json", openApi::serve);
        r.get("/api/config", openApi::config);
        r.get("/api/search", search::search);
        r.get("/api/suggest", suggest::suggest);
        r.get("/api/studies/{id}", studies::show);
        r.get("/api/cite", citations::cite);
        r.get("/api/export", citations::export);
        r.get("/api/styles", citations::styles);
        r.get("/api/summary", summary::summary);
        r.get("/api/summary/forest.svg", summary::forestPlot);
        r.post("/api/import", imports::upload);
    }
}
