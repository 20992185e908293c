package dev.complaints.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.core.model.CategoryTaxonomy;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.RootCauseTaxonomy;
import dev.complaints.core.workflow.NodeDefinition;
import dev.complaints.core.workflow.WorkflowDefinition;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.scoring.rubric.Dimension;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.stats.Timeliness;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.timer.TimerState;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The label bundle: complete in both languages, and in the words of the domain and the workflow definitions. */
class LabelsTest {
  private static final Labels EN = Labels.of(Lang.EN);
  private static final Labels ZH = Labels.of(Lang.ZH);
  private static final Pattern PLACEHOLDER = Pattern.compile("%[sd]");
  private static final List<String> CODE_PREFIXES =
      List.of("node.", "grade.", "level.", "state.", "channel.", "category.", "timeliness.",
          "satisfaction.", "rootCause.");

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = LabelsTest.class.getResourceAsStream("/dev/complaints/cli/text/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void chineseHasEveryEnglishSentenceWithTheSamePlaceholdersAndOnlyCodesBesides() throws IOException {
    Properties en = bundle("labels.properties");
    Properties zh = bundle("labels_zh.properties");
    assertThat(en.stringPropertyNames()).isNotEmpty();
    for (String key : en.stringPropertyNames()) {
      assertThat(zh.getProperty(key)).as(key).isNotNull();
      assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
    }
    for (String key : zh.stringPropertyNames()) {
      if (!en.containsKey(key)) {
        assertThat(CODE_PREFIXES).as(key).anyMatch(key::startsWith);
      }
    }
    assertThat(EN.text("list.separator")).isEqualTo(", ");
  }

  @Test
  void gradesInSeverityOrderAsTheDomainNamesThem() {
    assertThat(Arrays.stream(Grade.values()).map(ZH::grade)).containsExactly("一般", "较大", "重大", "特别重大");
    assertThat(Arrays.stream(Grade.values()).map(EN::grade))
        .containsExactly("GENERAL", "SERIOUS", "MAJOR", "CRITICAL");
    assertThat(ZH.grade("UNGRADED")).isEqualTo("未定级");
  }

  @Test
  void lightsStatesChannelsAndTimeliness() {
    assertThat(Arrays.stream(AlertLevel.values()).map(ZH::level))
        .containsExactly("未亮灯", "黄灯", "一级红灯", "二级红灯", "三级红灯");
    assertThat(EN.level(AlertLevel.RED_2)).isEqualTo("RED_2");
    assertThat(ZH.state(TimerState.RUNNING)).isEqualTo("计时中");
    assertThat(ZH.channel("PHONE")).isEqualTo("电话");
    assertThat(ZH.timeliness(Timeliness.OVER_5D)).isEqualTo("超过5天");
    for (TimerState s : TimerState.values()) {
      assertThat(ZH.state(s)).as(s.name()).isNotEqualTo(s.name());
    }
    for (Timeliness t : Timeliness.values()) {
      assertThat(ZH.timeliness(t)).as(t.name()).isNotEqualTo(t.name());
    }
  }

  /** A node's Chinese name is its description's part before the colon, as the workflow definition has it. */
  @ParameterizedTest
  @ValueSource(strings = {"mall-ticket", "seven-step", "retail-plan"})
  void nodesAreNamedAsTheirWorkflowDefinitionNamesThem(String id) {
    WorkflowDefinition workflow = WorkflowPresets.load(id);
    for (NodeDefinition node : workflow.nodes()) {
      String description = node.description();
      String chinese = description.substring(0, description.indexOf(':'));
      assertThat(ZH.node(id, node.name())).as(id + " " + node.name()).isEqualTo(chinese);
      assertThat(EN.node(id, node.name())).isEqualTo(node.name());
    }
    assertThat(ZH.node("mall-ticket", "GRADING")).isEqualTo("定级派发");
    assertThat(ZH.node("my-own-workflow", "TRIAGE")).as("unknown nodes as they are").isEqualTo("TRIAGE");
  }

  /** A category's Chinese name is the Chinese part of its name in the taxonomy. */
  @Test
  void categoriesAreNamedAsTheTaxonomiesNameThem() {
    for (CategoryTaxonomy taxonomy : List.of(CategoryTaxonomy.mall(), CategoryTaxonomy.retail())) {
      taxonomy.categories().forEach(c -> assertThat(ZH.category(c.code())).as(c.code())
          .isEqualTo(c.label().substring(0, c.label().indexOf(' '))));
    }
    assertThat(EN.category("SAFETY")).isEqualTo("SAFETY");
  }

  /** A root cause's Chinese name is the Chinese part of its name in the default list. */
  @Test
  void rootCausesAreNamedAsTheDefaultListNamesThem() {
    RootCauseTaxonomy.defaults().causes().forEach(c -> assertThat(ZH.rootCause(c.code())).as(c.code())
        .isEqualTo(c.label().substring(0, c.label().indexOf(' '))));
    assertThat(EN.rootCause("PROCESS")).isEqualTo("PROCESS");
    assertThat(ZH.rootCause("OUR_OWN_CAUSE")).as("codes of another list as they are").isEqualTo("OUR_OWN_CAUSE");
  }

  @Test
  void rubricItemsByTheirIdInEnglishAndTheRubricsNameInChinese() {
    assertThat(EN.item(Rubrics.mallScorecard(), Rubrics.RED_LIGHTS)).isEqualTo("redLights");
    assertThat(ZH.item(Rubrics.mallScorecard(), Rubrics.RED_LIGHTS)).isEqualTo("逾期红灯");
    assertThat(ZH.item(Rubrics.mallScorecard(), Rubrics.RESOLUTION_24H)).isEqualTo("24小时解决率");
    assertThat(ZH.item(Rubrics.mallScorecard(), "noSuchItem")).isEqualTo("noSuchItem");
  }

  @Test
  void managementDimensionsWithTheirPhasesFromTheRules() {
    assertThat(EN.dimension(Dimension.CHANNEL)).isEqualTo("channel management (before)");
    assertThat(EN.dimension(Dimension.BUSINESS)).isEqualTo("business management (after)");
    assertThat(ZH.dimension(Dimension.CHANNEL)).isEqualTo("渠道管理（事前）");
    assertThat(ZH.dimension(Dimension.PROCESS)).isEqualTo("过程管理（事中）");
    assertThat(ZH.dimension(Dimension.BUSINESS)).isEqualTo("业务管理（事后）");
    // the bundle names each dimension as the scoring module does
    for (Dimension d : Dimension.values()) {
      assertThat(ZH.dimension(d)).isEqualTo(d.title().zh());
      assertThat(EN.dimension(d)).isEqualTo(d.title().en());
    }
    assertThat(EN.text("scorecards.strongControl", "x")).isEqualTo("[strong control] x");
    assertThat(ZH.text("scorecards.strongControl", "x")).isEqualTo("【强管控】x");
  }

  @Test
  void englishStaysEnglishOnAChineseDesktop() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      Labels en = Labels.of(Lang.EN);
      assertThat(en.text("regions.header")).isEqualTo("Regions");
      assertThat(en.grade(Grade.MAJOR)).isEqualTo("MAJOR");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void sentencesAreFilledIn() {
    assertThat(EN.text("scorecards.unit", "plaza-01", "city-a", 50)).isEqualTo("plaza-01 (city-a): total 50");
    assertThat(ZH.text("scorecards.unit", "plaza-01", "city-a", 50)).isEqualTo("plaza-01（city-a）：总分 50");
    assertThat(EN.list(List.of("a", "b"))).isEqualTo("a, b");
    assertThat(ZH.list(List.of("a", "b"))).isEqualTo("a、b");
    assertThat(ZH.list(List.of())).isEqualTo("无");
  }

  @Test
  void columnsArePaddedByTheirWidthOnATerminal() {
    assertThat(Columns.width("plaza-01")).isEqualTo(8);
    assertThat(Columns.width("定级派发")).isEqualTo(8);
    assertThat(Columns.pad("黄灯", 6)).isEqualTo("黄灯  ");
    assertThat(Columns.padLeft("7", 3)).isEqualTo("  7");
    StringBuilder sb = new StringBuilder();
    Columns.table(sb, List.of(List.of("灯", "工单"), List.of("二级红灯", "C-1")));
    assertThat(sb.toString()).isEqualTo("  灯        工单\n  二级红灯  C-1\n");
  }

  private static List<String> placeholders(String pattern) {
    List<String> out = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
