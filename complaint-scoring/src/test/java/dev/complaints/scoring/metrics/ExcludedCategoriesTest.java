package dev.complaints.scoring.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.core.model.Category;
import dev.complaints.core.model.CategoryTaxonomy;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.Tickets;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.Scorer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An excluded category leaves its descendants in the taxonomy out of the 24-hour rate too (the rules leave out 损失赔偿类
 * 工单, tickets of that kind); the hierarchy is the taxonomy's parent codes, never a prefix of the code.
 */
class ExcludedCategoriesTest {

  /** The mall categories with sub-categories under an excluded one, and look-alike codes that are not. */
  static final CategoryTaxonomy TAXONOMY = new CategoryTaxonomy("mall-detailed", List.of(
      Category.of("MERCHANT_SERVICE", "商户服务"),
      Category.of("MERCHANT_GOODS_AFTER_SALES", "商户商品售后", "MERCHANT_SERVICE"),
      Category.of("PREPAID_CARD", "预售卡", "MERCHANT_SERVICE"),
      Category.of("LOSS_COMPENSATION", "损失赔偿"),
      Category.of("LOSS_COMPENSATION.PARKING", "停车损失", "LOSS_COMPENSATION"),
      Category.of("VEHICLE_DAMAGE", "车辆损坏", "LOSS_COMPENSATION.PARKING"),
      Category.of("LOSS_COMPENSATION_ADVICE", "赔偿咨询", "MERCHANT_SERVICE"),
      Category.of("SAFETY", "安全"),
      Category.of("SAFETY.LOSS_COMPENSATION", "安全事故赔偿", "SAFETY")));

  static final MetricOptions OPTIONS = MetricOptions.defaults().withTaxonomy(TAXONOMY);

  @Test
  void descendantsOfAnExcludedCategoryAreExcluded() {
    assertThat(OPTIONS.excludes("LOSS_COMPENSATION")).isTrue();
    assertThat(OPTIONS.excludes("LOSS_COMPENSATION.PARKING")).as("child").isTrue();
    assertThat(OPTIONS.excludes("VEHICLE_DAMAGE")).as("grandchild, whatever its code").isTrue();
    assertThat(OPTIONS.excludes("MERCHANT_GOODS_AFTER_SALES")).isTrue();
  }

  @Test
  void ancestorsSiblingsAndLookAlikeCodesAreNot() {
    assertThat(OPTIONS.excludes("MERCHANT_SERVICE")).as("parent of an excluded category").isFalse();
    assertThat(OPTIONS.excludes("PREPAID_CARD")).as("sibling").isFalse();
    assertThat(OPTIONS.excludes("LOSS_COMPENSATION_ADVICE")).as("same prefix, another branch").isFalse();
    assertThat(OPTIONS.excludes("SAFETY.LOSS_COMPENSATION")).as("excluded code as a suffix").isFalse();
    assertThat(OPTIONS.excludes("SAFETY")).isFalse();
  }

  @Test
  void withoutTheHierarchyOnlyExactCodesAreExcluded() {
    assertThat(OPTIONS.excludes("LOSS_COMPENSATION.UNKNOWN")).as("a code the taxonomy does not know").isFalse();
    MetricOptions exact = OPTIONS.withTaxonomy(null);
    assertThat(exact.taxonomy()).isNull();
    assertThat(exact.excludes("LOSS_COMPENSATION")).isTrue();
    assertThat(exact.excludes("LOSS_COMPENSATION.PARKING")).isFalse();
    MetricOptions fourArgs = new MetricOptions(MetricOptions.MALL_ZONE, Set.of("SAFETY"),
        ResolutionBasis.FIRST_HANDLING, Duration.ofHours(24));
    assertThat(fourArgs.taxonomy()).isNull();
    assertThat(fourArgs.excludes("SAFETY.LOSS_COMPENSATION")).isFalse();
    assertThat(fourArgs.withTaxonomy(TAXONOMY).excludes("SAFETY.LOSS_COMPENSATION")).isTrue();
  }

  @Test
  void theOtherOptionsKeepTheTaxonomy() {
    assertThat(MetricOptions.defaults().taxonomy()).isEqualTo(CategoryTaxonomy.mall());
    assertThat(OPTIONS.withResolutionBasis(ResolutionBasis.ACCEPTANCE).taxonomy()).isEqualTo(TAXONOMY);
    assertThat(OPTIONS.withZone(java.time.ZoneOffset.UTC).taxonomy()).isEqualTo(TAXONOMY);
    MetricOptions parking = OPTIONS.withExcludedCategories(Set.of("LOSS_COMPENSATION.PARKING"));
    assertThat(parking.excludes("VEHICLE_DAMAGE")).isTrue();
    assertThat(parking.excludes("LOSS_COMPENSATION")).isFalse();
  }

  @Test
  void aSubCategoryTicketIsLeftOutOfTheResolutionRate() {
    Instant accepted = OffsetDateTime.parse("2026-10-10T10:00:00+08:00").toInstant();
    TicketRecord.Builder ticket = Tickets.builder("T", "p", accepted)
        .stage("HANDLING", accepted, accepted.plus(Duration.ofHours(30)));
    TicketRecord parking = ticket.category("VEHICLE_DAMAGE").build();
    Instant asOf = accepted.plus(Duration.ofDays(3));
    assertThat(TicketOutcome.resolution(parking, asOf, OPTIONS)).isEqualTo(ResolutionOutcome.NOT_ELIGIBLE);
    assertThat(TicketOutcome.resolution(parking, asOf, OPTIONS.withTaxonomy(null)))
        .isEqualTo(ResolutionOutcome.UNRESOLVED);
    // in a scorecard only the SAFETY ticket is eligible
    List<TicketRecord> tickets = List.of(parking, parking.toBuilder().category("SAFETY").build());
    var card = Scorer.builder().rubric(Rubrics.mallScorecard()).visitAlerts(VisitAlerts.none()).options(OPTIONS)
        .build()
        .score(tickets.iterator(), List.of(), YearMonth.of(2026, 10), asOf).units().get(0);
    assertThat(card.metrics().resolution24h().eligible()).isEqualTo(1);
  }
}
