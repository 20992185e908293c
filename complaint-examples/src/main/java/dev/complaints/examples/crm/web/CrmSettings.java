package dev.complaints.examples.crm.web;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's own settings, under {@code complaints.}: {@code --complaints.security.tokens-file=FILE}, {@code
 * --complaints.security.dev-tokens=true}, {@code --complaints.max-body=64KB}, {@code
 * --complaints.sla.unknown-years=weekly|refuse}, {@code --complaints.sla.scheduler=true|false}, {@code
 * --complaints.demo=true} (with {@code --complaints.demo-month=2026-10}, {@code --complaints.demo-seed=2026}).
 *
 * @param security where the bearer tokens come from
 * @param maxBody largest request body taken; a larger one is answered 413
 * @param sla the SLA policy choice and the scheduler
 * @param demo load the simulated demo month into the store at start, with the server clock running on from
 *     the simulation's end; without a tokens file the development tokens are used
 * @param demoMonth the demo month, {@code YYYY-MM}
 * @param demoSeed the demo's seed
 */
@ConfigurationProperties(prefix = "complaints")
public record CrmSettings(@DefaultValue Security security, @DefaultValue("64KB") DataSize maxBody,
    @DefaultValue Sla sla, @DefaultValue("false") boolean demo, @DefaultValue("2026-10") String demoMonth,
    @DefaultValue("2026") long demoSeed) {

  /**
   * Where the bearer tokens come from.
   *
   * @param tokensFile the JSON tokens file; without it the service refuses to start unless {@code devTokens}
   * @param devTokens without a tokens file: generate (once) and use a local development tokens file
   * @param devTokensFile where the development tokens are written
   */
  public record Security(Path tokensFile, @DefaultValue("false") boolean devTokens,
      @DefaultValue("complaints-dev-tokens.json") Path devTokensFile) {}

  /**
   * The SLA side.
   *
   * @param unknownYears {@code weekly} (default) or {@code refuse}: working days past the bundled holiday data
   * @param scheduler whether the background thread logs new yellow and red lights
   */
  public record Sla(@DefaultValue("weekly") String unknownYears, @DefaultValue("true") boolean scheduler) {}
}
