package org.clinicite.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Debian Chromium driven by its chromedriver, with a fresh profile and a download
 * directory. Without the browser the tests fail when {@code CI=true} and are skipped otherwise.
 */
final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    static void requireInstalled() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian packages chromium and chromium-driver)";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + missing + " are not installed");
        }
        Assumptions.assumeTrue(present, missing + ": skipped outside CI");
    }

    static ChromeDriver start(Path profile, Path downloads) {
        requireInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("safebrowsing.enabled", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString(), "eventsEnabled", true));
        return driver;
    }

    /** Lets the page read and write the clipboard (a user gesture alone is not enough headless). */
    static void grantClipboard(ChromeDriver driver, String origin) {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }
}
