package dev.complaints.examples.crm.web;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.jdbc.JdbcComplaintStore;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.tracker.SlaTracker;
import dev.complaints.spring.ComplaintCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The pages' beans: the server clock (running on from the demo month's end with {@code --complaints.demo=true}),
 * the SLA tracker (fed after the demo month is stored), the board feed on its own one-thread scheduler, the
 * scorecards, and the language ({@link PageLocaleResolver}).
 */
@Configuration
class PageWiring implements WebMvcConfigurer {
  private static final Logger LOG = LoggerFactory.getLogger(PageWiring.class);
  static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.CHINESE);

  /**
   * The server clock. In the demo it starts at the end of the simulated month and runs on in real time, so the
   * lights of the demo's open complaints change while one watches.
   */
  @Bean
  Clock crmClock(CrmSettings settings) {
    if (!settings.demo()) {
      return Clock.systemUTC();
    }
    Instant start = DemoMonth.asOf(settings);
    LOG.info("demo: the server clock starts at {}, the end of the simulated month", start);
    return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start));
  }

  @Bean
  ScoringInputs scoringInputs() {
    return new ScoringInputs();
  }

  /** As the starter's tracker, fed with every stored event at start, but after the demo month is stored. */
  @Bean
  SlaTracker crmSlaTracker(SlaPolicy policy, JdbcComplaintStore store, ScoringInputs scoring,
      CrmSettings settings) {
    if (settings.demo()) {
      DemoMonth.load(settings, policy, store, scoring);
    }
    SlaTracker tracker = new SlaTracker(policy);
    try (Stream<ComplaintEvent> events = store.streamAll()) {
      events.forEach(tracker::apply);
    }
    LOG.info("SLA tracker loaded {} complaints from the store", tracker.complaintIds().size());
    return tracker;
  }

  /**
   * The board feed on a scheduler of one thread of its own: it only computes and sends the board at the next
   * light change. Not a bean, so that the starter's alert scheduler keeps its own thread.
   */
  @Bean(destroyMethod = "close")
  BoardFeed boardFeed(SlaTracker tracker, ComplaintCommands commands, ScoringInputs scoring, Clock clock) {
    ThreadPoolTaskScheduler s = new ThreadPoolTaskScheduler();
    s.setPoolSize(1);
    s.setThreadNamePrefix("crm-board-");
    s.setRemoveOnCancelPolicy(true);
    s.setWaitForTasksToCompleteOnShutdown(false);
    s.initialize();
    BoardFeed feed = new BoardFeed(tracker, commands, scoring, clock, s);
    feed.schedule();
    return feed;
  }

  @Bean
  Scorecards scorecards(JdbcComplaintStore store, SlaPolicy policy, ScoringInputs scoring, Clock clock,
      dev.complaints.core.workflow.WorkflowDefinition workflow) {
    return new Scorecards(store, policy, scoring, clock, workflow);
  }

  @Bean
  LocaleResolver localeResolver() {
    SessionLocaleResolver r = new PageLocaleResolver();
    // no ?lang= chosen in this session: the best of English and Chinese for the browser's Accept-Language
    r.setDefaultLocaleFunction(request -> {
      for (var it = request.getLocales().asIterator(); it.hasNext(); ) {
        Locale l = it.next();
        for (Locale supported : LANGUAGES) {
          if (supported.getLanguage().equals(l.getLanguage())) {
            return supported;
          }
        }
      }
      return Locale.ENGLISH;
    });
    return r;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
    lang.setParamName("lang");
    lang.setIgnoreInvalidLocale(true);
    registry.addInterceptor(lang).addPathPatterns("/", "/complaints/*", "/scorecards", "/quarters", "/login",
        "/scorecards/data", "/quarters/data");
  }
}
