package dev.complaints.scoring.rubric;

/**
 * The management dimension (管理维度) a rubric item belongs to. The mall scorecard (docs/domain.md, "The
 * scorecard") groups its items in three: channel management before the complaint, process management while it
 * is handled and business management after it.
 */
public enum Dimension {
  /** 渠道管理(事前): channel management, before the complaint (publicity of the complaint channels). */
  CHANNEL(Text.of("channel management", "渠道管理"), Text.of("before", "事前")),
  /** 过程管理(事中): process management, while the complaint is handled. */
  PROCESS(Text.of("process management", "过程管理"), Text.of("during", "事中")),
  /** 业务管理(事后): business management, after the complaint (the customer's satisfaction). */
  BUSINESS(Text.of("business management", "业务管理"), Text.of("after", "事后"));

  private final Text label;
  private final Text phase;

  Dimension(Text label, Text phase) {
    this.label = label;
    this.phase = phase;
  }

  /**
   * The dimension's name.
   *
   * @return for example {@code channel management / 渠道管理}
   */
  public Text label() {
    return label;
  }

  /**
   * When in a complaint's life the dimension looks.
   *
   * @return for example {@code before / 事前}
   */
  public Text phase() {
    return phase;
  }

  /**
   * The name with its phase.
   *
   * @return for example {@code channel management (before) / 渠道管理（事前）}
   */
  public Text title() {
    return Text.of(label.en() + " (" + phase.en() + ")", label.zh() + "（" + phase.zh() + "）");
  }
}
