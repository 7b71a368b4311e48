package dev.preflight.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.preflight.Validators;
import dev.preflight.jakarta.client.BearerTokenSupplier;
import dev.preflight.jakarta.client.ClientSettings;
import dev.preflight.jakarta.client.EntitiesApi;
import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.jakarta.client.NexudusRateLimitedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The simulator's console in a real browser: headless Chromium driven by Selenium WebDriver, with
 * Chromium and its driver from Debian's packages ({@code .ci/run} installs them; nothing is
 * downloaded at run time). Seeds a record and injects a fault through the page, watches a client
 * call fail with that fault, and finds the recorded request on the page. The screenshot is kept at
 * {@code target/simulator-console.png}. Where the browser is not installed the test is skipped,
 * unless {@code PREFLIGHT_REQUIRE_BROWSER=1} (as in CI), where it fails.
 */
class SimulatorConsoleBrowserTest {
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Duration PATIENCE = Duration.ofSeconds(15);

  private NexudusSimulatorServer nexudus;
  private WebDriver browser;

  @BeforeEach
  void start() {
    boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    if (!installed && "1".equals(System.getenv("PREFLIGHT_REQUIRE_BROWSER"))) {
      throw new AssertionError("Chromium and its driver are required here: apt-get install chromium chromium-driver");
    }
    Assumptions.assumeTrue(installed, "Chromium is not installed (apt-get install chromium chromium-driver)");
    nexudus = NexudusSimulatorServer.start();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
            "--window-size=1280,1000");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (nexudus != null) {
      nexudus.close();
    }
  }

  @Test
  void aRecordSeededAndAFaultInjectedThroughThePageReachTheClientAndTheRequestShowsOnThePage() throws Exception {
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    browser.get(nexudus.uri() + "/_simulator");
    assertThat(browser.getTitle()).isEqualTo("Nexudus simulator");

    type("seed-entity", "bookings");
    type("seed-json", "{\"Id\": 5, \"ResourceId\": 7, \"Notes\": \"window seat\"}");
    browser.findElement(By.id("seed")).click();
    wait.until(ExpectedConditions.textToBe(By.id("message"), "Seeded bookings 5."));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entities"), "/api/spaces/bookings"));

    new Select(browser.findElement(By.id("fault-kind"))).selectByValue("throttle");
    type("fault-status", "429");
    type("fault-retry", "30");
    browser.findElement(By.id("inject")).click();
    wait.until(ExpectedConditions.textToBe(By.id("message"),
        "The next 1 request(s) will be answered: 429 (Retry-After 30 s)."));

    assertThat(nexudus.simulator().documents("bookings")).containsOnlyKeys(5L);
    EntitiesApi api = RestClientBuilder.newBuilder().baseUri(nexudus.uri()).build(EntitiesApi.class);
    try (NexudusEntities client = NexudusEntities.of(api, Validators.standard(), ClientSettings.DEFAULTS,
        BearerTokenSupplier.fixed(NexudusSimulator.EDITOR_TOKEN))) {
      NexudusRateLimitedException throttled = catchThrowableOfType(NexudusRateLimitedException.class,
          () -> client.records("bookings").get(5));
      assertThat(throttled.retryAfter()).contains(Duration.ofSeconds(30));
      assertThat(client.records("bookings").get(5).value("Notes").orElseThrow().toString()).isEqualTo("\"window seat\"");
    } finally {
      ((AutoCloseable) api).close();
    }

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-count"), "(2)"));
    String requests = browser.findElement(By.id("requests")).getText();
    assertThat(requests).contains("GET /api/spaces/bookings/5 429", "GET /api/spaces/bookings/5 200")
        .contains("window seat");
    assertThat(browser.findElement(By.id("fault")).getText()).isEqualTo("none");

    Path screenshot = Path.of("target", "simulator-console.png");
    Files.createDirectories(screenshot.getParent());
    Files.copy(((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(), screenshot,
        StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(screenshot)).isGreaterThan(10_000);
  }

  /** Replaces what the field with this id holds with {@code text}, as a user types it. */
  private void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }
}
