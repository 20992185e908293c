package dev.complaints.streams.demo;

import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Remedy;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Draws a random month of mall complaints from a seed. Everything comes from the seed: the same seed gives
 * the same plans, and nothing here reads the wall clock.
 *
 * <p>The shape is meant to look like a real month at a mall operator: more complaints on weekends and
 * public holidays, most of them while the mall is open but some online ones at night, most handled in time
 * but some late, a few extensions, waits for the customer, exemptions from the return visit and dissatisfied
 * customers.
 */
public final class MonthGenerator {

  /** The plazas of the simulated operator. */
  public static final List<Plaza> PLAZAS = List.of(
      new Plaza("plaza-01", "city-a", "Riverside Plaza", 1.3, 1.0),
      new Plaza("plaza-02", "city-a", "North Station Plaza", 1.0, 0.5),
      new Plaza("plaza-03", "city-a", "Lakeside Plaza", 0.8, 0.15),
      new Plaza("plaza-04", "city-b", "Harbour Plaza", 1.1, 1.6),
      new Plaza("plaza-05", "city-b", "Old Town Plaza", 0.7, 0.8),
      new Plaza("plaza-06", "city-c", "Airport Plaza", 0.9, 0.3));

  /** The mall's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final String[] SURNAMES = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang",
      "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo"};
  private static final String[] GIVEN = {"Wei", "Fang", "Na", "Min", "Jing", "Lei", "Qiang", "Yan", "Jie",
      "Tao", "Ming", "Chao", "Xia", "Ping", "Hui", "Lan", "Jun", "Yu", "Hong", "Bo"};
  private static final String[] MERCHANTS = {"Golden Noodle House", "Sunrise Fashion", "Pixel Electronics",
      "Happy Kids Playland", "Fresh Mart", "Jade Jewellery", "Cinema 8", "Brew & Bean", "FitLife Gym",
      "Glow Beauty Salon", "Hotpot Garden", "Bookworm Books"};
  private static final String[] FACILITIES = {"escalator B2-3", "car park level B1", "restroom 3F east",
      "elevator 4", "main entrance", "food court", "children's area 2F", "loading bay"};

  private record CategoryWeight(String code, int weight, Remedy remedy, String text) {}

  private static final List<CategoryWeight> CATEGORIES = List.of(
      new CategoryWeight("MERCHANT_SERVICE", 30, Remedy.APOLOGY, "staff were rude and refused to help"),
      new CategoryWeight("MERCHANT_GOODS_AFTER_SALES", 14, Remedy.RETURN_EXCHANGE, "item broke within a week"),
      new CategoryWeight("MERCHANT_CONTRACT_PAYMENT", 4, Remedy.REFUND, "deposit not returned after cancelling"),
      new CategoryWeight("PREPAID_CARD", 6, Remedy.REFUND, "prepaid card balance not honoured after the shop closed"),
      new CategoryWeight("ENVIRONMENT_SANITATION", 16, Remedy.SERVICE_IMPROVEMENT, "dirty and smelly area"),
      new CategoryWeight("FACILITIES_EQUIPMENT", 18, Remedy.REPAIR, "out of order for days"),
      new CategoryWeight("SAFETY", 5, Remedy.EXPLANATION, "wet floor without a warning sign, customer slipped"),
      new CategoryWeight("LOSS_COMPENSATION", 7, Remedy.COMPENSATION, "coat damaged, asks for compensation"));

  private MonthGenerator() {}

  /**
   * Draws the complaints of one month.
   *
   * @param seed the seed
   * @param month the month
   * @param busyDay dates with more visitors (weekends and public holidays)
   * @param averagePerPlaza mean number of complaints of an average plaza in the month
   * @return the plans, in order of receipt
   */
  public static List<ComplaintPlan> generate(long seed, YearMonth month, Predicate<LocalDate> busyDay,
      int averagePerPlaza) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ComplaintPlan> plans = new ArrayList<>();
    double[] dayWeights = new double[month.lengthOfMonth()];
    double total = 0;
    for (int d = 0; d < dayWeights.length; d++) {
      LocalDate date = month.atDay(d + 1);
      dayWeights[d] = busyDay.test(date) ? 1.6 : 1.0;
      total += dayWeights[d];
    }
    for (Plaza plaza : PLAZAS) {
      // Poisson-like spread around the plaza's expected volume.
      double expected = averagePerPlaza * plaza.size();
      int count = (int) Math.max(5, Math.round(expected + random.nextGaussian() * Math.sqrt(expected)));
      SplittableRandom r = random.split();
      for (int i = 0; i < count; i++) {
        LocalDate date = month.atDay(1 + pickDay(r, dayWeights, total));
        plans.add(complaint(r, plaza, date));
      }
    }
    plans.sort(Comparator.comparing(ComplaintPlan::receivedAt).thenComparing(ComplaintPlan::id));
    // Ids in order of receipt, unique in the month: C-<yyyymm>-0001 ...
    List<ComplaintPlan> numbered = new ArrayList<>(plans.size());
    for (int i = 0; i < plans.size(); i++) {
      ComplaintPlan p = plans.get(i);
      String id = String.format("C-%d%02d-%04d", month.getYear(), month.getMonthValue(), i + 1);
      numbered.add(new ComplaintPlan(id, p.plaza(), p.channel(), p.category(), p.grade(), p.receivedAt(),
          p.customerName(), p.phone(), p.subject(), p.location(), p.description(), p.remedy(), p.acceptDelay(),
          p.gradingWork(), p.planningWork(), p.feedbackWork(), p.customerDisagreesOnce(), p.handlingTime(),
          p.extension(), p.customerWait(), p.returnVisitDelay(), p.outcome(), p.withdrawAfter()));
    }
    return numbered;
  }

  private static int pickDay(SplittableRandom r, double[] weights, double total) {
    double x = r.nextDouble() * total;
    for (int d = 0; d < weights.length; d++) {
      x -= weights[d];
      if (x < 0) {
        return d;
      }
    }
    return weights.length - 1;
  }

  private static ComplaintPlan complaint(SplittableRandom r, Plaza plaza, LocalDate date) {
    Channel channel = pick(r, new Channel[] {Channel.ON_SITE, Channel.PHONE, Channel.ONLINE,
        Channel.SOCIAL_MEDIA, Channel.EMAIL, Channel.LETTER, Channel.REGULATOR},
        new int[] {30, 34, 15, 8, 4, 2, 7});
    // Desk and phone complaints come while the mall is open; online ones at any hour, nights included.
    boolean anyHour = channel == Channel.ONLINE || channel == Channel.SOCIAL_MEDIA || channel == Channel.EMAIL;
    int minuteOfDay = anyHour && r.nextInt(100) < 35
        ? r.nextInt(24 * 60)
        : 10 * 60 + (int) Math.min(599, Math.abs(r.nextGaussian() * 200 + 320));
    Instant receivedAt = date.atTime(LocalTime.ofSecondOfDay(minuteOfDay * 60L)).atZone(ZONE).toInstant();

    CategoryWeight category = pickCategory(r);
    int g = r.nextInt(1000);
    Grade grade = g < 890 ? Grade.GENERAL : g < 975 ? Grade.SERIOUS : g < 996 ? Grade.MAJOR : Grade.CRITICAL;
    if (category.code().equals("SAFETY") && grade == Grade.GENERAL && r.nextInt(3) == 0) {
      grade = Grade.SERIOUS;
    }

    boolean night = minuteOfDay < 10 * 60 || minuteOfDay >= 20 * 60;
    Duration acceptDelay = night ? minutes(r, 5, 30) : minutes(r, 2, 20);
    // Grading: 1 h limit on business hours; most done in 10-45 min, some late.
    double lax = plaza.laxity();
    Duration grading = late(r, 3 * lax) ? minutes(r, 65, 130) : minutes(r, 8, 45);
    // Planning: 4 h limit.
    Duration planning = late(r, 2.5 * lax) ? minutes(r, 245, 420) : minutes(r, 30, 200);
    // Customer feedback: 6 h limit.
    Duration feedback = late(r, 1.5 * lax) ? minutes(r, 370, 560) : minutes(r, 15, 300);
    boolean disagrees = r.nextInt(100) < 6;

    Duration handling;
    switch (grade) {
      case GENERAL -> handling = late(r, 4 * lax) ? minutes(r, 25 * 60, 52 * 60) : minutes(r, 60, 22 * 60);
      case SERIOUS -> handling = late(r, 5 * lax) ? minutes(r, 49 * 60, 80 * 60) : minutes(r, 4 * 60, 44 * 60);
      default -> handling = late(r, 8 * lax) ? minutes(r, 8 * 24 * 60, 11 * 24 * 60) : minutes(r, 24 * 60, 5 * 24 * 60);
    }
    if (late(r, 2.5 * lax)) {
      // A forgotten ticket: the department sits on it for days.
      handling = handling.plus(minutes(r, 2 * 24 * 60, 9 * 24 * 60));
    }
    Optional<Duration> extension = Optional.empty();
    if (r.nextInt(100) < 6) {
      extension = Optional.of(grade.isAtLeast(Grade.MAJOR) ? Duration.ofHours(48) : Duration.ofHours(12));
    }
    // Waiting for the customer during handling: the mall-ticket clock keeps running, it is not paused.
    Optional<Duration> customerWait = Optional.empty();
    if (r.nextInt(100) < 5) {
      customerWait = Optional.of(minutes(r, 60, 6 * 60));
    }
    // Return visit within 5 working days; most in 1-3 days, some late.
    Duration visit = late(r, 1.5 * lax) ? minutes(r, 7 * 24 * 60, 9 * 24 * 60) : minutes(r, 3 * 60, 3 * 24 * 60);

    int o = r.nextInt(100);
    ReturnVisitOutcome outcome = o < 30 ? ReturnVisitOutcome.VERY_SATISFIED
        : o < 82 ? ReturnVisitOutcome.SATISFIED
        : o < 87 ? ReturnVisitOutcome.NEUTRAL
        : o < 90 ? ReturnVisitOutcome.DISSATISFIED_CLOSE
        : o < 93 ? ReturnVisitOutcome.DISSATISFIED_ESCALATE
        : ReturnVisitOutcome.EXEMPT;
    if (outcome == ReturnVisitOutcome.DISSATISFIED_ESCALATE && grade == Grade.CRITICAL) {
      // CRITICAL is the top grade: the workflow cannot escalate it further, so the store manager closes the
      // dissatisfied customer's complaint instead.
      outcome = ReturnVisitOutcome.DISSATISFIED_CLOSE;
    }
    Optional<Duration> withdraw = r.nextInt(100) < 2 ? Optional.of(minutes(r, 30, 300)) : Optional.empty();

    boolean merchant = category.code().startsWith("MERCHANT") || category.code().equals("PREPAID_CARD")
        || category.code().equals("LOSS_COMPENSATION");
    String subject = merchant ? MERCHANTS[r.nextInt(MERCHANTS.length)] : FACILITIES[r.nextInt(FACILITIES.length)];
    String location = (1 + r.nextInt(5)) + "F-" + (100 + r.nextInt(60));
    String name = SURNAMES[r.nextInt(SURNAMES.length)] + " " + GIVEN[r.nextInt(GIVEN.length)];
    String phone = "1" + (30 + r.nextInt(60)) + String.format("%08d", r.nextInt(100_000_000));
    return new ComplaintPlan("", plaza, channel, category.code(), grade, receivedAt, name, phone, subject,
        location, subject + ": " + category.text(), category.remedy(), acceptDelay, grading, planning, feedback,
        disagrees, handling, extension, customerWait, visit, outcome, withdraw);
  }

  private static boolean late(SplittableRandom r, double percent) {
    return r.nextDouble() * 100 < percent;
  }

  private static Duration minutes(SplittableRandom r, int from, int to) {
    return Duration.ofMinutes(from + r.nextInt(to - from + 1));
  }

  private static CategoryWeight pickCategory(SplittableRandom r) {
    int total = CATEGORIES.stream().mapToInt(CategoryWeight::weight).sum();
    int x = r.nextInt(total);
    for (CategoryWeight c : CATEGORIES) {
      x -= c.weight();
      if (x < 0) {
        return c;
      }
    }
    return CATEGORIES.get(0);
  }

  private static <T> T pick(SplittableRandom r, T[] values, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = r.nextInt(total);
    for (int i = 0; i < values.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return values[i];
      }
    }
    return values[0];
  }

  /**
   * Whether a date is a weekend day (used when no holiday calendar is at hand).
   *
   * @param date the date
   * @return true on Saturday and Sunday
   */
  public static boolean weekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
