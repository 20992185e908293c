package dev.complaints.scoring.metrics;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Options of the metrics: the zone that decides a ticket's period, the categories the 24-hour rate excludes
 * and where its 24 hours are counted from.
 *
 * @param zone the unit calendar's zone; a ticket belongs to the month of its acceptance's local date there
 * @param excludedCategories categories left out of the 24-hour resolution rate
 * @param resolutionBasis where the resolution window starts
 * @param resolutionWindow the window, 24 hours by default
 */
public record MetricOptions(
    ZoneId zone, Set<String> excludedCategories, ResolutionBasis resolutionBasis, Duration resolutionWindow) {

  /** Zone of the mall calendars. */
  public static final ZoneId MALL_ZONE = ZoneId.of("Asia/Shanghai");

  /** Categories excluded from the 24-hour rate by seed 004 (商户商品售后, 商户合同款项支付, 损失赔偿). */
  public static final Set<String> DEFAULT_EXCLUDED =
      Set.of("MERCHANT_GOODS_AFTER_SALES", "MERCHANT_CONTRACT_PAYMENT", "LOSS_COMPENSATION");

  /**
   * Validates the options.
   *
   * @param zone not null
   * @param excludedCategories not null
   * @param resolutionBasis not null
   * @param resolutionWindow positive
   */
  public MetricOptions {
    Objects.requireNonNull(zone, "zone");
    excludedCategories = Set.copyOf(Objects.requireNonNull(excludedCategories, "excludedCategories"));
    Objects.requireNonNull(resolutionBasis, "resolutionBasis");
    Objects.requireNonNull(resolutionWindow, "resolutionWindow");
    if (resolutionWindow.isNegative() || resolutionWindow.isZero()) {
      throw new IllegalArgumentException("resolution window must be positive, was " + resolutionWindow);
    }
  }

  /**
   * The SPEC defaults: Asia/Shanghai, the three seed-004 exclusions, 24 hours from the first HANDLING entry.
   *
   * @return the defaults
   */
  public static MetricOptions defaults() {
    return new MetricOptions(MALL_ZONE, DEFAULT_EXCLUDED, ResolutionBasis.FIRST_HANDLING, Duration.ofHours(24));
  }

  /**
   * These options with another resolution basis.
   *
   * @param basis the basis
   * @return new options
   */
  public MetricOptions withResolutionBasis(ResolutionBasis basis) {
    return new MetricOptions(zone, excludedCategories, basis, resolutionWindow);
  }

  /**
   * These options with another zone.
   *
   * @param zone the zone
   * @return new options
   */
  public MetricOptions withZone(ZoneId zone) {
    return new MetricOptions(zone, excludedCategories, resolutionBasis, resolutionWindow);
  }

  /**
   * These options with other excluded categories.
   *
   * @param categories the category codes
   * @return new options
   */
  public MetricOptions withExcludedCategories(Set<String> categories) {
    return new MetricOptions(zone, categories, resolutionBasis, resolutionWindow);
  }

  /**
   * The excluded categories in sorted order (for display).
   *
   * @return sorted codes
   */
  public SortedSet<String> excludedSorted() {
    return new TreeSet<>(excludedCategories);
  }
}
