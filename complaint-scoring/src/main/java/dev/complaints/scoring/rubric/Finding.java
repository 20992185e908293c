package dev.complaints.scoring.rubric;

import dev.complaints.scoring.metrics.ReportingCounts;
import dev.complaints.scoring.metrics.UnitMetrics;
import dev.complaints.scoring.record.UnitInputs;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A count from the monthly unit inputs that a per-finding rule deducts for. The concealment and
 * unreported-incident figures are counted from the tickets when the inputs do not give them.
 */
public enum Finding {
  /** Channel publicity findings (公示规范性). */
  PUBLICITY("publicityFindings", "finding", "项问题"),
  /** On-site acceptance findings (现场受理). */
  ON_SITE("onSiteFindings", "finding", "项问题"),
  /** Concealed / unreported complaint findings (瞒报漏报). */
  CONCEALED("concealedFindings", "finding", "项问题"),
  /** Major complaints or incidents not reported as required. */
  UNREPORTED_INCIDENTS("unreportedIncidents", "unreported incident", "起未按规定上报的重大投诉或事件");

  private final String code;
  private final String nounEn;
  private final String nounZh;

  Finding(String code, String nounEn, String nounZh) {
    this.code = code;
    this.nounEn = nounEn;
    this.nounZh = nounZh;
  }

  /**
   * The field name in the unit inputs and rubric JSON.
   *
   * @return the code, for example {@code publicityFindings}
   */
  public String code() {
    return code;
  }

  /**
   * Reads the count off a unit's inputs.
   *
   * @param in the inputs
   * @return the count; 0 for a figure the inputs do not give
   */
  public int count(UnitInputs in) {
    Integer given = given(in);
    return given == null ? 0 : given;
  }

  /**
   * The count a scorecard uses: the inputs' figure when they give it, else, for the concealment and
   * unreported-incident figures, the MAJOR and CRITICAL tickets not reported upward in time (docs/domain.md
   * "Reporting upward").
   *
   * @param in the inputs
   * @param metrics the unit's metrics
   * @return the count
   */
  public int count(UnitInputs in, UnitMetrics metrics) {
    Integer given = given(in);
    if (given != null) {
      return given;
    }
    return countedFromTickets() ? (int) Math.min(Integer.MAX_VALUE, metrics.reporting().late()) : 0;
  }

  /**
   * Whether the figure is counted from the tickets when the inputs do not give it.
   *
   * @return true for the concealment and unreported-incident figures
   */
  public boolean countedFromTickets() {
    return this == CONCEALED || this == UNREPORTED_INCIDENTS;
  }

  private @Nullable Integer given(UnitInputs in) {
    return switch (this) {
      case PUBLICITY -> in.publicityFindings();
      case ON_SITE -> in.onSiteFindings();
      case CONCEALED -> in.concealedFindings();
      case UNREPORTED_INCIDENTS -> in.unreportedIncidents();
    };
  }

  /**
   * Where the count came from, for the explanation: nothing for the figures that only the inputs give, "from the
   * inputs" or "counted from the tickets: …" for the others.
   *
   * @param in the inputs
   * @param metrics the unit's metrics
   * @return the words to append, in both languages; empty for publicity and on-site findings
   */
  Text source(UnitInputs in, UnitMetrics metrics) {
    if (!countedFromTickets()) {
      return Text.of("", "");
    }
    if (given(in) != null) {
      return Text.of(" (from the inputs)", "（录入数据）");
    }
    ReportingCounts r = metrics.reporting();
    if (r.major() == 0) {
      return Text.of(" (counted from the tickets: no MAJOR/CRITICAL ticket)", "（按工单统计：无重大/特别重大客诉）");
    }
    String en = hoursEn(r.limit());
    String zh = hoursZh(r.limit());
    return Text.of(
        " (counted from the tickets: " + r.late() + " of " + r.major() + " MAJOR/CRITICAL not reported within " + en
            + ")",
        "（按工单统计：" + r.major() + " 起重大/特别重大客诉中 " + r.late() + " 起未在 " + zh + "内上报）");
  }

  private static String hoursEn(Duration d) {
    return d.toMinutes() % 60 == 0 ? d.toHours() + " h" : d.toMinutes() + " min";
  }

  private static String hoursZh(Duration d) {
    return d.toMinutes() % 60 == 0 ? d.toHours() + " 小时" : d.toMinutes() + " 分钟";
  }

  String countEn(long n) {
    return n + " " + nounEn + (n == 1 ? "" : "s");
  }

  String countZh(long n) {
    return n + " " + nounZh;
  }

  /**
   * Looks a code up.
   *
   * @param code the JSON code
   * @return the finding, if known
   */
  public static Optional<Finding> ofCode(String code) {
    return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
  }
}
