package nl.mensenhandel.systemtest;

import static nl.mensenhandel.systemtest.MeldrouteIT.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 12 §7: a care provider's engineer reads the contracts through the gateway without an account — the Swagger UI
 * page, every contract of api-specs/ with its operations, common.yaml beside them; and in a real browser (headless
 * Chromium, under the page's Content-Security-Policy) the coordination API renders its operations.
 */
@ExtendWith(RunningPlatform.class)
class ApiDocsIT {

    @TempDir
    Path profile;

    @Test
    void thePageIsOpenWithoutAnAccount() {
        Api.Response page = Api.get(url("/docs/api/"), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(page.body()).contains("swagger-initializer.js");
        assertThat(Api.get(url("/docs/api/swagger-initializer.js"), null).body())
                .contains("specs/care-coordination-service.yaml");
    }

    @Test
    void everyContractIsServedWithAllItsOperations() throws IOException {
        List<Path> contracts = contracts();
        assertThat(contracts).extracting(p -> p.getFileName().toString())
                .contains("care-coordination-service.yaml", "common.yaml", "signal-service.yaml");
        for (Path contract : contracts) {
            String name = contract.getFileName().toString();
            Api.Response served = Api.get(url("/docs/api/specs/" + name), null);
            assertThat(served.status()).as(name).isEqualTo(200);
            String[] operations = operationIds(Files.readString(contract));
            if (name.equals("common.yaml")) {
                // shared components only, no operations
                assertThat(served.body()).as(name).contains("components:").isEqualTo(Files.readString(contract));
            } else {
                assertThat(operations).as(name + " in the repository").isNotEmpty();
                assertThat(served.body()).as(name).contains(operations);
            }
        }
        assertThat(Api.get(url("/docs/api/specs/care-coordination-service.yaml"), null).body())
                .contains("operationId: requestPlacement", "operationId: publishCapacity", "./common.yaml#/");
    }

    @Test
    void theCoordinationApiRendersInABrowser() throws Exception {
        ChromeDriver browser = Chromium.start(profile, 1400, 2000);
        try {
            browser.get(url("/docs/api/"));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            // the first contract of the dropdown, its operations rendered by Swagger UI's scripts
            wait.until(b -> b.findElements(By.cssSelector(".opblock .opblock-summary-path")).stream()
                    .anyMatch(e -> e.getText().contains("/api/care/")));
            assertThat(browser.findElement(By.cssSelector(".information-container .title")).getText())
                    .isNotBlank();
            // a $ref into common.yaml resolved: no resolver error shown
            assertThat(browser.findElements(By.cssSelector(".errors-wrapper"))).isEmpty();
        } catch (RuntimeException | AssertionError e) {
            Path target = RunningPlatform.root().resolve("system-tests/target");
            Files.createDirectories(target);
            Files.write(target.resolve("api-docs-failure.png"), browser.getScreenshotAs(OutputType.BYTES));
            Files.writeString(target.resolve("api-docs-failure.html"), browser.getPageSource());
            throw new AssertionError("API documentation failed at " + browser.getCurrentUrl()
                    + " (screenshot and page: system-tests/target/api-docs-failure.*)", e);
        } finally {
            browser.quit();
        }
    }

    private static List<Path> contracts() throws IOException {
        try (Stream<Path> files = Files.list(RunningPlatform.root().resolve("api-specs"))) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("access-matrix.yaml")).sorted().toList();
        }
    }

    private static String[] operationIds(String contract) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("operationId: (\\w+)").matcher(contract);
        while (m.find()) {
            ids.add("operationId: " + m.group(1));
        }
        return ids.toArray(String[]::new);
    }
}
