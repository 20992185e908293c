package dev.complaints.examples.crm.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.Json;
import dev.complaints.scoring.penalty.Commendation;
import dev.complaints.scoring.penalty.PenaltyDecision;
import dev.complaints.scoring.penalty.QuarterAssessment;
import dev.complaints.scoring.penalty.QuarterAssessmentJson;
import dev.complaints.scoring.period.Quarter;
import dev.complaints.scoring.rubric.ExtraDeduction;
import dev.complaints.scoring.rubric.ItemScore;
import dev.complaints.scoring.rubric.Text;
import dev.complaints.scoring.scorecard.MonthlyScorecard;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.scoring.scorecard.PeriodReportJson;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The scorecard pages ({@code /scorecards?period=YYYY-MM}, {@code /quarters?quarter=YYYY-Qn}) and the same data
 * as JSON and CSV ({@code /scorecards/data}, {@code /quarters/data}; with a bearer token too). The JSON of a month
 * is the scoring module's {@link PeriodReportJson} with the trend added; of a quarter its {@link
 * QuarterAssessmentJson}.
 */
@Controller
class ScorecardController {
  private final Scorecards scorecards;
  private final MessageSource messages;
  private final ObjectMapper mapper = Json.mapper();

  ScorecardController(Scorecards scorecards, MessageSource messages) {
    this.scorecards = scorecards;
    this.messages = messages;
  }

  static YearMonth period(String text, Scorecards scorecards) {
    if (text == null || text.isBlank()) {
      return scorecards.latest();
    }
    try {
      return YearMonth.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badField("period", "'period' must be a month YYYY-MM, for example 2026-10");
    }
  }

  static Quarter quarter(String text, Scorecards scorecards) {
    if (text == null || text.isBlank()) {
      return Quarter.of(scorecards.latest());
    }
    try {
      return Quarter.parse(text);
    } catch (IllegalArgumentException e) {
      throw ApiException.badField("quarter", "'quarter' must be YYYY-Qn, for example 2026-Q4");
    }
  }

  private static boolean zh(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  private static String text(Text t, Locale locale) {
    return zh(locale) ? t.zh() : t.en();
  }

  private String label(String key, String fallback, Locale locale) {
    return messages.getMessage(key, null, fallback, locale);
  }

  @GetMapping(path = "/scorecards", produces = MediaType.TEXT_HTML_VALUE)
  String month(@RequestParam(name = "period", required = false) String period, Model model, Locale locale)
      throws Exception {
    YearMonth month = period(period, scorecards);
    PeriodReport report = scorecards.month(month);
    List<Map<String, Object>> units = new ArrayList<>();
    for (MonthlyScorecard c : report.units()) {
      Map<String, Object> u = new LinkedHashMap<>();
      u.put("unit", c.unit());
      u.put("region", c.region());
      u.put("total", c.total());
      List<Map<String, Object>> items = new ArrayList<>();
      for (ItemScore i : c.items()) {
        items.add(Map.of("item", i.item(), "points", i.points(), "max", i.max(),
            "percent", i.max() == 0 ? 0 : 100 * i.points() / i.max(), "explanation", text(i.explanation(), locale),
            "dimension", label("dimension." + i.dimension().name(), i.dimension().name(), locale),
            "strong", i.strongControl()));
      }
      u.put("items", items);
      List<Map<String, Object>> extras = new ArrayList<>();
      for (ExtraDeduction d : c.extraDeductions()) {
        extras.add(Map.of("points", d.points(), "reason", text(d.reason(), locale)));
      }
      u.put("extras", extras);
      units.add(u);
    }
    model.addAttribute("period", month.toString());
    model.addAttribute("asOf", report.asOf().toString());
    model.addAttribute("units", units);
    model.addAttribute("regions", report.regions());
    model.addAttribute("months", scorecards.months().stream().map(YearMonth::toString).toList());
    model.addAttribute("trend", PageController.script(mapper.writeValueAsString(trend(month))));
    model.addAttribute("noInputs", report.units().isEmpty());
    return "scorecards";
  }

  private ObjectNode trend(YearMonth month) {
    Scorecards.Trend t = scorecards.trend(month);
    ObjectNode n = mapper.createObjectNode();
    ArrayNode months = n.putArray("months");
    t.months().forEach(m -> months.add(m.toString()));
    ObjectNode units = n.putObject("units");
    t.totals().forEach((unit, totals) -> {
      ArrayNode a = units.putArray(unit);
      t.months().forEach(m -> {
        Integer v = totals.get(m);
        if (v == null) {
          a.addNull();
        } else {
          a.add(v);
        }
      });
    });
    return n;
  }

  @GetMapping(path = "/scorecards/data")
  ResponseEntity<String> monthData(@RequestParam(name = "period", required = false) String period,
      @RequestParam(name = "format", defaultValue = "json") String format, Locale locale) throws Exception {
    YearMonth month = period(period, scorecards);
    return data(format, "scorecards-" + month, () -> scorecards.month(month), report -> {
      StringBuilder csv = new StringBuilder("period,unit,region,kind,item,dimension,points,max,explanation\r\n");
      for (MonthlyScorecard c : report.units()) {
        for (ItemScore i : c.items()) {
          row(csv, month, c.unit(), c.region(), "item", i.item(), i.dimension().name(), i.points(), i.max(),
              text(i.explanation(), locale));
        }
        for (ExtraDeduction d : c.extraDeductions()) {
          row(csv, month, c.unit(), c.region(), "deduction", d.rule(), "", d.points(), null, text(d.reason(), locale));
        }
        row(csv, month, c.unit(), c.region(), "total", "", "", c.total(), null, "");
      }
      return csv.toString();
    }, report -> {
      ObjectNode json = PeriodReportJson.toJson(report, zh(locale) ? PeriodReportJson.Language.ZH
          : PeriodReportJson.Language.EN);
      json.put("asOf", report.asOf().toString());
      json.set("trend", trend(month));
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json);
    });
  }

  /** Writes scored data as the body of a download. */
  @FunctionalInterface
  private interface Writer<T> {
    String write(T scored) throws IOException;
  }

  /**
   * A download of scored data as {@code name.csv} or {@code name.json}. The format is checked first: a bad one
   * costs no scoring.
   */
  private static <T> ResponseEntity<String> data(String format, String name, Supplier<T> score, Writer<T> csv,
      Writer<T> json) throws IOException {
    if (!format.equals("csv") && !format.equals("json")) {
      throw ApiException.badField("format", "'format' must be json or csv");
    }
    T scored = score.get();
    return format.equals("csv") ? download(csv.write(scored), name + ".csv", "text/csv;charset=UTF-8")
        : download(json.write(scored), name + ".json", MediaType.APPLICATION_JSON_VALUE);
  }

  private static void row(StringBuilder csv, Object... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      String v = cells[i] == null ? "" : cells[i].toString();
      if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
        v = "\"" + v.replace("\"", "\"\"") + "\"";
      }
      csv.append(v);
    }
    csv.append("\r\n");
  }

  private static ResponseEntity<String> download(String body, String file, String type) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file + "\"").body(body);
  }

  @GetMapping(path = "/quarters", produces = MediaType.TEXT_HTML_VALUE)
  String quarterPage(@RequestParam(name = "quarter", required = false) String quarter, Model model,
      Locale locale) {
    Quarter q = quarter(quarter, scorecards);
    QuarterAssessment a = scorecards.quarter(q);
    model.addAttribute("quarter", q.toString());
    model.addAttribute("asOf", a.asOf().toString());
    model.addAttribute("months", q.months().stream().map(YearMonth::toString).toList());
    model.addAttribute("units", a.scores().units());
    model.addAttribute("regions", a.scores().regions());
    model.addAttribute("penalties", decisions(a.penalties(), locale));
    model.addAttribute("fines", decisions(a.fines(), locale));
    List<Map<String, Object>> commendations = new ArrayList<>();
    for (Commendation c : a.commendations()) {
      commendations.add(Map.of("who", c.unit() != null ? c.unit() : String.valueOf(c.region()),
          "reason", zh(locale) ? c.reasonZh() : c.reason()));
    }
    model.addAttribute("commendations", commendations);
    return "quarters";
  }

  private static List<Map<String, Object>> decisions(List<PenaltyDecision> list, Locale locale) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (PenaltyDecision d : list) {
      out.add(Map.of("who", d.unit() != null ? d.unit() : String.valueOf(d.region()), "role", d.role().name(),
          "period", d.period(), "measure", d.measure() == PenaltyDecision.Measure.AMOUNT_CNY
              ? d.value().toPlainString() + " CNY" : d.value().toPlainString() + " %",
          "reason", zh(locale) ? d.reasonZh() : d.reason()));
    }
    return out;
  }

  @GetMapping(path = "/quarters/data")
  ResponseEntity<String> quarterData(@RequestParam(name = "quarter", required = false) String quarter,
      @RequestParam(name = "format", defaultValue = "json") String format, Locale locale) throws Exception {
    Quarter q = quarter(quarter, scorecards);
    return data(format, "quarter-" + q, () -> scorecards.quarter(q), a -> {
      StringBuilder csv = new StringBuilder("quarter,kind,who,region,score,rank,measure,reason\r\n");
      a.scores().units().forEach(u -> row(csv, q, "unit", u.unit(), u.region(), u.score(), "", "", ""));
      a.scores().regions().forEach(r -> row(csv, q, "region", r.region(), r.region(), r.score(), r.rank(), "", ""));
      for (Map<String, Object> d : decisions(a.penalties(), locale)) {
        row(csv, q, "penalty", d.get("who"), "", "", "", d.get("measure"), d.get("reason"));
      }
      for (Map<String, Object> d : decisions(a.fines(), locale)) {
        row(csv, q, "fine", d.get("who"), "", "", "", d.get("measure"), d.get("reason"));
      }
      return csv.toString();
    }, a -> mapper.writerWithDefaultPrettyPrinter().writeValueAsString(QuarterAssessmentJson.toJson(a,
        Scorecards.ZONE)));
  }
}
