package dev.complaints.examples.crm.web;

import dev.complaints.scoring.record.UnitInputs;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the scorecards need from outside the complaints: the region of each org unit and the monthly unit inputs
 * (inspection findings, telephony). The service has no API for them; the demo month fills them in at start.
 */
final class ScoringInputs {
  private final Map<String, String> regions = new ConcurrentHashMap<>();
  private final List<UnitInputs> inputs = new CopyOnWriteArrayList<>();

  /** The unit's region, null when unknown. */
  String regionOf(String unit) {
    return unit == null ? null : regions.get(unit);
  }

  void region(String unit, String region) {
    if (unit != null && region != null) {
      regions.put(unit, region);
    }
  }

  void add(List<UnitInputs> monthly) {
    inputs.addAll(monthly);
  }

  List<UnitInputs> inputs() {
    return List.copyOf(inputs);
  }
}
