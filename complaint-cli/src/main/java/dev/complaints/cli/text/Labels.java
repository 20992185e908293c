package dev.complaints.cli.text;

import dev.complaints.core.model.Grade;
import dev.complaints.scoring.rubric.Dimension;
import dev.complaints.scoring.rubric.Rubric;
import dev.complaints.scoring.rubric.RubricItem;
import dev.complaints.scoring.stats.Timeliness;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.timer.TimerState;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Every label and sentence of the tool's human output in one language, from the resource bundle
 * {@code dev/complaints/cli/text/labels} ({@code labels.properties} in English, {@code labels_zh.properties} in
 * Chinese). Codes (nodes, grades, alert levels, timer states, channels, categories, timeliness buckets) are
 * shown as they are in English, and by their Chinese names from docs/domain.md and the workflow definitions
 * in Chinese; a code the bundle does not know (a custom workflow's node, say) is shown as it is.
 */
public final class Labels {
  private static final String BUNDLE = "dev.complaints.cli.text.labels";

  private final Lang lang;
  private final ResourceBundle bundle;

  private Labels(Lang lang) {
    this.lang = lang;
    // no fallback to the JVM's default locale: English must not turn Chinese on a Chinese desktop
    this.bundle = ResourceBundle.getBundle(BUNDLE, lang.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * The labels of a language.
   *
   * @param lang the language
   * @return its labels
   */
  public static Labels of(Lang lang) {
    return new Labels(Objects.requireNonNull(lang, "lang"));
  }

  /**
   * The language.
   *
   * @return the language
   */
  public Lang lang() {
    return lang;
  }

  /**
   * A sentence or heading of the bundle, with its {@code %s}/{@code %d} placeholders filled in.
   *
   * @param key the key
   * @param args the values of the placeholders
   * @return the text
   * @throws MissingResourceException when the bundle has no such key
   */
  public String text(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
  }

  /**
   * Items joined with the language's list separator ({@code ", "} or {@code "、"}).
   *
   * @param items the items
   * @return the list, or the word for none when empty
   */
  public String list(List<String> items) {
    return items.isEmpty() ? text("none") : String.join(text("list.separator"), items);
  }

  /**
   * A workflow node.
   *
   * @param workflow the workflow id, for example {@code mall-ticket} (the same node name may have another
   *     Chinese name in another workflow)
   * @param node the node name, for example {@code GRADING}
   * @return for example {@code GRADING} or {@code 定级派发}
   */
  public String node(String workflow, String node) {
    return code("node." + workflow + ".", node);
  }

  /**
   * A grade, or {@code UNGRADED}.
   *
   * @param grade the grade code
   * @return for example {@code MAJOR} or {@code 重大}
   */
  public String grade(String grade) {
    return code("grade.", grade);
  }

  /**
   * A grade.
   *
   * @param grade the grade
   * @return for example {@code MAJOR} or {@code 重大}
   */
  public String grade(Grade grade) {
    return grade(grade.name());
  }

  /**
   * An alert light.
   *
   * @param level the light
   * @return for example {@code RED_1} or {@code 一级红灯}
   */
  public String level(AlertLevel level) {
    return code("level.", level.name());
  }

  /**
   * A timer's state.
   *
   * @param state the state
   * @return for example {@code RUNNING} or {@code 计时中}
   */
  public String state(TimerState state) {
    return code("state.", state.name());
  }

  /**
   * An intake channel.
   *
   * @param channel the channel code
   * @return for example {@code PHONE} or {@code 电话}
   */
  public String channel(String channel) {
    return code("channel.", channel);
  }

  /**
   * A category of the mall or retail taxonomy.
   *
   * @param category the category code
   * @return for example {@code SAFETY} or {@code 安全}
   */
  public String category(String category) {
    return code("category.", category);
  }

  /**
   * A root-cause code (docs/domain.md, "Root causes and who was complained about").
   *
   * @param cause the code
   * @return for example {@code PRODUCT_QUALITY} or {@code 产品质量}
   */
  public String rootCause(String cause) {
    return code("rootCause.", cause);
  }

  /**
   * A return-visit result.
   *
   * @param result the result code
   * @return for example {@code SATISFIED} or {@code 满意}
   */
  public String satisfaction(String result) {
    return code("satisfaction.", result);
  }

  /**
   * A timeliness bucket of the statistics.
   *
   * @param bucket the bucket code
   * @return for example {@code WITHIN_24H} or {@code 24小时内}
   */
  public String timeliness(String bucket) {
    return code("timeliness.", bucket);
  }

  /**
   * A timeliness bucket of the statistics.
   *
   * @param bucket the bucket
   * @return for example {@code WITHIN_24H} or {@code 24小时内}
   */
  public String timeliness(Timeliness bucket) {
    return timeliness(bucket.name());
  }

  /**
   * A management dimension of a rubric, with its phase.
   *
   * @param dimension the dimension
   * @return for example {@code channel management (before)} or {@code 渠道管理（事前）}
   */
  public String dimension(Dimension dimension) {
    return code("dimension.", dimension.name());
  }

  /**
   * A rubric item: its id in English, its label from the rubric in Chinese.
   *
   * @param rubric the rubric
   * @param item the item id
   * @return for example {@code redLights} or {@code 逾期红灯}
   */
  public String item(Rubric rubric, String item) {
    if (lang == Lang.EN) {
      return item;
    }
    return rubric.items().stream().filter(i -> i.id().equals(item)).findFirst().map(RubricItem::label)
        .map(t -> t.zh()).orElse(item);
  }

  private String code(String prefix, String code) {
    if (code == null) {
      return "-";
    }
    String key = prefix + code;
    return bundle.containsKey(key) ? bundle.getString(key) : code;
  }
}
