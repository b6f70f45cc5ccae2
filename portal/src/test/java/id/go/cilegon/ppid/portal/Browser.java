package id.go.cilegon.ppid.portal;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven by Selenium: Debian's {@code chromium} and {@code chromium-driver} (the paths are
 * {@code ppid.browser.chromium} and {@code ppid.browser.chromedriver}), which {@code .ci/run} installs. Never
 * downloads a browser; without one the tests fail rather than skip.
 */
public final class Browser implements AutoCloseable {

    /** A phone (360 x 740) and a desktop (1280 x 900) screen. */
    public enum Screen {
        PHONE(360, 740),
        DESKTOP(1280, 900);

        final int width;
        final int height;

        Screen(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser open(Screen screen) {
        String chromium = System.getProperty("ppid.browser.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("ppid.browser.chromedriver", "/usr/bin/chromedriver");
        if (!new File(chromium).canExecute() || !new File(chromedriver).canExecute()) {
            throw new IllegalStateException("No browser for the browser tests: install Debian's chromium and "
                    + "chromium-driver (apt-get install -y chromium chromium-driver), as .ci/run does");
        }
        try {
            Path profile = Files.createTempDirectory("ppid-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            // Headless as root on a machine without outside network: no sandbox, and none of Chromium's calls home.
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--hide-scrollbars",
                    "--force-device-scale-factor=1",
                    "--window-size=" + screen.width + "," + screen.height,
                    "--user-data-dir=" + profile);
            // A headless window is never narrower than 500 px: the screen's size is emulated instead.
            options.setExperimentalOption(
                    "mobileEmulation",
                    java.util.Map.of(
                            "deviceMetrics",
                            java.util.Map.of("width", screen.width, "height", screen.height, "pixelRatio", 1.0)));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(chromedriver))
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                    file,
                    StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's serious and critical WCAG 2.1 A/AA violations on the current page, described for a message. */
    public List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .toList();
    }

    /** The page's width beyond the screen's, in CSS pixels: 0 when nothing makes it scroll sideways. */
    public long overflow() {
        return (Long)
                driver.executeScript("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
