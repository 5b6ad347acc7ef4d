package nl.mensenhandel.systemtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests, from the system's packages — Debian {@code chromium} and
 * {@code chromium-driver} — never downloaded by Selenium: the browser binary and the driver executable are
 * given explicitly, so Selenium Manager is not invoked. When they are missing and the test runs as root, they
 * are installed with apt-get; otherwise the test FAILS naming the packages (a browser test that silently
 * skips proves nothing in CI).
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final List<String> PACKAGES = List.of("chromium", "chromium-driver");

    private Chromium() {
    }

    /** A fresh headless browser with its own profile directory {@code userDataDir}. */
    static ChromeDriver start(Path userDataDir, int width, int height) {
        ensureInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + userDataDir.toAbsolutePath(),
                "--window-size=" + width + "," + height, "--lang=nl-NL");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    static void ensureInstalled() {
        if (installed()) {
            return;
        }
        String missing = "the browser test needs " + BROWSER + " and " + DRIVER + " (Debian packages "
                + String.join(" and ", PACKAGES) + ")";
        if (!runningAsRoot()) {
            throw new AssertionError(missing + ": install them with `sudo apt-get install -y "
                    + String.join(" ", PACKAGES) + "` (run as root, the test installs them itself)");
        }
        System.out.println("[system-tests] " + missing + ": installing them with apt-get");
        if (apt("install", "-y", PACKAGES.get(0), PACKAGES.get(1)) != 0) {
            apt("update");
            apt("install", "-y", PACKAGES.get(0), PACKAGES.get(1));
        }
        if (!installed()) {
            throw new AssertionError(missing + ", and `apt-get install -y " + String.join(" ", PACKAGES)
                    + "` did not provide them (see the apt-get output above)");
        }
    }

    private static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    private static boolean runningAsRoot() {
        try {
            Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String uid = new String(id.getInputStream().readAllBytes()).trim();
            return id.waitFor() == 0 && "0".equals(uid);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int apt(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("apt-get"));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            System.out.println("[system-tests] apt-get could not run: " + e.getMessage());
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
