package dev.complaints.examples.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.cli.demo.MonthSimulation;
import dev.complaints.examples.crm.MutableClock;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.timer.SlaTimer;
import dev.complaints.sla.tracker.SlaTracker;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The pages in a real browser (headless Chromium through chromedriver) against the service with the demo month
 * loaded and a server clock the test moves: sign-in, the board's lights changing live as the clock moves, a
 * command sent from the complaint page's form reaching the open board without a reload, the language switch,
 * and a scorecard read off the page equal to the JSON download. With {@code -Dscreenshots=true} the pages are
 * also saved to {@code docs/images}.
 *
 * <p>Chromium and chromedriver are required ({@code CHROME_BIN}, {@code CHROMEDRIVER}, else the Debian paths);
 * only the environment variable {@code COMPLAINTS_NO_BROWSER} skips these tests.
 */
@SpringBootTest(classes = CrmServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PagesBrowserTest.TestClock.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesBrowserTest {
  static final String STAFF = "staff-token-0123456789";
  static final String DESK = "desk-only-token-0123456789";
  static final String IMPORT_ONLY = "import-only-token-0123456789";
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Path DIR = folder();
  /** The end of the demo month: the test clock starts there. */
  private static final Instant START = MonthSimulation.asOf(YearMonth.of(2026, 10));

  private static WebDriver driver;
  /** The complaint the tests open through the API and move through the pages. */
  private static String complaintId;

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired SlaTracker tracker;
  @Autowired BoardFeed feed;
  Http http;

  @TestConfiguration
  static class TestClock {
    @Bean
    @Primary
    MutableClock testClock() {
      return new MutableClock(START);
    }
  }

  private static Path folder() {
    try {
      return Files.createTempDirectory("crm-pages-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) throws IOException {
    Path tokens = DIR.resolve("tokens.json");
    Files.writeString(tokens, """
        [{"token":"%s","actor":"lin","roles":["CUSTOMER_SERVICE","DISPATCHER"]},
         {"token":"%s","actor":"desk-9","roles":["CUSTOMER_SERVICE"]},
         {"token":"%s","actor":"loader","roles":["IMPORT"]}]
        """.formatted(STAFF, DESK, IMPORT_ONLY));
    registry.add("complaints.security.tokens-file", tokens::toString);
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:file:" + DIR.resolve("db/complaints") + ";WRITE_DELAY=0;LOCK_TIMEOUT=5000");
    registry.add("complaints.sla.scheduler", () -> "false");
    registry.add("complaints.demo", () -> "true");
  }

  @BeforeAll
  static void browser() {
    if (System.getenv("COMPLAINTS_NO_BROWSER") != null) {
      Assumptions.abort("COMPLAINTS_NO_BROWSER is set: the browser tests are skipped");
    }
    File chromium = new File(Optional.ofNullable(System.getenv("CHROME_BIN")).orElse("/usr/bin/chromium"));
    File chromedriver = new File(Optional.ofNullable(System.getenv("CHROMEDRIVER")).orElse("/usr/bin/chromedriver"));
    assertThat(chromium).as("Chromium is needed for the browser tests (apt-get install chromium chromium-driver,"
        + " or set CHROME_BIN; COMPLAINTS_NO_BROWSER=1 skips them)").isFile();
    assertThat(chromedriver).as("chromedriver is needed for the browser tests (apt-get install chromium-driver,"
        + " or set CHROMEDRIVER)").isFile();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1366,768", "--lang=en-US", "--hide-scrollbars");
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("intl.accept_languages", "en-US,en");
    options.setExperimentalOption("prefs", prefs);
    // the browser in the malls' zone: the pages show instants in the viewer's zone
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
        .withEnvironment(Map.of("TZ", "Asia/Shanghai")).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
  }

  @AfterAll
  static void close() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    FileSystemUtils.deleteRecursively(DIR);
  }

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** A bounded wait that tries again when a live push replaced the element it was reading. */
  private static FluentWait<WebDriver> waiting() {
    return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class);
  }

  /** The text of an element the board may re-render at any moment. */
  private static String textOf(String css) {
    return waiting().until(d -> {
      WebElement e = d.findElement(By.cssSelector(css));
      return e.isDisplayed() ? e.getText() : null;
    });
  }

  private static WebElement find(String css) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  private void signIn(String token) {
    driver.manage().deleteAllCookies();
    driver.get(url("/login?lang=en"));
    find("#token").sendKeys(token);
    driver.findElement(By.id("sign-in")).click();
    waiting().until(d -> !d.getCurrentUrl().contains("/login"));
  }

  private static void screenshot(String name) {
    if (!Boolean.getBoolean("screenshots")) {
      return;
    }
    try {
      Path images = Path.of(System.getProperty("basedir", ".")).resolve("../docs/images").normalize();
      Files.createDirectories(images);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(images.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The light of the test complaint's open timer, as the server's tracker has it now. */
  private AlertLevel level() {
    return tracker.timersOf(complaintId).stream().filter(SlaTimer::isOpen).findFirst()
        .map(t -> t.levelAt(clock.instant())).orElseThrow();
  }

  /** Moves the server clock from light change to light change until the test complaint has the level. */
  private void advanceUntil(AlertLevel wanted) {
    for (int i = 0; i < 200 && level() != wanted; i++) {
      Instant next = tracker.nextChangeAt(clock.instant()).orElseThrow();
      clock.set(next);
    }
    assertThat(level()).isEqualTo(wanted);
    feed.clockMoved();
  }

  private static String row(String id) {
    return "#rows tr[data-id='" + id + "']";
  }

  @Test
  @Order(1)
  void signInTakesTheApiTokensAndTheRolesDecide() {
    driver.manage().deleteAllCookies();
    driver.get(url("/"));
    waiting().until(ExpectedConditions.urlContains("/login"));
    find("#token").sendKeys("not-a-token-of-this-service");
    driver.findElement(By.id("sign-in")).click();
    assertThat(find(".error").getText()).isEqualTo("That token is not known.");

    // a token without a workflow role signs in but sees no page
    signIn(IMPORT_ONLY);
    assertThat(driver.getPageSource()).contains("the signed-in roles do not allow this");

    signIn(STAFF);
    waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("#count-RED_3"), "data-count", "1"));
    assertThat(find(".who").getText()).isEqualTo("Signed in as lin");
    assertThat(find("#data-ends").getText()).isEqualTo("Calendar data ends 2026-12-31");
    // the demo month's most urgent timer first, its light in words beside the colour
    WebElement first = find("#rows tr");
    assertThat(first.getAttribute("data-id")).isEqualTo("C-202610-0273");
    assertThat(first.findElement(By.cssSelector("td.light")).getText()).isEqualTo("■■■ Red 3");
    assertThat(first.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
        .contains("plaza-06", "city-c", "Report upward", "MAJOR", "2d09h03m / 2h00m", "2026-10-29 09:27");
    assertThat(find("#zone").getText()).isEqualTo("Asia/Shanghai");
  }

  @Test
  @Order(2)
  void aFormCommandReachesTheOpenBoardAndTheLightsFollowTheServerClock() {
    HttpResponse<String> created = http.post("/complaints", DESK, Http.INTAKE);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    complaintId = Http.json(created).get("id").asText();

    signIn(STAFF);
    String board = driver.getWindowHandle();
    find("#rows tr");
    ((JavascriptExecutor) driver).executeScript("window.samePage = 'yes';");
    assertThat(driver.findElements(By.cssSelector(row(complaintId)))).isEmpty();

    // the complaint page in a second tab: the desk's commands as forms, personal data masked
    driver.switchTo().newWindow(WindowType.TAB);
    driver.get(url("/complaints/" + complaintId));
    assertThat(find("#complaint-node").getText()).isEqualTo("ACCEPTANCE");
    assertThat(find("#customer-view").getText()).contains("138****5678").doesNotContain("13812345678");
    assertThat(driver.getPageSource()).doesNotContain("13812345678", "zhang.sanfeng@example.com", "Zhang Sanfeng");
    find("#command-AcceptComplaint button").click();
    assertThat(find("#done").getText()).startsWith("Done: AcceptComplaint → GRADING");
    assertThat(find("#complaint-node").getText()).isEqualTo("GRADING");
    // a command the engine refuses is shown in words: grading needs a grade
    find("#command-AssignGrade button").click();
    assertThat(find("#failed").getText()).startsWith("Refused:").contains("grade");
    // and the engine's refusal: no dispatch before the grade
    find("#command-Dispatch input[name='f.department']").sendKeys("security");
    find("#command-Dispatch button").click();
    String refusal = find("#failed").getText();
    assertThat(refusal).startsWith("Refused: ").contains("GRADE");
    assertThat(find("#complaint-node").getText()).isEqualTo("GRADING");
    screenshot("complaint");

    // the board in the first tab got the new timer without a reload
    driver.close();
    driver.switchTo().window(board);
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(row(complaintId) + " td.light")));
    assertThat(textOf(row(complaintId) + " td.light")).isEqualTo("○ Within time");
    assertThat(textOf(row(complaintId) + " td.node")).isEqualTo("GRADING");
    assertThat(((JavascriptExecutor) driver).executeScript("return window.samePage;")).isEqualTo("yes");

    advanceUntil(AlertLevel.YELLOW);
    waiting().until(ExpectedConditions.attributeToBe(By.cssSelector(row(complaintId)), "data-level", "YELLOW"));
    assertThat(textOf(row(complaintId) + " td.light")).isEqualTo("▲ Yellow");

    advanceUntil(AlertLevel.RED_1);
    waiting().until(ExpectedConditions.attributeToBe(By.cssSelector(row(complaintId)), "data-level", "RED_1"));
    assertThat(textOf(row(complaintId) + " td.light")).isEqualTo("■ Red 1");
    assertThat(((JavascriptExecutor) driver).executeScript("return window.samePage;")).isEqualTo("yes");

    // the filters: one plaza and one light
    new org.openqa.selenium.support.ui.Select(find("#filter-unit")).selectByValue("plaza-01");
    new org.openqa.selenium.support.ui.Select(find("#filter-level")).selectByValue("RED_1");
    List<String> shown = waiting().until(d -> d.findElements(By.cssSelector("#rows tr")).stream()
        .map(r -> r.getAttribute("data-id")).toList());
    assertThat(shown).contains(complaintId);
    List<String> levels = waiting().until(d -> d.findElements(By.cssSelector("#rows tr")).stream()
        .map(r -> r.getAttribute("data-level")).distinct().toList());
    assertThat(levels).containsExactly("RED_1");
  }

  @Test
  @Order(3)
  void theLanguageSwitchesBetweenEnglishAndChinese() {
    signIn(STAFF);
    find("#rows tr");
    if (Boolean.getBoolean("screenshots")) {
      screenshot("board");
      driver.manage().window().setSize(new Dimension(412, 900));
      find("#rows tr");
      screenshot("board-phone");
      driver.manage().window().setSize(new Dimension(1366, 768));
    }
    find("#lang-zh").click();
    waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "SLA 看板"));
    WebElement top = find("#rows tr");
    assertThat(top.findElement(By.cssSelector("td.light")).getText()).isEqualTo("■■■ 三级红灯");
    assertThat(find("#data-ends").getText()).isEqualTo("节假日数据截至 2026-12-31");
    screenshot("board-zh");
    if (complaintId != null) {
      assertThat(find(row(complaintId) + " td.node").getText()).isEqualTo("定级派发");
    }
    // the choice stays for the session
    driver.get(url("/scorecards?period=2026-10"));
    assertThat(find("h1").getText()).isEqualTo("考核得分 2026-10");
    find("#lang-en").click();
    waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Scorecards 2026-10"));
  }

  @Test
  @Order(4)
  void theScorecardOnThePageIsTheJsonDownload() {
    signIn(STAFF);
    driver.get(url("/scorecards?period=2026-10&lang=en"));
    List<WebElement> units = waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(
        By.cssSelector("section.unit"), 5));
    JsonNode json = Http.json(http.get("/scorecards/data?period=2026-10", STAFF));
    assertThat(json.get("period").asText()).isEqualTo("2026-10");
    assertThat(units).hasSize(json.get("units").size());
    for (JsonNode u : json.get("units")) {
      WebElement card = find("section.unit[data-unit='" + u.get("unit").asText() + "']");
      assertThat(card.findElement(By.cssSelector(".total")).getText()).isEqualTo(u.get("total").asText());
      for (JsonNode item : u.get("items")) {
        WebElement tr = card.findElement(By.cssSelector("tr[data-item='" + item.get("item").asText() + "']"));
        assertThat(tr.findElement(By.cssSelector(".points")).getText()).isEqualTo(item.get("points").asText());
        assertThat(tr.findElement(By.cssSelector(".max")).getText()).isEqualTo(item.get("max").asText());
        assertThat(tr.findElement(By.cssSelector(".explanation")).getText())
            .isEqualTo(item.get("explanation").asText());
      }
      assertThat(card.findElements(By.cssSelector("tr.extra .deduction")).stream().map(WebElement::getText)
          .toList()).isEqualTo(u.get("extraDeductions").findValuesAsText("points"));
    }
    for (JsonNode r : json.get("regions")) {
      WebElement tr = find("#regions tr[data-region='" + r.get("region").asText() + "']");
      assertThat(new java.math.BigDecimal(tr.findElement(By.cssSelector(".score")).getText()))
          .isEqualByComparingTo(r.get("score").decimalValue());
    }
    // the demo's October card of plaza-01, as the command-line demo prints it
    assertThat(find("section.unit[data-unit='plaza-01'] tr[data-item='answerRate'] .explanation").getText())
        .isEqualTo("call answer rate: 1421/1463 = 97.13% ≥ 95% → 2 of 2");
    // the trend chart is drawn from the jar's WebJar, one line per unit over the demo month and the month before
    assertThat(json.at("/trend/months").toString()).isEqualTo("[\"2026-09\",\"2026-10\"]");
    waiting().until(d -> !d.findElements(By.cssSelector("#trend svg")).isEmpty());
    ((JavascriptExecutor) driver).executeScript("document.querySelector('#trend').scrollIntoView(true);");
    screenshot("scorecards");

    HttpResponse<String> csv = http.get("/scorecards/data?period=2026-10&format=csv", STAFF);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body().lines().filter(l -> l.startsWith("2026-10,plaza-01,city-a,total,"))).containsExactly(
        "2026-10,plaza-01,city-a,total,,," + json.at("/units/0/total").asText() + ",,");

    driver.get(url("/quarters?quarter=2026-Q4"));
    assertThat(find("h1").getText()).isEqualTo("Quarter 2026-Q4");
    assertThat(driver.findElements(By.cssSelector("#quarter-units tbody tr"))).hasSize(6);
    // the quarter's October column is each plaza's October total
    for (JsonNode u : json.get("units")) {
      assertThat(find("#quarter-units tr[data-unit='" + u.get("unit").asText() + "'] td.month").getText())
          .isEqualTo(u.get("total").asText());
    }
    screenshot("quarters");
    assertThat(http.get("/quarters/data?quarter=2026-Q4", STAFF).statusCode()).isEqualTo(200);
    assertThat(http.get("/scorecards/data?period=2026-13", STAFF).body()).contains("\"field\":\"period\"");
  }
}
