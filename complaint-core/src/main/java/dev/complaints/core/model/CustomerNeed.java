package dev.complaints.core.model;

/** What the complainant actually needs (the five customer needs behind a complaint). */
public enum CustomerNeed {
  /** 补偿: compensation for a loss. */
  COMPENSATION,
  /** 改变政策: a change of policy or practice. */
  POLICY_CHANGE,
  /** 尊重: to be respected and taken seriously. */
  RESPECT,
  /** 发泄: to vent. */
  VENTING,
  /** 兑现承诺: that a promise is kept. */
  PROMISE_KEPT
}
