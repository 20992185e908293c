package dev.complaints.scoring.metrics;

import dev.complaints.core.model.Category;
import dev.complaints.core.model.CategoryTaxonomy;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Options of the metrics: the zone that decides a ticket's period, the categories the 24-hour rate excludes
 * and where its 24 hours are counted from.
 *
 * <p><b>Excluded categories and the hierarchy.</b> The mall rules leave out the tickets <em>of the kinds</em>
 * 商户商品售后, 商户合同款项支付 and 损失赔偿 (…类工单), and a taxonomy may be hierarchical, so a
 * sub-category of an excluded category is excluded too. A {@link CategoryTaxonomy} is hierarchical through
 * each category's parent code, not through a separator inside the codes (the mall preset puts
 * {@code MERCHANT_GOODS_AFTER_SALES} under {@code MERCHANT_SERVICE}), so descendants are found through the
 * {@link #taxonomy()}: a ticket's category is excluded when it is one of {@link #excludedCategories()} or, when
 * the taxonomy knows it, when one of its ancestors is. Codes are never matched by prefix: without a taxonomy,
 * or for a code the taxonomy does not know, only the exact codes are excluded ({@code LOSS_COMPENSATION_X} is
 * not under {@code LOSS_COMPENSATION} unless the taxonomy says so).
 *
 * @param zone the unit calendar's zone; a ticket belongs to the month of its acceptance's local date there
 * @param excludedCategories categories left out of the 24-hour resolution rate, with their descendants in
 *     {@code taxonomy}
 * @param resolutionBasis where the resolution window starts
 * @param resolutionWindow the window, 24 hours by default
 * @param taxonomy the category hierarchy that finds the descendants of excluded categories; null to match the
 *     exact codes only
 * @param reportLimit how soon after its acceptance a MAJOR or CRITICAL ticket is reported upward (2 hours by
 *     default, the REPORT target of the mall-ticket SLA policy; docs/domain.md "Reporting upward")
 */
public record MetricOptions(
    ZoneId zone,
    Set<String> excludedCategories,
    ResolutionBasis resolutionBasis,
    Duration resolutionWindow,
    @Nullable CategoryTaxonomy taxonomy,
    Duration reportLimit) {

  /** The default reporting limit: 2 hours. */
  public static final Duration DEFAULT_REPORT_LIMIT = Duration.ofHours(2);


  /** Zone of the mall calendars. */
  public static final ZoneId MALL_ZONE = ZoneId.of("Asia/Shanghai");

  /** Categories excluded from the 24-hour rate by the mall rules (商户商品售后, 商户合同款项支付, 损失赔偿). */
  public static final Set<String> DEFAULT_EXCLUDED =
      Set.of("MERCHANT_GOODS_AFTER_SALES", "MERCHANT_CONTRACT_PAYMENT", "LOSS_COMPENSATION");

  /**
   * Validates the options.
   *
   * @param zone not null
   * @param excludedCategories not null
   * @param resolutionBasis not null
   * @param resolutionWindow positive
   * @param taxonomy the taxonomy, or null
   */
  public MetricOptions {
    Objects.requireNonNull(zone, "zone");
    excludedCategories = Set.copyOf(Objects.requireNonNull(excludedCategories, "excludedCategories"));
    Objects.requireNonNull(resolutionBasis, "resolutionBasis");
    Objects.requireNonNull(resolutionWindow, "resolutionWindow");
    if (resolutionWindow.isNegative() || resolutionWindow.isZero()) {
      throw new IllegalArgumentException("resolution window must be positive, was " + resolutionWindow);
    }
    Objects.requireNonNull(reportLimit, "reportLimit");
    if (reportLimit.isNegative() || reportLimit.isZero()) {
      throw new IllegalArgumentException("report limit must be positive, was " + reportLimit);
    }
  }

  /**
   * Options with the default reporting limit of 2 hours.
   *
   * @param zone the unit calendar's zone
   * @param excludedCategories categories left out of the 24-hour resolution rate
   * @param resolutionBasis where the resolution window starts
   * @param resolutionWindow the window
   * @param taxonomy the category hierarchy, or null
   */
  public MetricOptions(ZoneId zone, Set<String> excludedCategories, ResolutionBasis resolutionBasis,
      Duration resolutionWindow, @Nullable CategoryTaxonomy taxonomy) {
    this(zone, excludedCategories, resolutionBasis, resolutionWindow, taxonomy, DEFAULT_REPORT_LIMIT);
  }

  /**
   * Options without a taxonomy: the excluded categories match exact codes only.
   *
   * @param zone not null
   * @param excludedCategories not null
   * @param resolutionBasis not null
   * @param resolutionWindow positive
   */
  public MetricOptions(
      ZoneId zone, Set<String> excludedCategories, ResolutionBasis resolutionBasis, Duration resolutionWindow) {
    this(zone, excludedCategories, resolutionBasis, resolutionWindow, null, DEFAULT_REPORT_LIMIT);
  }

  /**
   * The defaults: Asia/Shanghai, the three exclusions of the mall rules with their descendants in the
   * {@link CategoryTaxonomy#mall() mall taxonomy}, 24 hours from the first HANDLING entry.
   *
   * @return the defaults
   */
  public static MetricOptions defaults() {
    return new MetricOptions(MALL_ZONE, DEFAULT_EXCLUDED, ResolutionBasis.FIRST_HANDLING, Duration.ofHours(24),
        CategoryTaxonomy.mall(), DEFAULT_REPORT_LIMIT);
  }

  /**
   * These options with another resolution basis.
   *
   * @param basis the basis
   * @return new options
   */
  public MetricOptions withResolutionBasis(ResolutionBasis basis) {
    return new MetricOptions(zone, excludedCategories, basis, resolutionWindow, taxonomy, reportLimit);
  }

  /**
   * These options with another zone.
   *
   * @param zone the zone
   * @return new options
   */
  public MetricOptions withZone(ZoneId zone) {
    return new MetricOptions(zone, excludedCategories, resolutionBasis, resolutionWindow, taxonomy, reportLimit);
  }

  /**
   * These options with other excluded categories (the taxonomy is kept).
   *
   * @param categories the category codes
   * @return new options
   */
  public MetricOptions withExcludedCategories(Set<String> categories) {
    return new MetricOptions(zone, categories, resolutionBasis, resolutionWindow, taxonomy, reportLimit);
  }

  /**
   * These options with another taxonomy, whose hierarchy decides the descendants of the excluded categories.
   *
   * @param taxonomy the taxonomy, or null to match the exact codes only
   * @return new options
   */
  public MetricOptions withTaxonomy(@Nullable CategoryTaxonomy taxonomy) {
    return new MetricOptions(zone, excludedCategories, resolutionBasis, resolutionWindow,
        taxonomy, reportLimit);
  }

  /**
   * The same options with another reporting limit.
   *
   * @param limit how soon after acceptance a MAJOR or CRITICAL ticket is reported upward; positive
   * @return new options
   */
  public MetricOptions withReportLimit(Duration limit) {
    return new MetricOptions(zone, excludedCategories, resolutionBasis, resolutionWindow, taxonomy, limit);
  }

  /**
   * Whether tickets of a category are left out of the 24-hour resolution rate: the code is excluded, or the
   * taxonomy knows it and one of its ancestors is excluded.
   *
   * @param category a category code
   * @return true when excluded
   */
  public boolean excludes(String category) {
    if (excludedCategories.contains(category)) {
      return true;
    }
    if (taxonomy == null || excludedCategories.isEmpty()) {
      return false;
    }
    // up the parents of a category the taxonomy knows (it is asked for every ticket scored: no path list)
    Category c = taxonomy.find(category).orElse(null);
    while (c != null && c.parent() != null) {
      if (excludedCategories.contains(c.parent())) {
        return true;
      }
      c = taxonomy.find(c.parent()).orElse(null);
    }
    return false;
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
