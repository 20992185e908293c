package dev.complaints.sla.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.internal.JsonFormat;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.sla.policy.internal.PolicyJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The preset SLA policies and the JSON form of policies.
 *
 * <p>Presets (bundled as JSON next to this class):
 *
 * <ul>
 *   <li>{@code mall-ticket} (the mall complaint ticket, docs/domain.md): GRADING 1 h, PLANNING 4 h, CUSTOMER_FEEDBACK 6 h of business hours on the
 *       {@code mall-hours} calendar (10:00&ndash;20:00 every date); HANDLING GENERAL 24 h and SERIOUS 48 h
 *       continuous, MAJOR and CRITICAL 5 working days of {@code cn-national}; RETURN_VISIT 5 working days.
 *   <li>{@code seven-step} (the seven-step procedure): reply to the customer within 5 working days of receipt (spanning nodes),
 *       department reply within 3 working days, return visit within 5 working days of implementation.
 *   <li>{@code retail-plan} (the retail complaint plan): see {@code docs/sla.md} for its assumptions.
 * </ul>
 *
 * <p>JSON, with the same entry points as every format of the library (docs/json.md): {@link #read(String)} and
 * {@link #read(JsonNode)} return a policy or throw a {@link ValidationException} listing every problem with its
 * JSON path (unknown fields, unknown clocks, missing limits, non-positive durations, unknown calendar ids…);
 * {@link #problems(JsonNode)} returns the problems instead; {@link #toJson(SlaPolicy)} writes a policy so that
 * reading it back gives an equal one, {@link #toJsonString(SlaPolicy)} as indented text.
 */
public final class SlaPolicies {
  private SlaPolicies() {}

  /** Id of the mall ticket policy. */
  public static final String MALL_TICKET = "mall-ticket";
  /** Id of the seven-step policy. */
  public static final String SEVEN_STEP = "seven-step";
  /** Id of the retail plan policy. */
  public static final String RETAIL_PLAN = "retail-plan";

  /**
   * The {@code mall-ticket} policy.
   *
   * @return the policy
   */
  public static SlaPolicy mallTicket() {
    return Presets.MALL;
  }

  /**
   * The {@code seven-step} policy.
   *
   * @return the policy
   */
  public static SlaPolicy sevenStep() {
    return Presets.SEVEN;
  }

  /**
   * The {@code retail-plan} policy.
   *
   * @return the policy
   */
  public static SlaPolicy retailPlan() {
    return Presets.RETAIL;
  }

  /**
   * Every preset by id.
   *
   * @return the presets
   */
  public static Map<String, SlaPolicy> presets() {
    return Map.of(MALL_TICKET, Presets.MALL, SEVEN_STEP, Presets.SEVEN, RETAIL_PLAN, Presets.RETAIL);
  }

  /**
   * A preset by id.
   *
   * @param id the preset id
   * @return the preset, empty when unknown
   */
  public static Optional<SlaPolicy> preset(String id) {
    return Optional.ofNullable(presets().get(id));
  }

  /**
   * Reads a policy from JSON text; calendar ids resolve to the built-in calendars. Numbers with a fraction (alert
   * points) are read as exact decimals.
   *
   * @param json the JSON text
   * @return the policy
   * @throws ValidationException listing every problem with its JSON path; text that is not JSON is one problem
   *     at the path where reading stopped, with the line and column
   */
  public static SlaPolicy read(String json) {
    return read(json, CalendarLookup.builtIn());
  }

  /**
   * Reads a policy from JSON text.
   *
   * @param json the JSON text
   * @param calendars where calendar ids resolve
   * @return the policy
   * @throws ValidationException listing every problem with its JSON path
   */
  public static SlaPolicy read(String json, CalendarLookup calendars) {
    return format(calendars).read(json);
  }

  /**
   * Reads a policy from a JSON tree; calendar ids resolve to the built-in calendars.
   *
   * @param json the JSON tree
   * @return the policy
   * @throws ValidationException listing every problem with its JSON path
   */
  public static SlaPolicy read(JsonNode json) {
    return read(json, CalendarLookup.builtIn());
  }

  /**
   * Reads a policy from a JSON tree.
   *
   * @param json the JSON tree
   * @param calendars where calendar ids resolve
   * @return the policy
   * @throws ValidationException listing every problem with its JSON path
   */
  public static SlaPolicy read(JsonNode json, CalendarLookup calendars) {
    return format(calendars).read(json);
  }

  /**
   * Every problem of a policy document; calendar ids must name built-in calendars.
   *
   * @param json the JSON tree
   * @return the problems with their JSON paths, empty when valid
   */
  public static List<Problem> problems(JsonNode json) {
    return problems(json, CalendarLookup.builtIn());
  }

  /**
   * Every problem of a policy document.
   *
   * @param json the JSON tree
   * @param calendars the calendars ids may name
   * @return the problems with their JSON paths, empty when valid
   */
  public static List<Problem> problems(JsonNode json, CalendarLookup calendars) {
    return format(calendars).problems(json);
  }

  /**
   * Writes a policy as JSON (lossless: {@code read(toJson(p))} equals {@code p}).
   *
   * @param policy the policy
   * @return the JSON tree
   */
  public static ObjectNode toJson(SlaPolicy policy) {
    return PolicyJson.write(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Writes a policy as indented JSON text; {@code read(toJsonString(p))} equals {@code p}.
   *
   * @param policy the policy
   * @return the JSON text
   */
  public static String toJsonString(SlaPolicy policy) {
    return JsonFormat.toJsonString(toJson(policy));
  }

  private static PolicyJson format(CalendarLookup calendars) {
    return new PolicyJson(Objects.requireNonNull(calendars, "calendars"));
  }

  private static final class Presets {
    static final SlaPolicy MALL = load(MALL_TICKET);
    static final SlaPolicy SEVEN = load(SEVEN_STEP);
    static final SlaPolicy RETAIL = load(RETAIL_PLAN);

    private static SlaPolicy load(String id) {
      String file = id + ".json";
      try (InputStream in = SlaPolicies.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("preset policy " + file + " is missing from the library");
        }
        return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
