package nl.mensenhandel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard end to end in headless Chromium (issue 11 §8) against the running platform: the page through
 * the gateway sends the browser to Keycloak's login; after logging in as the Zaanstreek-Waterland
 * beleidsregisseur the dashboard shows a chart drawn from the demo data; for the public audience the small
 * numbers read "&lt;5"; no token is anywhere the page's scripts can reach (page, cookies, storage). The
 * screenshot is the README's ({@code docs/images/monitor-dashboard.png}). The monitor-lezer of Kennemerland sees
 * Kennemerland's monitor and nothing of Zaanstreek-Waterland.
 */
@ExtendWith(RunningPlatform.class)
class DashboardIT {

    /** A JWT (header.payload.…): what an access, id or refresh token of Keycloak looks like. */
    static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}");

    @TempDir
    Path profile;

    @Test
    void logInSeeAChartWithDataAndSuppressedSmallNumbersWithoutATokenInTheBrowser() throws Exception {
        inBrowser(DashboardIT::walkThrough);
    }

    /** The monitor-lezer of another region sees their own region's monitor, nothing of Zaanstreek-Waterland. */
    @Test
    void theMonitorReaderOfKennemerlandSeesKennemerlandOnly() throws Exception {
        inBrowser(browser -> {
            logIn(browser, "monitor.kennemerland");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(b -> "REGIO".equals(b.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
            assertThat(browser.findElement(By.id("region-name")).getText()).containsIgnoringCase("kennemerland");
            String tables = browser.findElement(By.id("tables")).getText();
            assertThat(tables).contains("Heemstede").doesNotContain("Zaanstad", "Oostzaan", "Purmerend");
        });
    }

    interface BrowserSteps {
        void run(ChromeDriver browser) throws Exception;
    }

    private void inBrowser(BrowserSteps steps) throws Exception {
        ChromeDriver browser = Chromium.start(profile, 1400, 2000);
        try {
            steps.run(browser);
        } catch (RuntimeException | AssertionError e) {
            // what the browser showed, for the failure report
            Path target = RunningPlatform.root().resolve("system-tests/target");
            Files.createDirectories(target);
            Files.write(target.resolve("dashboard-failure.png"), browser.getScreenshotAs(OutputType.BYTES));
            Files.writeString(target.resolve("dashboard-failure.html"), browser.getPageSource());
            throw new AssertionError("dashboard test failed at " + browser.getCurrentUrl()
                    + " (screenshot and page: system-tests/target/dashboard-failure.*)", e);
        } finally {
            browser.quit();
        }
    }

    /** Opens the dashboard, is sent to Keycloak's login for the gateway's client, logs in and is back. */
    private static void logIn(ChromeDriver browser, String username) {
        // a just-started Keycloak renders its first login page slowly on a busy machine
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        browser.get(RunningPlatform.gatewayUrl() + "/dashboard/");

        // Keycloak's login page of the realm, for the gateway's client
        wait.until(b -> b.getCurrentUrl().startsWith(RunningPlatform.keycloakUrl() + "/realms/"
                + RunningPlatform.realm() + "/protocol/openid-connect/auth"));
        assertThat(browser.getCurrentUrl()).contains("client_id=gateway");
        wait.until(b -> !b.findElements(By.id("username")).isEmpty());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();

        // back on the dashboard; the page keeps its filters in the address (/dashboard/?audience=REGIO&…)
        wait.until(b -> b.getCurrentUrl().startsWith(RunningPlatform.gatewayUrl() + "/dashboard/"));
    }

    private static void walkThrough(ChromeDriver browser) throws Exception {
        logIn(browser, "regisseur.zaanstreek");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        // figures for the region's own audience
        wait.until(b -> "REGIO".equals(b.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
        assertThat(browser.findElement(By.id("region-name")).getText()).containsIgnoringCase("Zaanstreek");
        WebElement bar = wait.until(b -> b.findElements(By.cssSelector("#charts svg rect.bar")).stream()
                .filter(rect -> Double.parseDouble(rect.getDomAttribute("data-value")) > 0)
                .findFirst().orElse(null));
        assertThat(Double.parseDouble(bar.getDomAttribute("height"))).isPositive();
        assertThat(browser.findElements(By.cssSelector("table.figures th[scope=col]"))).isNotEmpty();

        // the public audience: small numbers suppressed, shown as <5 with an explanation
        new Select(browser.findElement(By.id("audience"))).selectByValue("PUBLIEK");
        wait.until(b -> "PUBLIEK".equals(b.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
        List<WebElement> suppressed = browser.findElements(By.cssSelector("table.figures td.cell-suppressed"));
        assertThat(suppressed).extracting(WebElement::getText).contains("<5");
        WebElement small = suppressed.stream().filter(cell -> cell.getText().equals("<5")).findFirst().orElseThrow();
        assertThat(small.getDomAttribute("title")).startsWith("Onderdrukt");

        // the tokens stay at the gateway: none in the page, in a cookie a script can read, or in storage
        assertThat(browser.getPageSource()).doesNotContainPattern(JWT);
        for (String script : List.of("return document.cookie", "return JSON.stringify(window.localStorage)",
                "return JSON.stringify(window.sessionStorage)", "return document.documentElement.outerHTML")) {
            assertThat(String.valueOf(browser.executeScript(script))).as(script).doesNotContainPattern(JWT);
        }
        assertThat(String.valueOf(browser.executeScript("return document.cookie"))).doesNotContain("SESSION");
        for (Cookie cookie : browser.manage().getCookies()) {
            assertThat(cookie.getValue()).as(cookie.getName()).doesNotContainPattern(JWT);
            if (cookie.getName().equals("SESSION")) {
                assertThat(cookie.isHttpOnly()).as("session cookie HttpOnly").isTrue();
            }
        }

        Path screenshot = RunningPlatform.root().resolve("system-tests/target/dashboard.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
        Path readmeImage = RunningPlatform.root().resolve("docs/images/monitor-dashboard.png");
        Files.createDirectories(readmeImage.getParent());
        Files.copy(screenshot, readmeImage, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("[system-tests] dashboard screenshot: " + screenshot + " (copied to " + readmeImage + ")");
    }
}
