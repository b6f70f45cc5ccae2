package id.go.cilegon.ppid.portal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.contracts.index.Period;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The public pages as a person uses them, in a real headless Chromium: every page in both languages on a phone and a
 * desktop screen with no serious accessibility fault (axe-core), the main path by keyboard alone, and a dashboard
 * left open that shows a new score without being reloaded. Screenshots under {@code target/screenshots/}.
 */
@QuarkusTest
@QuarkusTestResource(PortalResource.class)
class PublicPagesBrowserTest {

    private static final Period ROLLING = Period.rolling90Days();

    @TestHTTPResource("/")
    URI root;

    @BeforeEach
    void index() {
        IndexEvents.publishFixture();
        IndexEvents.publish(IndexEvents.opd("DISHUB", ROLLING, 41.0));
    }

    @Test
    void everyPageInBothLanguagesOnAPhoneAndADesktopWithoutSeriousAccessibilityFaults() {
        List<String> faults = new ArrayList<>();
        for (Browser.Screen screen : Browser.Screen.values()) {
            try (Browser browser = Browser.open(screen)) {
                for (String lang : List.of("id", "en")) {
                    for (String page : List.of("", "indeks", "opd/DLH", "panduan", "laporan/2026")) {
                        browser.driver()
                                .get(root.resolve("/" + page + "?lang=" + lang).toString());
                        await().atMost(Duration.ofSeconds(30))
                                .until(() -> !browser.driver()
                                                .findElements(By.cssSelector("main h1"))
                                                .isEmpty()
                                        && (!page.equals("indeks")
                                                || browser.driver()
                                                        .getPageSource()
                                                        .contains("DISKOMINFO")));
                        String name =
                                (page.isEmpty() ? "home" : page.replace('/', '-')) + "-" + lang + "-" + screen.width;
                        browser.screenshot(name);
                        assertEquals(
                                lang,
                                browser.driver().findElement(By.tagName("html")).getAttribute("lang"),
                                name);
                        browser.seriousAccessibilityViolations().forEach(v -> faults.add(name + ": " + v));
                        if (browser.overflow() > 0) {
                            faults.add(name + ": wider than the screen by " + browser.overflow() + " px");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), faults);
    }

    /** The main path by keyboard alone: skip to the content, then through the menu to the dashboard. */
    @Test
    void theMainPathWorksByKeyboardAlone() {
        try (Browser browser = Browser.open(Browser.Screen.DESKTOP)) {
            browser.driver().get(root.resolve("/?lang=id").toString());
            WebElement body = browser.driver().findElement(By.tagName("body"));
            body.sendKeys(Keys.TAB);
            WebElement skip = browser.driver().switchTo().activeElement();
            assertEquals("Langsung ke isi", skip.getText());
            skip.sendKeys(Keys.ENTER);
            assertTrue(browser.driver().getCurrentUrl().endsWith("#isi"));

            browser.driver().get(root.resolve("/?lang=id").toString());
            WebElement focused = browser.driver().findElement(By.tagName("body"));
            for (int i = 0; i < 6 && !"Indeks keterbukaan".equals(focused.getText()); i++) {
                focused.sendKeys(Keys.TAB);
                focused = browser.driver().switchTo().activeElement();
            }
            assertEquals("Indeks keterbukaan", focused.getText(), "the menu is reachable by Tab");
            focused.sendKeys(Keys.ENTER);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> browser.driver().getCurrentUrl().endsWith("/indeks"));
            browser.screenshot("keyboard-dashboard");
        }
    }

    /** index-service publishes a new value (after a decision, say): the open page shows it, without a reload. */
    @Test
    void aNewScoreReachesAnOpenDashboardWithoutReload() {
        try (Browser browser = Browser.open(Browser.Screen.DESKTOP)) {
            browser.driver().get(root.resolve("/indeks?lang=id").toString());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> browser.driver().getPageSource().contains("opd-DISHUB"));
            browser.driver().executeScript("window.ppidSamePage = 'yes';");

            await().atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        IndexEvents.publish(IndexEvents.opd("DISHUB", ROLLING, 86.0));
                        return "86,0"
                                .equals(browser.driver()
                                        .findElement(By.cssSelector("#opd-DISHUB td.score"))
                                        .getText());
                    });

            assertEquals("yes", browser.driver().executeScript("return window.ppidSamePage;"), "not reloaded");
            // the rows are swapped whole on each update: read them afresh
            await().atMost(Duration.ofSeconds(5))
                    .ignoreExceptions()
                    .until(() -> "Menuju Informatif"
                            .equals(browser.driver()
                                    .findElement(By.cssSelector("#opd-DISHUB .band"))
                                    .getText()));
            browser.screenshot("dashboard-live-update");
        }
    }
}
