package dev.complaints.core.model;

/**
 * What the customer was told (docs/domain.md "Telling the customer"). Each kind has its discipline: the plan only
 * once it is confirmed in writing, the result only once there is one.
 */
public enum NotificationKind {
  /** 告知顾客处理流程和时间: the complaint is received; how it will be handled and when the customer hears next. */
  ACKNOWLEDGEMENT,
  /** The confirmed written plan (反馈客户). */
  PLAN,
  /** 告知处理结果: the result of the handling, or the final investigation opinion. */
  RESULT
}
