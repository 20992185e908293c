package dev.complaints.core.model;

/**
 * How the customer was told something (电话、短信或电子邮件告知处理结果, docs/domain.md "Telling the customer").
 */
public enum ContactChannel {
  /** 电话: a phone call. */
  PHONE,
  /** 短信: a text message. */
  SMS,
  /** 电子邮件: an e-mail. */
  EMAIL,
  /** 当面: face to face, at the service desk or on site. */
  IN_PERSON
}
