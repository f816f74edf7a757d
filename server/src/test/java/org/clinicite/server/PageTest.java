package org.clinicite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page in a real headless Chromium: search and facets, a study, citing, downloading, importing, untrusted text. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageTest {
    @TempDir
    static Path dir;
    private ServerFixture server;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path downloads;

    @BeforeAll
    void start() throws Exception {
        Browser.requireInstalled();
        server = new ServerFixture("h2", Files.createDirectories(dir.resolve("server")), ServerFixture.TOKEN);
        downloads = Files.createDirectories(dir.resolve("downloads"));
        driver = Browser.start(Files.createDirectories(dir.resolve("profile")), downloads);
        Browser.grantClipboard(driver, server.base());
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void fullSize() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    private void search(String query) {
        driver.get(server.base() + "/");
        WebElement q = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        q.clear();
        q.sendKeys(query, Keys.ENTER);
        waitForResults(query);
    }

    /** Until the results on screen are those of {@code query} and no search is running. */
    private void waitForResults(String query) {
        wait.until(d -> {
            WebElement results = d.findElement(By.id("results"));
            return query.equals(results.getDomAttribute("data-query"))
                    && "false".equals(results.getDomAttribute("aria-busy"));
        });
    }

    private List<WebElement> hits() {
        return driver.findElements(By.cssSelector("#result-list > li.hit"));
    }

    @Test
    @Order(1)
    void searchThenFilterByAFacet() throws Exception {
        search("has:outcomes");
        int before = hits().size();
        assertTrue(before >= 2, "several studies with outcomes: " + before);
        WebElement qualitative = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("input[data-drill='design:qualitative']")));
        qualitative.click();
        wait.until(d -> d.getCurrentUrl().contains("drill=design"));
        waitForResults("has:outcomes");
        wait.until(d -> hits().size() == 1);
        assertEquals("1 study", driver.findElement(By.id("result-count")).getText());
        WebElement hit = hits().get(0);
        assertTrue(hit.getText().contains("Perceived Benefits of MDMA-Assisted Psychotherapy"), hit.getText());
        assertTrue(hit.findElement(By.cssSelector(".outcomes li")).getText().startsWith("15/19 (79%)"));
        assertTrue(driver.findElement(By.cssSelector("input[data-drill='design:qualitative']")).isSelected());
        screenshots();
    }

    /** The search page with results at desktop and phone width, for a person to look at. */
    private void screenshots() throws Exception {
        search("\"self-awareness\" OR placebo OR vaccine");
        wait.until(d -> d.findElement(By.id("plot-figure")).isDisplayed());
        wait.until(d -> (Boolean) driver.executeScript("return document.getElementById('plot-image').complete"));
        wait.until(d -> !d.findElement(By.id("citation-output")).getDomProperty("value").startsWith("Formatting"));
        fitHeight(1280);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of("/tmp/clinicite-page.png"),
                StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(375, 812));
        driver.navigate().refresh(); // as a phone loads it: the filters start folded
        waitForResults("\"self-awareness\" OR placebo OR vaccine");
        Long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of("/tmp/clinicite-page-phone.png"),
                StandardCopyOption.REPLACE_EXISTING);
        assertEquals(0L, overflow, "no horizontal scrolling at 375 px");
    }

    /** A window as tall as the page, so the screenshot shows all of it. */
    private void fitHeight(int width) throws InterruptedException {
        Long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(4000, height + 140)));
        Thread.sleep(300);
    }

    @Test
    @Order(2)
    void openAStudy() {
        search("substance:ecstasy");
        hits().get(0).findElement(By.cssSelector("a.study-link")).click();
        WebElement study = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("study-view")));
        wait.until(d -> !study.findElements(By.cssSelector(".writeup")).isEmpty());
        assertTrue(study.findElement(By.id("study-title")).getText().startsWith("Perceived Benefits"));
        assertTrue(study.getText().contains("Barone, William; Beck, Jerome"), study.getText());
        assertTrue(study.getText().contains("15/19 (79%) > 30% reduction in symptoms"), study.getText());
        WebElement claim = study.findElement(By.cssSelector(".writeup .claim.agrees"));
        assertTrue(claim.getText().contains("15 of 19") && claim.getText().contains("agrees"), claim.getText());
        assertTrue(study.getText().contains("PsyPost · 2020-03-23 · by Christian Rigg"), study.getText());

        search("nct:NCT03418623");
        hits().get(0).findElement(By.cssSelector("a.study-link")).click();
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".identifiers a")));
        assertEquals("https://clinicaltrials.gov/study/NCT03418623", link.getAttribute("href"));
        driver.navigate().back();
        wait.until(d -> d.findElement(By.id("results")).isDisplayed());
    }

    @Test
    @Order(3)
    void copyAnApaCitation() {
        search("substance:ecstasy");
        hits().get(0).findElement(By.cssSelector(".pick input")).click();
        WebElement style = driver.findElement(By.id("style"));
        style.clear();
        style.sendKeys("apa");
        driver.findElement(By.id("cite-button")).click();
        wait.until(d -> d.findElement(By.id("citation-output")).getDomProperty("value").startsWith("Barone"));
        driver.findElement(By.id("copy-button")).click();
        wait.until(d -> "Copied".equals(d.findElement(By.id("copy-status")).getText()));
        String clipboard = (String) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('ERR ' + e));");
        assertTrue(clipboard.startsWith("Barone, W., Beck, J., Mitsunaga-Whitten, M., & Perl, P."), clipboard);
        assertTrue(clipboard.contains("Journal of Psychoactive Drugs"), clipboard);
    }

    @Test
    @Order(4)
    void downloadBibtex() throws Exception {
        search("substance:ecstasy");
        wait.until(d -> d.findElement(By.id("dl-bibtex")).getAttribute("href") != null);
        driver.findElement(By.id("dl-bibtex")).click();
        Path file = downloads.resolve("clinicite.bib");
        wait.until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve("clinicite.bib.crdownload")));
        String bib = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(bib.startsWith("@article{"), bib);
        assertTrue(bib.contains("Perceived Benefits of MDMA-Assisted Psychotherapy"), bib);
    }

    @Test
    @Order(5)
    void importWithTheTokenAndShowUntrustedTextAsText() throws Exception {
        driver.get(server.base() + "/");
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-panel")));
        panel.findElement(By.id("import-token")).sendKeys(ServerFixture.TOKEN);
        panel.findElement(By.id("import-files")).sendKeys(ServerFixture.hostileArticle(dir).toString());
        panel.findElement(By.cssSelector("#import-form button[type=submit]")).click();
        WebElement report = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#import-report li.summary")));
        assertTrue(report.getText().contains("0 rejected"), report.getText());
        String reportText = driver.findElement(By.id("import-report")).getText();
        assertTrue(reportText.contains("hostile-article.txt"), reportText);

        search("\"first responders\" has:news");
        hits().get(0).findElement(By.cssSelector("a.study-link")).click();
        wait.until(d -> d.findElements(By.cssSelector("#study-view .writeup")).size() == 2);
        List<String> headlines = driver.findElements(By.cssSelector("#study-view .headline")).stream()
                .map(WebElement::getText).toList();
        assertTrue(headlines.contains(ServerFixture.HOSTILE_HEADLINE), "the headline shows as text: " + headlines);
        assertTrue(driver.findElement(By.id("study-view")).getText().contains("<script>window.__xss=3</script>"));
        assertEquals(0L, driver.executeScript("return document.querySelectorAll("
                + "'#study-view script, #study-view img, #study-view b, #study-view i, #study-view [onerror], #study-view [onmouseover]').length"));
        assertNull(driver.executeScript("return window.__xss === undefined ? null : window.__xss"), "no injected script ran");
        assertFalse(driver.getPageSource().contains("<img src=\"x\""));
    }

    @Test
    @Order(6)
    void keyboardOnlySearch() {
        driver.get(server.base() + "/");
        WebElement q = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        q.sendKeys("substance:ecstasy");
        q.sendKeys(Keys.ENTER);
        waitForResults("substance:ecstasy");
        assertEquals(1, hits().size());
        assertEquals("q", driver.switchTo().activeElement().getAttribute("id"), "focus stays in the search box");
        for (String id : new String[] {"q", "style", "import-token"}) {
            WebElement input = driver.findElement(By.id(id));
            assertFalse(driver.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty(), "label for " + id);
            assertTrue(input.isDisplayed());
        }
    }
}
